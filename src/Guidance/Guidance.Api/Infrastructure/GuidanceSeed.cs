using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>
/// Demo data (<c>Seed:Demo=true</c> in Development), in two stages. It answers NotReady, and is asked again in the
/// background, until the Students seed has reached the local copies (b001…); then it writes assessments from every role
/// over two periods, plans, reviews (one overdue) and lets the real rules raise signals; it publishes the same events the
/// API would (assessments submitted, plans updated, reviews). b001's trainer assessments need
/// its placement from Internships; they are added when it arrives (within <see cref="DemoSeedOptions.WaitForCopies"/>,
/// after which the seed stops waiting). Fixed ids make both stages idempotent across restarts; the seed runner's replica
/// lock keeps two replicas from writing them at once.
/// </summary>
internal sealed partial class GuidanceSeed(TimeProvider clock, IOptions<DemoSeedOptions> options, ILogger<GuidanceSeed> logger) : IStartupSeed
{
    public const int DemoStudentCount = 36;

    /// <summary>Demo assessment k (0–15) of student n: 5eed0006-…</summary>
    private static Guid AssessmentId(int n, int k) => Guid.Parse($"5eed0006-0000-0000-{k:0000}-00000000b{n:000}");

    private static Guid ReviewId(int n, int k) => Guid.Parse($"5eed0007-0000-0000-{k:0000}-00000000b{n:000}");

    private static readonly List<Guid> StudentIds = [.. Enumerable.Range(1, DemoStudentCount).Select(DemoIds.StudentId)];

    // Between attempts (the seed is a singleton): when it stops waiting, and how far the Students seed had arrived.
    private DateTimeOffset? _deadline;
    private bool _studentsSeeded;
    private int _mentoredBefore = -1;

    public string Name => "guidance-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _deadline ??= clock.GetUtcNow() + options.Value.WaitForCopies;
        var db = services.GetRequiredService<GuidanceDbContext>();
        var rules = services.GetRequiredService<SignalRules>();
        var projector = services.GetRequiredService<ProgressProjector>();
        if (!_studentsSeeded && await db.Students.AnyAsync(s => s.Id == DemoIds.Student && s.MentorStaffId != null, cancellationToken))
        {
            // Every demo student with a mentor, or no more than at the last look (the Students seed has arrived as
            // far as it will): a busy machine copies them more slowly than any fixed wait would allow.
            var mentored = await db.Students.CountAsync(s => StudentIds.Contains(s.Id) && s.MentorStaffId != null, cancellationToken);
            if (mentored == DemoStudentCount || mentored == _mentoredBefore)
            {
                // With replicas the other one finds the first one's assessments and adds none.
                await SeedStudentsAsync(db, rules, projector, cancellationToken);
                await SeedSchoolSignalsAsync(services, cancellationToken);
                _studentsSeeded = true;
            }

            _mentoredBefore = mentored;
        }

        if (_studentsSeeded && await SeedWorkplaceAsync(db, rules, projector, cancellationToken))
        {
            await SeedWorkplaceConcernAsync(services, cancellationToken);
            return SeedOutcome.Done;
        }

        if (clock.GetUtcNow() > _deadline)
        {
            LogGaveUp(_studentsSeeded);
            return SeedOutcome.Done;
        }

