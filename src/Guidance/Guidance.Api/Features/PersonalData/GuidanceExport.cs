using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Teachers;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>Everything Guidance holds about one student (the right of access); the portal puts it in one download with the other services' exports.</summary>
public sealed record GuidanceExport(
    DateTimeOffset ExportedAt,
    string Service,
    StudentCopyExport Student,
    IReadOnlyList<AssessmentResponse> Assessments,
    PlanResponse? Plan,
    IReadOnlyList<PlanRevisionExport> PlanHistory,
    IReadOnlyList<ReviewResponse> Reviews,
    IReadOnlyList<SignalExport> Signals,
    IReadOnlyList<StudentTeacherResponse> TeacherLinks,
    IReadOnlyList<HelpRequestResponse> HelpRequests,
    IReadOnlyList<WorkplaceConcernExport> WorkplaceConcerns,
    IReadOnlyList<SchoolAbsenceResponse> SchoolAbsences,
    IReadOnlyList<WorkplaceAbsenceResponse> WorkplaceAbsences);
