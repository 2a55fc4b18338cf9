using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// How Students' events change a <see cref="StudentFact"/>. Students numbers all of a student's events in one sequence,
/// so each part (record, enrolment, mentor, status, intake) keeps the version it was last set at: a late event about one
/// part still applies when a newer event about another part came first, and never overwrites a newer value of its own.
/// </summary>
public static class StudentFactRules
{
    public static void Apply(this StudentFact student, StudentEnrolled e)
    {
        student.ApplyRecord(e.Cohort, e.Version);
        student.ApplyEnrolment(e.Enrolment, e.Version);
        // The first enrolment, whenever it arrives: a level change that came before it does not count as the start.
        student.FirstLevel = e.Enrolment.Level;
        if (e.MentorStaffId is { } mentor)
        {
            student.ApplyMentor(mentor, e.Version);
        }
    }

    public static void Apply(this StudentFact student, StudentUpdated e)
    {
        student.ApplyRecord(e.Cohort, e.Version);
        student.ApplyStatus(e.Status, reason: null, effectiveOn: null, e.Version);
    }

    /// <summary>The programme may change (a move up from level 2 to 3): the level follows, the first level stays.</summary>
    public static void Apply(this StudentFact student, EnrolmentChanged e)
    {
        student.ApplyEnrolment(e.Enrolment, e.Version);
        if (student.FirstLevel == 0)
        {
            student.FirstLevel = e.Enrolment.Level;
        }
    }

    public static void Apply(this StudentFact student, MentorAssigned e) => student.ApplyMentor(e.MentorStaffId, e.Version);

    public static void Apply(this StudentFact student, StudentStatusChanged e) =>
        student.ApplyStatus(e.Status, e.Reason, e.EffectiveOn, e.Version);

    public static void Apply(this StudentFact student, IntakeCompleted e)
    {
        if (e.Version > student.IntakeVersion)
        {
            student.ProgressionWish = e.ProgressionWish;
            student.IntakeDate = e.IntakeDate;
            student.IntakeVersion = e.Version;
            student.Seen(e.Version);
        }
    }

    private static void ApplyRecord(this StudentFact student, string cohort, long version)
    {
        if (version > student.RecordVersion)
        {
            student.Cohort = cohort;
            student.RecordVersion = version;
            student.Seen(version);
        }
    }

    private static void ApplyEnrolment(this StudentFact student, Enrolment enrolment, long version)
    {
        if (version > student.EnrolmentVersion)
        {
            student.Crebo = enrolment.Crebo;
            student.QualificationName = enrolment.QualificationName;
            student.Level = enrolment.Level;
            student.Route = enrolment.Route;
            student.Team = enrolment.Team;
            student.EnrolmentStart = enrolment.StartDate;
            student.ExpectedEnd = enrolment.ExpectedEndDate;
            student.EnrolmentVersion = version;
            student.Seen(version);
        }
    }

    private static void ApplyMentor(this StudentFact student, Guid mentor, long version)
    {
        if (version > student.MentorVersion)
        {
            student.MentorStaffId = mentor;
            student.MentorVersion = version;
            student.Seen(version);
        }
    }

    /// <summary>
    /// The status. Only <see cref="StudentStatusChanged"/> says when and why a student left (<paramref name="effectiveOn"/>);
    /// a record update carries the status alone, so when it changes the status the leaving details are cleared, and when
    /// the status event behind it arrives late its date and reason still fill them in.
    /// </summary>
    private static void ApplyStatus(this StudentFact student, StudentStatus status, LeavingReason? reason, DateOnly? effectiveOn, long version)
    {
        var left = status is StudentStatus.LeftEarly or StudentStatus.Graduated;
        if (version > student.StatusVersion)
        {
            if (effectiveOn is not null)
            {
                student.LeftOn = left ? effectiveOn : null;
                student.LeavingReason = status == StudentStatus.LeftEarly ? reason : null;
            }
            else if (status != student.Status)
            {
                student.LeftOn = null;
                student.LeavingReason = null;
            }

            student.Status = status;
            student.StatusVersion = version;
            student.Seen(version);
        }
        else if (effectiveOn is not null && left && status == student.Status && student.LeftOn is null)
        {
            student.LeftOn = effectiveOn;
            student.LeavingReason = status == StudentStatus.LeftEarly ? reason : null;
        }
    }

    private static void Seen(this StudentFact student, long version) => student.Version = Math.Max(student.Version, version);
}
