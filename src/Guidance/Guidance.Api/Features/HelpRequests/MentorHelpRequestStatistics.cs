namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>
/// One mentor's help requests asked in the range, by their status now (<c>Answered</c> includes a planned conversation),
/// and the hours from asking to the first answer or planned conversation over those answered (null: none yet).
/// <c>MentorStaffId</c> is the student's mentor when the request was asked; null for a student without one.
/// </summary>
public sealed record MentorHelpRequestStatistics(
    Guid? MentorStaffId,
    int Asked,
    int Open,
    int Answered,
    int Closed,
    double? MedianHoursToFirstAnswer,
    double? P90HoursToFirstAnswer);
