using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Infrastructure;

/// <summary>
/// Demo data, through the same domain code and outbox as real use: one matching run for the first period, published,
/// proposals accepted (student b001 placed at company c01 by override when matching put them elsewhere), and the
/// placements moved into every status with assignments, hours and contact moments. It waits (answering
/// <see cref="SeedOutcome.NotReady"/>) until Students' and Companies' demo events have filled the copies, and is done
/// once a matching run exists, so a restart changes nothing. docs/internships-service.md lists where the demo students end up.
/// </summary>
public sealed class InternshipsSeed(IServiceScopeFactory scopes, TimeProvider time, ILogger<InternshipsSeed> logger) : IStartupSeed
{
    private static readonly Actor Coordinator = new("coordinator", DemoIds.Coordinator);
    private static readonly Actor Teacher = new("teacher", DemoIds.Teacher);

    private Guid? _lastReadyPeriod;

    public string Name => "internships-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await AlreadySeededAsync(cancellationToken))
        {
            return SeedOutcome.Done;
        }

        // Ready twice in a row: the intakes, which follow the enrolments, have arrived too.
        var period = await ReadyPeriodAsync(cancellationToken);
        if (period is null || period != _lastReadyPeriod)
        {
            _lastReadyPeriod = period;
            return SeedOutcome.NotReady;
        }

