using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;

namespace PartnershipHub.Students.Infrastructure;

/// <summary>
/// Demo data (when <c>Seed:Demo=true</c> in Development): 300 level-2 students over retail, carpentry and hairdressing, two cohorts,
/// ten mentors, intakes with needs profiles and progression wishes (about half want to move up, as research finds).
/// Idempotent: students that exist are left alone. Events go through the outbox like any change, so the other
/// services' copies fill up too.
/// </summary>
public sealed class StudentsSeed : IStartupSeed
{
    private static readonly string[] FirstNames =
        ["Sem", "Noah", "Liam", "Daan", "Luuk", "Milan", "Jesse", "Bram", "Mohamed", "Yusuf", "Emma", "Julia", "Mila", "Sophie", "Tess", "Zoë", "Sara", "Noor", "Fleur", "Aya", "Ilse", "Kevin", "Dewi", "Rayan", "Lotte"];

    private static readonly string[] LastNames =
        ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Yilmaz", "El Amrani", "Kaya", "van Dijk", "Kok"];

    private static readonly string[] Postcodes =
        ["3511 AB", "3521 CD", "3531 EF", "3541 GH", "3551 JK", "3561 LM", "3572 NP", "3581 RT", "3431 VW", "3401 XY", "3701 BC", "3811 DE", "3441 FG"];

    private static readonly (string Crebo, string Name, string Code, string Team, string[] Sectors)[] Programmes =
    [
        (DemoQualifications.Retail, DemoQualifications.RetailName, "VK2", "Retail", ["supermarkten", "mode", "doe-het-zelfzaken"]),
        (DemoQualifications.Carpentry, DemoQualifications.CarpentryName, "TI2", "Bouw & Hout", ["bouw en hout", "timmerwerk", "renovatie"]),
        (DemoQualifications.Hairdressing, DemoQualifications.HairdressingName, "KA2", "Uiterlijke verzorging", ["kapsalons", "schoonheidssalons"]),
    ];

    /// <summary>The names of <see cref="DemoIds.Mentors"/>, in order; the first is mentor@demo's (Identity's demo account).</summary>
    private static readonly string[] DemoMentorNames =
        ["Mehmet Mentor", "Anouk Bosman", "Ruben Verhoeven", "Fatima Amrani", "Joost Willems", "Ingrid Koster", "Thijs Brouwer", "Samira Haddou", "Pieter Groen", "Esther de Wit"];

    private static readonly string[] Strengths = ["praktisch handig", "behulpzaam voor klanten", "stipt", "creatief", "werkt zorgvuldig", "goed met collega's"];

    private static readonly string[] DevelopmentPoints = ["werk plannen", "om hulp vragen", "Nederlandse taal", "rekenen", "afspraken nakomen", "feedback aannemen"];

