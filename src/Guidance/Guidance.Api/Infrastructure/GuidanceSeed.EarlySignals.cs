using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>
/// The early signals of #21 in the demo, written through the same domain types, events and rules as the APIs: b001
/// (student@demo) asked a question that mentor@demo answered; b004 asked privately and waits; b003 has unauthorised
/// school absence rising over the last three weeks (the absence rule raises <c>absenceRising</c>) and a signal care@demo
/// raised by hand; trainer@demo's concern about b001, answered by the mentor, follows when b001's placement has arrived.
/// Each part has a fixed id (or, for absence, checks for its own rows), so a second start changes nothing; dates are
/// relative to the day the demo is first seeded.
/// </summary>
internal sealed partial class GuidanceSeed
{
    /// <summary>b001's help request, answered by the mentor.</summary>
    public static readonly Guid DemoAnsweredHelpRequestId = Guid.Parse("5eed0008-0000-0000-0000-00000000b001");

    /// <summary>b004's private help request, still open.</summary>
    public static readonly Guid DemoPrivateHelpRequestId = Guid.Parse("5eed0008-0000-0000-0000-00000000b004");

    /// <summary>trainer@demo's concern about b001 at company 1.</summary>
    public static readonly Guid DemoConcernId = Guid.Parse("5eed0009-0000-0000-0000-00000000b001");

    /// <summary>The subject of care@demo's manual signal about b003 (a manual signal's subject is "manual:{id}").</summary>
    public const string DemoManualSignalSubject = "manual:5eed000a-0000-0000-0000-00000000b003";

    /// <summary>The student whose school absence rises (mentored by mentor@demo, like b001 and b004).</summary>
    public static readonly Guid DemoAbsenceStudent = DemoIds.StudentId(3);

    /// <summary>Unauthorised hours per day, counted in weeks back from the current one: 0, 2, 4 and 6 a week.</summary>
    private static readonly (int WeeksBack, int Day, decimal Hours)[] DemoAbsenceDays = [(2, 2, 2m), (1, 1, 2m), (1, 3, 2m), (0, 0, 6m)];

    /// <summary>Help requests, absence and the manual signal: everything that needs only the students' copies.</summary>
    private async Task SeedSchoolSignalsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<GuidanceDbContext>();
        var raiser = services.GetRequiredService<SignalRaiser>();
        var absenceRule = services.GetRequiredService<AbsenceSignalRule>();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        Guid[] involved = [DemoIds.Student, DemoIds.StudentId(4), DemoAbsenceStudent];
        var students = await db.Students.AsNoTracking().Where(s => involved.Contains(s.Id) && s.ErasedAt == null).ToDictionaryAsync(s => s.Id, cancellationToken);
        var seededRequests = await db.HelpRequests.AsNoTracking()
            .Where(r => r.Id == DemoAnsweredHelpRequestId || r.Id == DemoPrivateHelpRequestId).Select(r => r.Id).ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockInboxKeysAsync(students.Keys, cancellationToken);

        if (!seededRequests.Contains(DemoAnsweredHelpRequestId) && students.TryGetValue(DemoIds.Student, out var b001))
        {
            var asked = HelpRequest.Ask(DemoAnsweredHelpRequestId, b001.Id, b001.MentorStaffId, HelpRequestTopic.SchoolWork, HelpRequestKind.Question,
                "Ik snap de opdracht over het kassaverslag niet: moet ik de weekomzet zelf uitrekenen of krijg ik die van mijn praktijkopleider?",
                isPrivate: false, now.AddDays(-3));
            db.HelpRequests.Add(asked);
            db.HelpRequestAsked(asked);
            asked.AnswerWith("Goede vraag! De weekomzet vraag je aan je praktijkopleider; jij beschrijft wat opvalt en wat je zou verbeteren. Neem het woensdag mee, dan kijken we samen.",
                (b001.MentorStaffId ?? DemoIds.Mentor).ToString(), now.AddDays(-2));
            db.HelpRequestAnswered(asked, b001.MentorStaffId);
        }

