namespace PartnershipHub.Portal.Components.Pages.Coordinator;

/// <summary>Students' status and leaving-reason values in the wire format (camelCase), in the order the pages offer them.</summary>
public static class StudentsStatus
{
    public const string LeftEarly = "leftEarly";

    public static readonly IReadOnlyList<string> All = ["active", "paused", "graduated", LeftEarly];

    public static readonly IReadOnlyList<string> LeavingReasons = ["poorFitWithTrade", "privateCircumstances", "work", "otherProgramme", "other"];
}
