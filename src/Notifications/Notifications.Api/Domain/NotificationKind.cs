namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// What a person must hear about. Each kind belongs to one audience; <see cref="NotificationKinds"/> says which kinds the
/// placement agreement requires (no opt-out) and which are urgent by nature.
/// </summary>
public enum NotificationKind
{
    // Trainer
    AgreementToSign,
    AssignmentToConfirm,
    AssignmentToSignOff,
    HoursToApprove,
    AssessmentDue,
    SchoolQuestion,

    // Student
    HoursToLog,
    SelfAssessmentDue,
    AssignmentReturned,
    ReviewScheduled,

    // Mentor
    SignalRaised,
    ReviewDue,
    AssessorDiscrepancy,

    // Teacher
    AssignmentToReview,
    NoRecentContact,

    // Coordinator
    StudentsUnplaced,
    AgreementsUnsigned,

    // Student and trainer
    SurveyToAnswer,
}
