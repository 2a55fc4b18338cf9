namespace PartnershipHub.Students.Domain;

/// <summary>
/// How long personal data stays after a student graduated or left early before it may be erased (configuration
/// section <c>Retention</c>). The default of 42 days covers the six-week window for appealing an exam decision
/// and the weeks in which early leavers often come back.
/// </summary>
public sealed class RetentionPolicy
{
    public const string SectionName = "Retention";

    public int MinimumDaysAfterLeaving { get; set; } = 42;
}
