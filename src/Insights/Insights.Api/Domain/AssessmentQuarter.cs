namespace PartnershipHub.Insights.Domain;

/// <summary>
/// A roll-up the projections keep so the dashboard need not read every criterion level: per programme and cohort (the
/// student's current ones), criterion and calendar quarter (UTC, its first day), the levels' count and sum over every
/// assessor, the school's (teacher, mentor) and the workplace's (trainer), and how many distinct students gave them.
/// Each student's share is added and subtracted as a whole (<c>Projections/AssessmentSummaries</c>).
/// </summary>
public sealed class AssessmentQuarter
{
    public string Crebo { get; set; } = "";

    public string Cohort { get; set; } = "";

    public string CriterionKey { get; set; } = "";

    public DateOnly Quarter { get; set; }

    public int Levels { get; set; }

    public long LevelSum { get; set; }

    public int SchoolLevels { get; set; }

    public long SchoolSum { get; set; }

    public int WorkplaceLevels { get; set; }

    public long WorkplaceSum { get; set; }

    public int Students { get; set; }
}
