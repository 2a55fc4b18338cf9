namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>The patterns that highlight a company, and their thresholds.</summary>
public static class CompanyFlags
{
    public const string EarlyEndings = "earlyEndings";

    public const string LowScores = "lowScores";

    /// <summary>Early endings that flag a company when they fall within <see cref="EarlyEndingsWindowDays"/> of each other.</summary>
    public const int EarlyEndingsCount = 2;

    public const int EarlyEndingsWindowDays = 365;

    public const double LowScoreBelow = 3.0;

    public const double LowScoreUnderProgramme = 0.75;
}