    public string Name => "students-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await SeedAsync(services.GetRequiredService<StudentsDbContext>(), services.GetRequiredService<TimeProvider>().GetUtcNow());
        return SeedOutcome.Done;
    }

    public static async Task<int> SeedAsync(StudentsDbContext db, DateTimeOffset now)
    {
        var ids = Enumerable.Range(1, DemoIds.StudentCount).Select(DemoIds.StudentId).ToList();
        var numbers = Enumerable.Range(1, DemoIds.StudentCount).Select(DemoIds.StudentNumber).ToList();
        var present = await db.Students
            .Where(s => ids.Contains(s.Id) || numbers.Contains(s.StudentNumber))
            .Select(s => s.StudentNumber)
            .ToListAsync();
        var erased = await db.ErasedStudents.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // The mentors go in first, in the same transaction: a student's mentor must be an active mentor in the copy.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await AddDemoMentorsAsync(db, now);

        var added = 0;
        for (var n = 1; n <= DemoIds.StudentCount; n++)
        {
            if (present.Contains(DemoIds.StudentNumber(n)) || erased.Contains(DemoIds.StudentId(n)))
            {
                continue;
            }

            var student = CreateStudent(n, now);
            db.Students.Add(student);
            db.EnqueueEvent(StudentEvents.Enrolled(student));

            var (intake, complete) = CreateIntake(n, student, today);
            if (student.RecordIntake(intake, complete, readRevision: null, today, now))
            {
                db.EnqueueEvent(IntakeEvents.IntakeCompleted(student));
            }

            // The demo care coordinator has something to read: a note for every student with much need at home.
            if (n == 1 || intake.Needs.PrivateCircumstances.Level == NeedLevel.Much)
            {
                db.CareNotes.Add(CareNote.Write(
                    student.Id, DemoIds.Care, "Besproken bij de intake met ouder en zorgcoördinator: zorgt na school voor jongere broertjes en zusjes; afgesproken om elke twee weken even bij te praten.", now));
            }

            if (n % 37 == 0 && student.ChangeStatus(StudentStatus.LeftEarly, n % 2 == 0 ? LeavingReason.PoorFitWithTrade : LeavingReason.PrivateCircumstances, student.CurrentEnrolment.StartDate.AddMonths(2), now))
            {
                db.EnqueueEvent(LifecycleEvents.StatusChanged(student));
            }
            else if (n % 53 == 0 && student.ChangeStatus(StudentStatus.Paused, null, student.CurrentEnrolment.StartDate.AddMonths(4), now))
            {
                db.EnqueueEvent(LifecycleEvents.StatusChanged(student));
            }

            added++;
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return added;
    }

    /// <summary>
    /// The demo mentors as Identity will announce them (StaffMemberChanged), added now because the students get their
    /// mentors before that event may arrive. Version 0, so Identity's events (version 1 or more) win; a copy already
    /// there (Identity was first) is left alone. The inbox keys keep a delivery about one of them from racing this insert.
    /// </summary>
    private static async Task AddDemoMentorsAsync(StudentsDbContext db, DateTimeOffset now)
    {
        await db.LockInboxKeysAsync(DemoIds.Mentors, CancellationToken.None);
        var mentors = DemoIds.Mentors.ToList();
        var known = await db.StaffMembers.Where(m => mentors.Contains(m.StaffId)).Select(m => m.StaffId).ToListAsync();
        for (var i = 0; i < mentors.Count; i++)
        {
            if (!known.Contains(mentors[i]))
            {
                db.StaffMembers.Add(StaffMemberCopy.DemoMentor(mentors[i], DemoMentorNames[i], now));
            }
        }
    }

    private static Student CreateStudent(int n, DateTimeOffset now)
    {
        var programme = Programmes[(n - 1) / 100];
        var startYear = (n - 1) % 100 < 50 ? 2025 : 2024;
        var start = new DateOnly(startYear, 9, 1);
        // Level-2 students start at 16 or so; a few are older, and the younger ones are minors.
        var birth = new DateOnly(startYear - 16 - (n % 4), 1 + n % 12, 1 + n % 28);
        var errors = new ValidationErrors();
        var details = StudentDetails.Create(
            DemoIds.StudentNumber(n),
            FirstNames[n % FirstNames.Length],
            LastNames[(n * 7) % LastNames.Length],
            birth,
            $"student{n:000}@demo.partnershiphub.test",
            null,
            Postcodes[n % Postcodes.Length],
            $"{startYear}-{programme.Code}",
            DateOnly.FromDateTime(now.UtcDateTime),
            errors);
        errors.ThrowIfAny();

        var enrolment = new EnrolmentDetails(
            programme.Crebo, programme.Name, DemoQualifications.Level, n % 5 == 0 ? LearningRoute.Bbl : LearningRoute.Bol, start, start.AddYears(2), programme.Team);
        var mentor = DemoIds.Mentors[(n - 1) / 30];
        return Student.Register(DemoIds.StudentId(n), DemoIds.EnrolmentId(n), details, enrolment, mentor, now);
    }

    private static (Intake Intake, bool Complete) CreateIntake(int n, Student student, DateOnly today)
    {
        var random = new Random(n);
        NeedAssessment Need(string? note) =>
            random.Next(10) switch
            {
                < 5 => new NeedAssessment(NeedLevel.None, null),
                < 8 => new NeedAssessment(NeedLevel.Some, note),
                _ => new NeedAssessment(NeedLevel.Much, note),
            };

        var needs = new NeedsProfile(
            Need("Heeft een rustige, voorspelbare aanpak nodig."),
            Need("Leert het best door te doen; korte instructies."),
            Need("Weet nog niet welke richting in het vak."),
            Need("Heeft baat bij een vaste weekplanning."),
            Need("De thuissituatie vraagt aandacht; zie de zorgnotities."));
        var extended = needs.PrivateCircumstances.Level == NeedLevel.Much || needs.Pedagogical.Level == NeedLevel.Much;
        IReadOnlyList<IntakeParticipant> participants = extended
            ? [IntakeParticipant.Student, IntakeParticipant.ParentOrGuardian, IntakeParticipant.PreviousSchoolMentor, IntakeParticipant.CareStaff]
            : [IntakeParticipant.Student, IntakeParticipant.ParentOrGuardian];
        // About half want to move up (level 3 or 4), as research on level-2 students finds.
        ProgressionWish wish = (n % 10) switch
        {
            < 4 => ProgressionWish.Level3,
            4 => ProgressionWish.Level4,
            < 8 => ProgressionWish.Work,
            _ => ProgressionWish.Undecided,
        };
        var complete = n % 7 != 0 || n == 1;
        var programme = Programmes[(n - 1) / 100];
        var intake = Intake.Create(
            (PriorEducation)(n % 7),
            student.CurrentEnrolment.StartDate.AddMonths(-3),
            participants,
            extended,
            needs,
            new TalentScan(
                [new TalentItem(Strengths[n % Strengths.Length], 3 + n % 3), new TalentItem(Strengths[(n + 2) % Strengths.Length], null)],
                [new TalentItem(DevelopmentPoints[n % DevelopmentPoints.Length], 2)]),
            complete ? wish : null,
            new PlacementPreferences(
                [programme.Sectors[n % programme.Sectors.Length]],
                10 + 5 * (n % 5),
                n % 25 == 0 ? [new CompanyToAvoid(null, "Kapsalon Knip & Zo", "Er werkt een familielid.")] : []),
            complete,
            today);
        return (intake, complete);
    }
}
