using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// A student's placement (BPV) at one location of a company for one period. It moves Proposed → AgreementSigned →
/// Active → Completed, or ends early from any open state; every change raises <see cref="Version"/>.
/// </summary>
public sealed class Placement
{
    public const string Sign = "sign";
    public const string Start = "start";
    public const string Complete = "complete";
    public const string EndEarly = "end-early";

    private Placement()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid CompanyId { get; private set; }

    public string CompanyName { get; private set; } = "";

    public Guid LocationId { get; private set; }

    public Guid? TrainerId { get; private set; }

    public Guid? TeacherStaffId { get; private set; }

    public string Crebo { get; private set; } = "";

    public LearningRoute Route { get; private set; }

    public Guid PeriodId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int PlannedHours { get; private set; }

    public PlacementStatus Status { get; private set; }

    public List<PlacementRisk> Risks { get; private set; } = [];

    public List<AgreementSignature> Signatures { get; private set; } = [];

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public PlacementEndReason? EndReason { get; private set; }

    public string? EndedByRole { get; private set; }

    public string? EndNote { get; private set; }

    public Guid? MatchingRunId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastContactAt { get; private set; }

    public int JointContacts { get; private set; }

    public long Version { get; private set; }

    public static Placement Propose(
        Guid studentId,
        Guid companyId,
        string companyName,
        Guid locationId,
        Guid? trainerId,
        string crebo,
        LearningRoute route,
        Guid periodId,
        DateOnly startDate,
        DateOnly endDate,
        int plannedHours,
        Guid? matchingRunId,
        DateTimeOffset now)
    {
        if (plannedHours is <= 0 or > 5000)
        {
            throw new FieldValidationException("plannedHours", "Planned hours are between 1 and 5000.");
        }

        return new Placement
        {
            Id = Guid.NewGuid(),
            StudentId = studentId,
            CompanyId = companyId,
            CompanyName = companyName,
            LocationId = locationId,
            TrainerId = trainerId,
            Crebo = crebo,
            Route = route,
            PeriodId = periodId,
            StartDate = startDate,
            EndDate = endDate,
            PlannedHours = plannedHours,
            Status = PlacementStatus.Proposed,
            MatchingRunId = matchingRunId,
            CreatedAt = now,
            Version = 1,
        };
    }

    public bool IsOpen => Status is PlacementStatus.Proposed or PlacementStatus.AgreementSigned or PlacementStatus.Active;

    public IReadOnlyList<string> AllowedTransitions() => Status switch
    {
        PlacementStatus.Proposed => [Sign, EndEarly],
        PlacementStatus.AgreementSigned => [Start, EndEarly],
        PlacementStatus.Active => [Complete, EndEarly],
        _ => [],
    };

    /// <summary>The order parties are listed in (missing ones, the 409 of a start).</summary>
    public static readonly IReadOnlyList<AgreementParty> PartyOrder = [AgreementParty.Student, AgreementParty.Guardian, AgreementParty.School, AgreementParty.Company];

    /// <summary>Who must sign: student, school and company, and a parent or guardian when the student is a minor on the start date.</summary>
    public static IReadOnlyList<AgreementParty> RequiredParties(bool studentIsMinor) =>
        [.. PartyOrder.Where(p => p != AgreementParty.Guardian || studentIsMinor)];

    public IReadOnlyList<AgreementParty> MissingSignatures(bool studentIsMinor) =>
        [.. RequiredParties(studentIsMinor).Where(p => !HasSigned(p))];

    /// <summary>
    /// Whether the party has signed. Before guardians signed themselves, a minor's student signature named the parent
    /// who signed for them (<see cref="AgreementSignature.GuardianName"/>); such a signature stands for the guardian too.
    /// </summary>
    public bool HasSigned(AgreementParty party) =>
        Signatures.Any(s => s.Party == party)
        || (party == AgreementParty.Guardian && Signatures.Any(s => s.Party == AgreementParty.Student && !string.IsNullOrWhiteSpace(s.GuardianName)));

    /// <summary>The student is a minor on the placement's start date; then a parent or guardian signs too.</summary>
    public static bool IsMinorOn(DateOnly? dateOfBirth, DateOnly date) => dateOfBirth is { } birth && birth.AddYears(18) > date;

    /// <summary>
    /// Records one party's signature; true when it was the last one and the agreement is now signed. Who may sign for
    /// which party is the endpoint's to check; here: a name, a guardian only for a minor, a paper signature only with
    /// its scan, the mailed link only for the guardian, every party once.
    /// </summary>
    public bool RecordSignature(AgreementSignature signature, bool studentIsMinor)
    {
        Require(Sign);
        if (string.IsNullOrWhiteSpace(signature.SignerName))
        {
            throw new FieldValidationException("signerName", "Name the person who signed.");
        }

        if (signature.Method == SignatureMethod.Paper && signature.DocumentId is null && string.IsNullOrWhiteSpace(signature.ScanReference))
        {
            throw new FieldValidationException("file", "A paper signature needs the uploaded scan of the signed agreement.");
        }

        if (signature.Method == SignatureMethod.GuardianLink && signature.Party != AgreementParty.Guardian)
        {
            throw new FieldValidationException("method", "Only a parent or guardian signs through the mailed link.");
        }

        if (signature.Party == AgreementParty.Guardian && signature.Method == SignatureMethod.Portal)
        {
            throw new FieldValidationException("party", "A parent or guardian signs through the link mailed to them, or on paper.");
        }

        if (signature.Party == AgreementParty.Guardian && !studentIsMinor)
        {
            throw new ConflictException("guardian-not-needed", "The student is of age on the start date: no parent or guardian signs.");
        }

        if (HasSigned(signature.Party))
        {
            throw new ConflictException("already-signed", $"The {signature.Party} party has already signed this agreement.");
        }

        Signatures = [.. Signatures, signature];
        Version++;
        if (MissingSignatures(studentIsMinor).Count > 0)
        {
            return false;
        }

        Status = PlacementStatus.AgreementSigned;
        return true;
    }

