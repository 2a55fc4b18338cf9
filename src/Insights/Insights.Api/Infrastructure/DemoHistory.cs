using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>A generated history of anonymous facts (<see cref="DemoHistoryGenerator"/>), ready to be written.</summary>
public sealed class DemoHistory
{
    public List<PeriodFact> Periods { get; } = [];

    public List<CompanyFact> Companies { get; } = [];

    public List<StudentFact> Students { get; } = [];

    public List<PlacementFact> Placements { get; } = [];

    public List<Survey> Surveys { get; } = [];

    public List<SignalFact> Signals { get; } = [];

    public List<AssessmentFact> Assessments { get; } = [];

    public List<AssessmentLevelFact> Levels { get; } = [];

    public List<ProgressionFollowUp> FollowUps { get; } = [];

    /// <summary>Rows of every kind, for the benchmark's and the seed's log.</summary>
    public int Rows => Periods.Count + Companies.Count + Students.Count + Placements.Count + Surveys.Count + Signals.Count + Assessments.Count + Levels.Count + FollowUps.Count;

    public string Describe() =>
        $"{Students.Count:N0} students, {Companies.Count:N0} generated companies, {Placements.Count:N0} placements, {Surveys.Count:N0} surveys " +
        $"({Surveys.Count(s => s.AnsweredAt is not null):N0} answered), {Signals.Count:N0} signals, {Assessments.Count:N0} assessments " +
        $"({Levels.Count:N0} criterion levels), {FollowUps.Count:N0} plan follow-ups, {Periods.Count} periods";
}