        if (!seededRequests.Contains(DemoPrivateHelpRequestId) && students.TryGetValue(DemoIds.StudentId(4), out var b004))
        {
            var asked = HelpRequest.Ask(DemoPrivateHelpRequestId, b004.Id, b004.MentorStaffId, HelpRequestTopic.Personal, HelpRequestKind.Conversation,
                "Thuis is het op dit moment lastig en ik slaap slecht. Kan ik daar met iemand over praten?", isPrivate: true, now.AddHours(-5));
            db.HelpRequests.Add(asked);
            db.HelpRequestAsked(asked);
        }

        var absenceAdded = false;
        if (students.TryGetValue(DemoAbsenceStudent, out var b003) && b003.MentorStaffId is { } b003Mentor
            && !await db.SchoolAbsences.AnyAsync(a => a.StudentId == b003.Id && a.Source == AbsenceSource.Mentor, cancellationToken))
        {
            var currentWeek = AbsenceSignalRule.WeekStart(today);
            foreach (var (weeksBack, day, hours) in DemoAbsenceDays)
            {
                var date = currentWeek.AddDays(-7 * weeksBack + day);
                SchoolAbsence.Validate(date, hours, null, b003, today);
                var absence = SchoolAbsence.ByMentor(b003.Id, date, hours, authorised: false, null, b003Mentor.ToString(), now);
                db.SchoolAbsences.Add(absence);
                db.AbsenceRecorded(absence);
            }

            absenceAdded = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (absenceAdded)
        {
            await absenceRule.EvaluateAsync([DemoAbsenceStudent], today, cancellationToken);
        }

        if (students.ContainsKey(DemoAbsenceStudent))
        {
            // once: the fixed subject is never raised again, also after the mentor resolved it.
            await raiser.RaiseAsync(DemoAbsenceStudent, SignalRule.Manual, DemoManualSignalSubject,
                SignalText.AsWritten("Vertelde na de les dat het thuis onrustig is en dat opstaan 's ochtends steeds lastiger gaat. Graag even contact opnemen."),
                $"/api/students/{DemoAbsenceStudent}/signals", once: true, cancellationToken, raisedBy: DemoIds.Care.ToString());
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>trainer@demo's concern about b001, answered by the mentor; once b001's placement at company 1 is current.</summary>
    private async Task SeedWorkplaceConcernAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<GuidanceDbContext>();
        if (await db.WorkplaceConcerns.AnyAsync(c => c.Id == DemoConcernId, cancellationToken))
        {
            return;
        }

        var placement = await db.Placements.AsNoTracking()
            .Where(p => p.StudentId == DemoIds.Student && p.CompanyId == DemoIds.Company)
            .FirstOrDefaultAsync(p => p.Status == PlacementStatus.Active || p.Status == PlacementStatus.AgreementSigned, cancellationToken);
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == DemoIds.Student && s.ErasedAt == null, cancellationToken);
        if (placement is null || student is null)
        {
            return;
        }

        var trainerId = placement.TrainerId ?? DemoIds.Trainer;
        var trainerName = await db.Trainers.AsNoTracking().Where(t => t.Id == trainerId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var now = clock.GetUtcNow();
        var concern = WorkplaceConcern.Raise(DemoConcernId, placement, WorkplaceConcernKind.Lateness, WorkplaceConcernUrgency.Normal,
            "Deze week twee keer een half uur te laat begonnen zonder bericht vooraf. Op de vloer gaat het verder goed; wil de school er ook met de student over praten?",
            trainerId.ToString(), trainerName, now.AddDays(-4));
        db.WorkplaceConcerns.Add(concern);
        db.WorkplaceConcernRaised(concern);
        concern.AnswerWith("Dank voor het melden. Ik bespreek het morgen in het mentorgesprek; de afspraak wordt: bij vertraging vóór 8:00 bellen naar het leerbedrijf.",
            (student.MentorStaffId ?? DemoIds.Mentor).ToString(), now.AddDays(-3));
        db.WorkplaceConcernAnswered(concern);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockInboxKeysAsync([DemoIds.Student], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // A normal lateness concern raises no signal at once; called as the API does, so the demo follows the rule.
        await services.GetRequiredService<WorkplaceConcernSignals>().AfterRaisedAsync(concern, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogConcernSeeded();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guidance demo data: the workplace concern of trainer@demo")]
    private partial void LogConcernSeeded();
}