        await SeedAsync(period.Value, cancellationToken);
        return SeedOutcome.Done;
    }

    /// <summary>True when the copies hold the demo students and companies with capacity for the first period.</summary>
    public async Task<Guid?> ReadyPeriodAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InternshipsDbContext>();
        var students = Enumerable.Range(1, DemoIds.StudentCount).Select(DemoIds.StudentId).ToList();
        var companies = Enumerable.Range(1, DemoIds.CompanyCount).Select(DemoIds.CompanyId).ToList();
        var studentCount = await db.Students.CountAsync(s => students.Contains(s.Id) && s.Crebo != null, cancellationToken);
        var companyCount = await db.Companies.CountAsync(c => companies.Contains(c.Id), cancellationToken);
        var period = await db.Capacity.Where(c => c.PeriodName == DemoIds.FirstPeriodName).Select(c => c.PeriodId).FirstOrDefaultAsync(cancellationToken);
        var capacityCount = period == Guid.Empty ? 0 : await db.Capacity.CountAsync(c => c.PeriodId == period && companies.Contains(c.CompanyId), cancellationToken);
        var accredited = await db.Accreditations.CountAsync(a => companies.Contains(a.CompanyId), cancellationToken);
        var trainers = await db.Trainers.CountAsync(t => companies.Contains(t.CompanyId), cancellationToken);
        return studentCount >= DemoIds.StudentCount && companyCount >= DemoIds.CompanyCount && capacityCount >= DemoIds.CompanyCount
            && accredited >= DemoIds.CompanyCount && trainers >= DemoIds.CompanyCount
            ? period
            : null;
    }

    public async Task<bool> AlreadySeededAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InternshipsDbContext>().MatchingRuns.AnyAsync(cancellationToken);
    }

    public async Task SeedAsync(Guid periodId, CancellationToken cancellationToken)
    {
        var runId = await InScopeAsync(async (sp, db) =>
        {
            var (run, _, _, _) = await sp.GetRequiredService<MatchingRunner>().RunAsync(
                new StartRunRequest(periodId, null, null, null, null, 400, 3), Coordinator.ToString(), cancellationToken);
            var stored = await db.MatchingRuns.FirstAsync(r => r.Id == run.Id, cancellationToken);
            stored.Status = MatchingRunStatus.Published;
            stored.PublishedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return run.Id;
        });

        // Student b001 first, so their place at c01 is taken before anyone else's proposal is accepted.
        await InScopeAsync(async (sp, db) =>
        {
            var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.RunId == runId && p.StudentId == DemoIds.Student, cancellationToken);
            var decisions = sp.GetRequiredService<ProposalDecisions>();
            if (proposal?.CompanyId == DemoIds.Company)
            {
                await decisions.AcceptAsync(runId, DemoIds.Student, cancellationToken);
            }
            else if (proposal is not null)
            {
                await decisions.OverrideAsync(runId, DemoIds.Student,
                    new OverrideRequest(DemoIds.Company, null, "Demo: de demostudent werkt bij het bedrijf van de demopraktijkopleider."), cancellationToken);
            }

            return 0;
        });

        var open = await InScopeAsync((_, db) => db.Proposals.AsNoTracking()
            .Where(p => p.RunId == runId && p.Status == ProposalStatus.Open)
            .OrderBy(p => p.StudentId)
            .Select(p => p.StudentId)
            .ToListAsync(cancellationToken));
        foreach (var studentId in open)
        {
            try
            {
                await InScopeAsync(async (sp, _) => await sp.GetRequiredService<ProposalDecisions>().AcceptAsync(runId, studentId, cancellationToken));
            }
            catch (Exception exception) when (exception is FieldValidationException or ConflictException)
            {
                // The place went to b001's override: record the refusal like a coordinator would.
                await InScopeAsync(async (sp, _) => await sp.GetRequiredService<ProposalDecisions>().RejectAsync(runId, studentId, exception.Message, cancellationToken));
            }
        }

        await InScopeAsync(async (sp, db) =>
        {
            await ProgressAsync(db, cancellationToken);
            return 0;
        });
        var flagged = await InScopeAsync((sp, _) => sp.GetRequiredService<NoRecentContactCheck>().RunAsync(cancellationToken));
        logger.LogInformation("Demo seed: matching run {RunId} published and decided; {Flagged} placement(s) flagged for no recent contact", runId, flagged);
    }

    /// <summary>Moves the demo placements through the lifecycle so every status, assignment state, hours and contacts exist.</summary>
    private async Task ProgressAsync(InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var placements = await db.Placements.OrderBy(p => p.StudentId).ToListAsync(cancellationToken);
        var births = await db.Students.Where(s => placements.Select(p => p.StudentId).Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.DateOfBirth, cancellationToken);
        var others = placements.Where(p => p.StudentId != DemoIds.Student).ToList();
        var endedEarlyDone = false;
        var withoutContactDone = false;
        foreach (var placement in placements)
        {
            placement.AssignTeacher(DemoIds.Teacher);
            db.PlacementTeacherAssigned(placement);
            var step = placement.StudentId == DemoIds.Student ? 5 : others.IndexOf(placement) % 10;
            var minor = Placement.IsMinorOn(births.GetValueOrDefault(placement.StudentId), placement.StartDate);
            if (step == 0)
            {
                continue;
            }

            Sign(db, placement, AgreementParty.Student, minor, now);
            if (step == 1)
            {
                continue;
            }

            Sign(db, placement, AgreementParty.Company, minor, now);
            if (step == 2)
            {
                continue;
            }

            Sign(db, placement, AgreementParty.School, minor, now);
            if (step == 3)
            {
                continue;
            }

            if (step == 9 && !endedEarlyDone)
            {
                endedEarlyDone = true;
                placement.EndBeforeTime(placement.StartDate.AddDays(20), PlacementEndReason.PoorFitWithTrade, "student", "Demo: de student heeft voor een ander vak gekozen.");
                db.PlacementEnded(placement);
                continue;
            }

            placement.Activate(placement.StartDate, accreditationCurrent: true);
            db.PlacementStarted(placement);
            LogHours(db, placement, now, approveFirstWeek: true);
            Assignments(db, placement, step, now);
            if (step == 8)
            {
                placement.MarkCompleted(placement.EndDate);
                db.PlacementEnded(placement);
                continue;
            }

            // One active placement is left without contact moments, so the no-contact check flags it.
            if (!withoutContactDone && step == 6)
            {
                withoutContactDone = true;
                continue;
            }

            var contact = ContactMoment.Log(placement, ContactKind.Visit, now.AddDays(-7), "Demo: bezoek op de werkplek met student en praktijkopleider.", joint: true,
                "De planning van de volgende opdracht nakijken", DateOnly.FromDateTime(now.UtcDateTime.AddDays(14)), Teacher, now);
            db.Contacts.Add(contact);
            placement.RecordContact(contact.ContactedAt, contact.Joint);
            db.ContactLogged(placement, contact);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Sign(InternshipsDbContext db, Placement placement, AgreementParty party, bool minor, DateTimeOffset now)
    {
        Record(db, placement, party, minor, now);
        // A minor's parent or guardian signs too, as through the mailed link.
        if (party == AgreementParty.Student && minor)
        {
            Record(db, placement, AgreementParty.Guardian, minor, now);
        }
    }

    private static void Record(InternshipsDbContext db, Placement placement, AgreementParty party, bool minor, DateTimeOffset now)
    {
        var signature = new AgreementSignature(
            party,
            party == AgreementParty.Guardian ? SignatureMethod.GuardianLink : SignatureMethod.Portal,
            party switch
            {
                AgreementParty.Student => "Demo student",
                AgreementParty.Guardian => "Demo ouder",
                AgreementParty.Company => "Demo praktijkopleider",
                _ => "Demo BPV-coördinator",
            },
            null,
            null,
            party == AgreementParty.Guardian ? "guardian" : Coordinator.ToString(),
            now);
        var complete = placement.RecordSignature(signature, minor);
        db.AgreementSignatureRecorded(placement, signature, minor);
        if (complete)
        {
            db.PlacementAgreementSigned(placement, now);
        }
    }

    private static void LogHours(InternshipsDbContext db, Placement placement, DateTimeOffset now, bool approveFirstWeek)
    {
        var monday = HoursEntry.MondayOf(placement.StartDate.AddDays(7));
        for (var week = 0; week < 2; week++)
        {
            decimal total = 0;
            for (var day = 0; day < 4; day++)
            {
                var entry = HoursEntry.Log(placement, monday.AddDays((7 * week) + day), day == 3 ? 6m : 8m, "Demo: regular working day", now);
                db.HoursLogged(placement, entry);
                if (week == 0 && approveFirstWeek)
                {
                    entry.Decide(true, DemoIds.Trainer, null, now);
                    total += entry.Hours;
                }

                db.Hours.Add(entry);
            }

            if (total > 0)
            {
                db.HoursApproved(placement, monday, total);
            }
        }
    }

    /// <summary>Two assignments per active placement, in states that vary with the placement's position; every step published as in real use.</summary>
    private static void Assignments(InternshipsDbContext db, Placement placement, int step, DateTimeOffset now)
    {
        var trainer = new Actor("trainer", placement.TrainerId);
        var student = new Actor("student", placement.StudentId);
        var first = Assignment.Draft(placement, new AssignmentContent(
            "Klantgesprek", "Help drie klanten van begroeting tot verkoop en schrijf op wat goed ging.", ["customer-focus", "communication"], ["B1-K1-W3"], placement.StartDate.AddDays(30)), Teacher, now);
        db.AssignmentStatusChanged(first);
        first.ConfirmFeasible(trainer, now);
        db.AssignmentAgreed(first, trainer.Id ?? Guid.Empty);
        db.AssignmentStatusChanged(first);
        first.BeginWork(student, now);
        db.AssignmentStatusChanged(first);
        first.HandIn("Aantekeningen van drie gesprekken, getekend door de praktijkopleider.", "Ik heb geleerd open vragen te stellen.", student, now);
        db.AssignmentSubmitted(first);
        db.AssignmentStatusChanged(first);
        if (step is 5 or 7 or 8)
        {
            first.Approve("Goede vooruitgang; blijf open vragen stellen.", trainer, now);
            db.AssignmentSignedOff(first, trainer.Id ?? Guid.Empty);
            db.AssignmentStatusChanged(first);
            if (step == 8)
            {
                first.MarkReviewed("Besproken in het mentorgesprek.", Teacher, now);
                db.AssignmentStatusChanged(first);
            }
        }

        var second = Assignment.Draft(placement, new AssignmentContent(
            "Een schap of werkplek inrichten", "Plan en richt samen met je praktijkopleider één schap of werkplek in.", ["planning", "taking-initiative"], ["B1-K1-W2"], placement.StartDate.AddDays(60)), Teacher, now);
        db.AssignmentStatusChanged(second);
        if (step is 4 or 5)
        {
            second.AskForChange("Maak er één schap van, niet het hele gangpad.", trainer, now);
            db.AssignmentStatusChanged(second);
        }
        else if (step is 7 or 8)
        {
            second.ConfirmFeasible(trainer, now);
            db.AssignmentAgreed(second, trainer.Id ?? Guid.Empty);
            db.AssignmentStatusChanged(second);
            second.BeginWork(student, now);
            db.AssignmentStatusChanged(second);
        }

        db.Assignments.AddRange(first, second);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, InternshipsDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<InternshipsDbContext>());
    }
}