        return SeedOutcome.NotReady;
    }

    private async Task SeedStudentsAsync(GuidanceDbContext db, SignalRules rules, ProgressProjector projector, CancellationToken cancellationToken)
    {
        if (await db.Assessments.AnyAsync(a => a.Id == AssessmentId(1, 0), cancellationToken))
        {
            return;
        }

        await FrameworkSeed.EnsureAsync(db, clock.GetUtcNow(), cancellationToken);
        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == DefaultFramework.FirstVersionId, cancellationToken);
        var students = await db.Students.AsNoTracking().Where(s => StudentIds.Contains(s.Id) && s.ErasedAt == null).ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var submitted = new List<Assessment>();

        for (var n = 1; n <= DemoStudentCount; n++)
        {
            if (!students.TryGetValue(DemoIds.StudentId(n), out var student) || student.MentorStaffId is not { } mentor)
            {
                continue;
            }

            var periods = new[] { now.AddDays(-70), now.AddDays(-14) };
            for (var period = 0; period < periods.Length; period++)
            {
                var at = periods[period];
                var peer = DemoIds.StudentId(n % DemoStudentCount + 1);
                (AssessorRole Role, string Assessor)[] assessors =
                    [(AssessorRole.Self, student.Id.ToString()), (AssessorRole.Peer, peer.ToString()), (AssessorRole.Teacher, DemoIds.Teacher.ToString()), (AssessorRole.Mentor, mentor.ToString())];
                for (var r = 0; r < assessors.Length; r++)
                {
                    var (role, assessor) = assessors[r];
                    var assessment = Assessment.Start(AssessmentId(n, period * 8 + r), student.Id, framework, assessor, null, role, null,
                        period == 1 && role == AssessorRole.Teacher ? AssessmentKind.Summative : AssessmentKind.Formative, null, at.AddHours(r));
                    assessment.Edit(framework, DemoRatings(n, period, role), Comment(role), [new FeedForwardStep(NextStep(n, role), false)]);
                    assessment.Submit(framework, at.AddHours(r));
                    db.Assessments.Add(assessment);
                    submitted.Add(assessment);
                }
            }

            var plan = IndividualPlan.StartFor(student.Id);
            db.PlanRevisions.Add(plan.Replace(
                "Korte, concrete afspraken; elke twee weken even bijpraten met de mentor.",
                [
                    new PlanGoal(Guid.NewGuid(), "Op tijd komen en vooraf afmelden", "punctuality", null, true, GoalStatus.Open, null),
                    new PlanGoal(Guid.NewGuid(), "Zelf om feedback vragen aan de praktijkopleider", "feedback", null, true, GoalStatus.Open, null),
                    new PlanGoal(Guid.NewGuid(), "Weekplanning maken voor school en werk", null, NeedsCategory.Structure, false, GoalStatus.Open, null),
                ],
                [new PlanAgreement(Guid.NewGuid(), AgreementKind.Behaviour, "Bij ziekte vóór 8:00 bellen naar school én leerbedrijf", DateOnly.FromDateTime(now.AddDays(-60).UtcDateTime))],
                6, mentor.ToString(), "created", now.AddDays(-60)));
            db.Plans.Add(plan);
            db.PlanUpdated(plan);

            // A mix for the caseload: b002 has an overdue review; every fifth has none planned; the rest have one coming up.
            var held = Review.Schedule(ReviewId(n, 0), student.Id, now.AddDays(-42), ["student", "mentor"], mentor.ToString());
            held.Hold("Startgesprek: doelen en afspraken doorgenomen.", [], [], [], now.AddDays(-42));
            db.Reviews.Add(held);
            db.ReviewHeld(held, plan);
            var next = n == 2
                ? Review.Schedule(ReviewId(n, 1), student.Id, now.AddDays(-12), ["student", "mentor", "parent"], mentor.ToString())
                : n % 5 != 0 ? Review.Schedule(ReviewId(n, 1), student.Id, now.AddDays(3 + n % 20), ["student", "mentor"], mentor.ToString()) : null;
            if (next is not null)
            {
                db.Reviews.Add(next);
                db.ReviewScheduled(next, now);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Their events wait meanwhile: a delivery refreshing one of these students' progress cannot deadlock with this.
        await db.LockInboxKeysAsync(students.Keys, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var assessment in submitted.OrderBy(a => a.SubmittedAt))
        {
            // Published as the API publishes a submission, compared with what was submitted before it.
            await db.AttitudeAssessmentSubmittedAsync(assessment, cancellationToken);
            await rules.AfterAssessmentSubmittedAsync(assessment, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await rules.SweepAsync(now, cancellationToken);
        foreach (var id in students.Keys)
        {
            await projector.RefreshAsync(id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogSeeded(students.Count, submitted.Count);
    }

    /// <summary>
    /// Trainer assessments in the placement context for demo students with a placement; true when b001's is done and no
    /// more placements arrived since the last look.
    /// </summary>
    private async Task<bool> SeedWorkplaceAsync(GuidanceDbContext db, SignalRules rules, ProgressProjector projector, CancellationToken cancellationToken)
    {
        var placements = await db.Placements.AsNoTracking()
            .Where(p => StudentIds.Contains(p.StudentId) && (p.Status == PlacementStatus.Active || p.Status == PlacementStatus.AgreementSigned))
            .ToListAsync(cancellationToken);
        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == DefaultFramework.FirstVersionId, cancellationToken);
        var now = clock.GetUtcNow();
        var added = new List<Assessment>();
        foreach (var placement in placements)
        {
            var n = StudentIds.IndexOf(placement.StudentId) + 1;
            if (await db.Assessments.AnyAsync(a => a.Id == AssessmentId(n, 4), cancellationToken))
            {
                continue;
            }

            var trainer = (placement.TrainerId ?? DemoIds.Trainer).ToString();
            for (var period = 0; period < 2; period++)
            {
                var at = (period == 0 ? now.AddDays(-70) : now.AddDays(-14)).AddHours(5);
                var assessment = Assessment.Start(AssessmentId(n, period * 8 + 4), placement.StudentId, framework, trainer, null, AssessorRole.Trainer, placement.Id, AssessmentKind.Formative, null, at);
                assessment.Edit(framework, DemoRatings(n, period, AssessorRole.Trainer), Comment(AssessorRole.Trainer), [new FeedForwardStep(NextStep(n, AssessorRole.Trainer), false)]);
                assessment.Submit(framework, at);
                db.Assessments.Add(assessment);
                added.Add(assessment);
            }
        }

        if (added.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.LockInboxKeysAsync(added.Select(a => a.StudentId), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var assessment in added.OrderBy(a => a.SubmittedAt))
            {
                await db.AttitudeAssessmentSubmittedAsync(assessment, cancellationToken);
                await rules.AfterAssessmentSubmittedAsync(assessment, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);

            foreach (var id in added.Select(a => a.StudentId).Distinct())
            {
                await projector.RefreshAsync(id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogWorkplaceSeeded(added.Count);
        }

        return added.Count == 0 && await db.Assessments.AnyAsync(a => a.Id == AssessmentId(1, 4), cancellationToken);
    }

    /// <summary>
    /// Profiles by student number: n%5==1 punctuality needs attention twice (b001 among them), n%5==2 a trainer who
    /// sees much less than the student does, n%5==3 steady growth, otherwise competent with the odd "not observed".
    /// </summary>
    private static List<CriterionRating> DemoRatings(int n, int period, AssessorRole role)
    {
        var keys = DefaultFramework.Criteria.Select(c => c.Key).ToList();
        return [.. keys.Select((key, i) =>
        {
            var level = (n % 5) switch
            {
                1 when key == "punctuality" && role is AssessorRole.Mentor or AssessorRole.Trainer => AttitudeLevel.NeedsAttention,
                1 => period == 0 ? AttitudeLevel.Developing : AttitudeLevel.Competent,
                2 when role == AssessorRole.Self => AttitudeLevel.Strong,
                2 when role == AssessorRole.Trainer && i < 3 => AttitudeLevel.NeedsAttention,
                2 => AttitudeLevel.Developing,
                3 => period == 0 ? AttitudeLevel.Developing : AttitudeLevel.Strong,
                _ when role == AssessorRole.Peer && i == 6 => AttitudeLevel.NotObserved,
                _ => AttitudeLevel.Competent,
            };
            return new CriterionRating(key, level, level == AttitudeLevel.NeedsAttention ? Observation(key) : null);
        })];
    }

    private static string Observation(string key) => key switch
    {
        "punctuality" => "Kwam deze periode vier keer te laat zonder af te melden.",
        "initiative" => "Wacht steeds tot er een opdracht komt.",
        "cooperation" => "Werkt liever alleen en stemt niet af met collega's.",
        _ => "Zie toelichting.",
    };

    private static string Comment(AssessorRole role) => role switch
    {
        AssessorRole.Self => "Ik vind dat het steeds beter gaat.",
        AssessorRole.Peer => "Fijn om mee samen te werken.",
        AssessorRole.Teacher => "Op school actief en betrokken.",
        AssessorRole.Mentor => "Besproken in het mentorgesprek.",
        _ => "Op de werkvloer gezien door de praktijkopleider.",
    };

    private static string NextStep(int n, AssessorRole role) => (n % 5, role) switch
    {
        (1, _) => "Wekker een half uur eerder zetten en bij vertraging vóór 8:00 bellen.",
        (2, AssessorRole.Trainer) => "Na elke dienst kort vragen wat beter kan.",
        _ => "Volgende periode zelf een klant helpen van begin tot eind.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Guidance demo data: {Students} students, {Assessments} school assessments")]
    private partial void LogSeeded(int students, int assessments);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guidance demo data: {Assessments} workplace assessments")]
    private partial void LogWorkplaceSeeded(int assessments);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guidance demo seed stopped waiting (school part seeded: {StudentsSeeded}); the other services' demo data did not arrive in time")]
    private partial void LogGaveUp(bool studentsSeeded);
}
