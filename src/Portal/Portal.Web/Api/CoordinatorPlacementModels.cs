namespace PartnershipHub.Portal.Api;

/// <summary>A placement as the coordinator's pages read it from Internships (camelCase names and enum values on the wire).</summary>
public sealed record CoordinatorPlacement(
    Guid Id, Guid StudentId, string? StudentName, string? StudentNumber, Guid CompanyId, string? CompanyName, Guid LocationId, Guid? TrainerId,
    Guid? TeacherStaffId, string? Crebo, string? Route, Guid PeriodId, DateOnly StartDate, DateOnly EndDate, double PlannedHours, double ApprovedHours,
    string Status, IReadOnlyList<string>? Risks, DateOnly? StartedOn, DateOnly? EndedOn, string? EndReason, string? EndedByRole,
    IReadOnlyList<string>? AllowedTransitions);

/// <summary>The filters of the placements list; every one applies in Internships' database before the page is cut.</summary>
public sealed record PlacementQuery(
    string? Status = null, bool? AtRisk = null, Guid? PeriodId = null, Guid? CompanyId = null, Guid? MentorStaffId = null, Guid? TeacherStaffId = null,
    string? Search = null, int Page = 1, int PageSize = 25)
{
    public string ToQueryString()
    {
        var parts = new List<string> { $"page={Page}", $"pageSize={PageSize}" };
        if (!string.IsNullOrEmpty(Status))
        {
            parts.Add($"status={Uri.EscapeDataString(Status)}");
        }

        if (AtRisk is { } atRisk)
        {
            parts.Add($"atRisk={(atRisk ? "true" : "false")}");
        }

        if (PeriodId is { } period)
        {
            parts.Add($"periodId={period}");
        }

        if (CompanyId is { } company)
        {
            parts.Add($"companyId={company}");
        }

        if (MentorStaffId is { } mentor)
        {
            parts.Add($"mentorStaffId={mentor}");
        }

        if (TeacherStaffId is { } teacher)
        {
            parts.Add($"teacherStaffId={teacher}");
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            parts.Add($"search={Uri.EscapeDataString(Search.Trim())}");
        }

        return string.Join("&", parts);
    }
}

/// <summary>A student who found their own company: Internships checks accreditation and capacity as matching does.</summary>
public sealed record DirectPlacementRequest(
    Guid? StudentId, Guid? CompanyId, Guid? LocationId, string? Crebo, Guid? PeriodId, DateOnly? StartDate, DateOnly? EndDate, int? PlannedHours);

public sealed record EndPlacementEarlyRequest(string? Reason, string? EndedByRole, string? Note, DateOnly? EndedOn);

/// <summary>One reason behind a proposal, as a code and its numbers; the portal words it in the user's language.</summary>
public sealed record ProposalReason(string Code, int? Km, int? MaxKm, int? Count);

/// <summary>A proposal of a run with the student number (students with the same name told apart) and the reasons behind its cost.</summary>
public sealed record RunProposal(
    Guid RunId, Guid StudentId, string? StudentName, string? StudentNumber, Guid? CompanyId, string? CompanyName, double? DistanceKm, long Cost,
    IReadOnlyList<ProposalReason>? Reasons, IReadOnlyList<Alternative>? Alternatives, string Status, string? DecisionReason, Guid? PlacementId);

public sealed record RunUnplaced(Guid StudentId, string? StudentName, string? StudentNumber, string? Reason, IReadOnlyList<Exclusion>? Excluded, string? Status);

/// <summary>A run without its proposals (they page through <see cref="InternshipsApi.RunProposalsAsync"/>), with its unplaced students.</summary>
public sealed record RunSummary(
    Guid Id, Guid PeriodId, string? PeriodName, DateTimeOffset CreatedAt, string Status, int StudentCount, int PlacedCount, int UnplacedCount,
    RunTimings? Timings, IReadOnlyList<RunUnplaced>? Unplaced);
