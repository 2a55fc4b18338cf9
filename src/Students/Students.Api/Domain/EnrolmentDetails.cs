using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Domain;

/// <summary>The programme a student follows: qualification, route, dates and team, validated.</summary>
public sealed record EnrolmentDetails(
    string Crebo,
    string QualificationName,
    int Level,
    LearningRoute Route,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    string? Team)
{
    // Dates far outside any school career are typing errors, and would overflow date arithmetic later.
    public const int MinimumYear = 1990;
    public const int MaximumYear = 2100;

    public const int MaximumYears = 6;

    /// <param name="prefix">Prepended to field names ("enrolment." inside a student request; empty for the enrolment endpoint and CSV).</param>
    public static EnrolmentDetails Create(
        string? crebo,
        string? qualificationName,
        int? level,
        LearningRoute? route,
        DateOnly? startDate,
        DateOnly? expectedEndDate,
        string? team,
        ValidationErrors errors,
        string prefix = "")
    {
        var code = errors.Text(prefix + "crebo", crebo, 5, required: true);
        if (code is not null && !CreboCode.IsValid(code))
        {
            errors.Add(prefix + "crebo", "A crebo code is exactly 5 digits.");
        }

        var name = errors.Text(prefix + "qualificationName", qualificationName, 200, required: true);
        var qualificationLevel = errors.Required(prefix + "level", level);
        if (level is not null && qualificationLevel is < 1 or > 4)
        {
            errors.Add(prefix + "level", "An mbo level is 1 to 4.");
        }

        var learningRoute = errors.Required(prefix + "route", route);
        if (route is not null && !Enum.IsDefined(learningRoute))
        {
            errors.Add(prefix + "route", "BOL or BBL.");
        }

        var start = errors.Required(prefix + "startDate", startDate);
        var end = errors.Required(prefix + "expectedEndDate", expectedEndDate);
        if (startDate is not null && expectedEndDate is not null && end <= start)
        {
            errors.Add(prefix + "expectedEndDate", "The expected end date must be after the start date.");
        }

        if (startDate is not null && expectedEndDate is not null && end > start.AddYears(MaximumYears))
        {
            errors.Add(prefix + "expectedEndDate", $"An mbo programme takes at most four years; {MaximumYears} with delays.");
        }

        if (startDate is not null && start.Year is < MinimumYear or > MaximumYear)
        {
            errors.Add(prefix + "startDate", $"Not a plausible date ({MinimumYear}–{MaximumYear}).");
        }

        if (expectedEndDate is not null && end.Year is < MinimumYear or > MaximumYear)
        {
            errors.Add(prefix + "expectedEndDate", $"Not a plausible date ({MinimumYear}–{MaximumYear}).");
        }

        var teamName = errors.Text(prefix + "team", team, 100, required: false);
        return new EnrolmentDetails(code ?? "", name ?? "", qualificationLevel, learningRoute, start, end, teamName);
    }
}