    /// <summary>Refuses anything about signing once the placement is past the agreement (409 with the state and what is allowed).</summary>
    public void RequireOpenForSignatures() => Require(Sign);

    /// <summary>
    /// Refuses a start while signatures are missing: 409 <c>agreement-incomplete</c> naming them (<c>missing</c>), with the
    /// state and the transitions allowed now like any refused step.
    /// </summary>
    public void RequireSignedForStart(bool studentIsMinor)
    {
        if (Status != PlacementStatus.Proposed)
        {
            return;
        }

        var missing = MissingSignatures(studentIsMinor);
        throw new AgreementIncompleteException(Status.ToString(), AllowedTransitions(), missing);
    }

    /// <summary>Starts the placement; refuses while a signature is missing (naming who) or without a current accreditation.</summary>
    public void Activate(DateOnly startedOn, bool accreditationCurrent, bool studentIsMinor = false)
    {
        RequireSignedForStart(studentIsMinor);
        Require(Start);
        if (!accreditationCurrent)
        {
            throw new TransitionConflictException(Status.ToString(), AllowedTransitions(),
                $"The company holds no current accreditation for crebo {Crebo} ({Route}) on {StartDate:yyyy-MM-dd}.", "accreditation-not-current");
        }

        if (startedOn < StartDate.AddMonths(-1) || startedOn > EndDate)
        {
            throw new FieldValidationException("startedOn", $"A placement starts within its dates ({StartDate:yyyy-MM-dd} – {EndDate:yyyy-MM-dd}), at most a month early.");
        }

        Status = PlacementStatus.Active;
        StartedOn = startedOn;
        Version++;
    }

    public void MarkCompleted(DateOnly endedOn)
    {
        Require(Complete);
        // Finishing the planned hours may take a while past the planned end, not years.
        RequireEndWithin(endedOn, EndDate.AddMonths(6));
        Status = PlacementStatus.Completed;
        EndedOn = endedOn;
        Version++;
    }

    /// <summary>Ends the placement as reported on <paramref name="today"/>: an early end is recorded when it happens, not planned years ahead.</summary>
    public void EndBeforeTime(DateOnly endedOn, PlacementEndReason reason, string endedByRole, string? note, DateOnly today)
    {
        Require(EndEarly);
        RequireEndWithin(endedOn, today.AddMonths(1));
        EndBeforeTime(endedOn, reason, endedByRole, note);
    }

    public void EndBeforeTime(DateOnly endedOn, PlacementEndReason reason, string endedByRole, string? note)
    {
        Require(EndEarly);
        Status = PlacementStatus.EndedEarly;
        EndedOn = endedOn;
        EndReason = reason;
        EndedByRole = endedByRole;
        EndNote = note;
        Version++;
    }

    /// <summary>Flags a risk; false when it was already flagged (nothing changes then).</summary>
    public bool Flag(PlacementRisk risk)
    {
        if (Risks.Contains(risk))
        {
            return false;
        }

        Risks = [.. Risks, risk];
        Version++;
        return true;
    }

    /// <summary>Puts a teacher on the placement (null takes them off); the teacher owns its school side.</summary>
    public void AssignTeacher(Guid? teacherStaffId)
    {
        TeacherStaffId = teacherStaffId;
        Version++;
    }

    /// <summary>Lifts a risk flag; false when it was not flagged (nothing changes then).</summary>
    public bool Unflag(PlacementRisk risk)
    {
        if (!Risks.Contains(risk))
        {
            return false;
        }

        Risks = [.. Risks.Where(r => r != risk)];
        Version++;
        return true;
    }

    /// <summary>Records a contact moment; true when it lifted the no-recent-contact flag.</summary>
    public bool RecordContact(DateTimeOffset contactedAt, bool joint)
    {
        if (LastContactAt is null || contactedAt > LastContactAt)
        {
            LastContactAt = contactedAt;
        }

        JointContacts += joint ? 1 : 0;
        Version++;
        return Unflag(PlacementRisk.NoRecentContact);
    }

    public PlacementSnapshot Snapshot() => new(
        Id, StudentId, CompanyId, CompanyName, LocationId, TrainerId, Crebo, Route, PeriodId, StartDate, EndDate, PlannedHours, Status, [.. Risks],
        TeacherStaffId, StartedOn);

    /// <summary>An end lies on or after the start (the planned one, give or take a year, when it never started) and not after <paramref name="latest"/>.</summary>
    private void RequireEndWithin(DateOnly endedOn, DateOnly latest)
    {
        var earliest = StartedOn ?? StartDate.AddYears(-1);
        if (endedOn < earliest || endedOn > latest)
        {
            throw new FieldValidationException("endedOn", $"The end lies between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        }
    }

    private void Require(string transition)
    {
        var allowed = AllowedTransitions();
        if (!allowed.Contains(transition))
        {
            throw new TransitionConflictException(Status.ToString(), allowed, $"A placement that is {Status} cannot '{transition}'.");
        }
    }
}
