using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;
using static PartnershipHub.Guidance.Tests.Support.AbsenceClient;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>Unauthorised absence above the threshold (16 h over 4 weeks) or rising three weeks in a row; urgent in the first months.</summary>
public sealed class AbsenceSignalRuleTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    /// <summary>A Wednesday: its week is the current one, the three Mondays before it the trend's earlier weeks.</summary>
    private static readonly DateOnly Day = new(2026, 11, 18);

    private static readonly DateOnly ThisWeek = AbsenceSignalRule.WeekStart(Day);

    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> StudentAsync(DateOnly? enrolmentStart = null, params (int WeeksAgo, decimal Hours, bool Authorised)[] days)
    {
        var student = TestData.Student(_mentor, enrolmentStart: enrolmentStart ?? new DateOnly(2025, 9, 1));
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            var n = 0;
            foreach (var (weeksAgo, hours, authorised) in days)
            {
                // One row per day: spread over the week's Monday to Friday.
                var date = ThisWeek.AddDays(-7 * weeksAgo + n++ % 3);
                db.SchoolAbsences.Add(new SchoolAbsence
                {
                    Id = Guid.NewGuid(), StudentId = student.Id, Date = date, Period = AbsencePeriod.Day, Source = AbsenceSource.Import,
                    Hours = hours, Authorised = authorised, RecordedBy = "test", RecordedAt = DateTimeOffset.UtcNow,
                });
            }

            return db.SaveChangesAsync();
        });
        return student;
    }

    private async Task<int> EvaluateAsync(DateOnly today, params Guid[] students)
    {
        await using var scope = fixture.Scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AbsenceSignalRule>().EvaluateAsync(students, today, CancellationToken.None);
    }

    private Task<List<Signal>> SignalsAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().Where(s => s.StudentId == studentId).ToListAsync());

    [Fact]
    public async Task Unauthorised_hours_above_the_threshold_over_four_weeks_raise_one_signal()
    {
        var above = await StudentAsync(null, (3, 6m, false), (2, 6m, false), (0, 4.5m, false), (1, 8m, true));
        var atThreshold = await StudentAsync(null, (3, 6m, false), (2, 6m, false), (0, 4m, false), (1, 8m, true));
        // Absence five weeks ago is outside the four weeks.
        var tooLongAgo = await StudentAsync(null, (4, 12m, false), (0, 6m, false));

        Assert.Equal(1, await EvaluateAsync(Day, above.Id, atThreshold.Id, tooLongAgo.Id));
        Assert.Equal(0, await EvaluateAsync(Day, above.Id));

        var signal = Assert.Single(await SignalsAsync(above.Id));
        Assert.Equal(SignalRule.AbsenceAboveThreshold, signal.Rule);
        Assert.Equal($"/api/students/{above.Id}/absences", signal.Link);
        Assert.Equal("16,5 uur ongeoorloofd verzuim (school en leerbedrijf) in de laatste 4 weken, sinds 26 oktober 2026: meer dan de grens van 16 uur.", signal.Evidence);
        Assert.Equal("16.5 hours of unauthorised absence (school and workplace) in the last 4 weeks, since 26 October 2026: more than the limit of 16 hours.", signal.EvidenceEnglish);
        Assert.False(signal.Urgent);
        Assert.Empty(await SignalsAsync(atThreshold.Id));
        Assert.Empty(await SignalsAsync(tooLongAgo.Id));
    }

    [Fact]
    public async Task Absence_rising_three_weeks_in_a_row_to_the_minimum_raises_a_trend_signal()
    {
        var rising = await StudentAsync(null, (3, 1m, false), (2, 2m, false), (1, 3m, false), (0, 5m, false));
        var flat = await StudentAsync(null, (3, 1m, false), (2, 2m, false), (1, 2m, false), (0, 5m, false));
        var low = await StudentAsync(null, (3, 0.5m, false), (2, 1m, false), (1, 2m, false), (0, 3.5m, false));
        // Authorised hours are no trend.
        var authorised = await StudentAsync(null, (3, 1m, true), (2, 2m, true), (1, 3m, true), (0, 5m, true));

        await EvaluateAsync(Day, rising.Id, flat.Id, low.Id, authorised.Id);

        var signal = Assert.Single(await SignalsAsync(rising.Id));
        Assert.Equal(SignalRule.AbsenceRising, signal.Rule);
        Assert.Equal("Ongeoorloofd verzuim (school en leerbedrijf) stijgt elke week sinds de week van 26 oktober 2026: 1, 2, 3 en 5 uur per week.", signal.Evidence);
        Assert.Empty(await SignalsAsync(flat.Id));
        Assert.Empty(await SignalsAsync(low.Id));
        Assert.Empty(await SignalsAsync(authorised.Id));
    }

    [Fact]
    public async Task In_the_first_three_months_after_enrolment_the_signal_says_so()
    {
        var early = await StudentAsync(Day.AddMonths(-2), (1, 9m, false), (0, 9m, false));
        var later = await StudentAsync(Day.AddMonths(-4), (1, 9m, false), (0, 9m, false));

        await EvaluateAsync(Day, early.Id, later.Id);

        var urgent = Assert.Single(await SignalsAsync(early.Id));
        Assert.True(urgent.Urgent);
        Assert.EndsWith("in de eerste maanden na de inschrijving.", urgent.Evidence, StringComparison.Ordinal);
        var usual = Assert.Single(await SignalsAsync(later.Id));
        Assert.False(usual.Urgent);
        Assert.DoesNotContain("eerste maanden", usual.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_circumstances_at_intake_lower_the_threshold_and_the_evidence_says_so()
    {
        var needs = await StudentAsync(null, (1, 5m, false), (0, 5m, false));
        var without = await StudentAsync(null, (1, 5m, false), (0, 5m, false));
        await fixture.RunAsync(db => db.Students.Where(s => s.Id == needs.Id).ExecuteUpdateAsync(s => s.SetProperty(
            c => c.Needs, new NeedsSummary(NeedLevel.None, NeedLevel.None, NeedLevel.None, NeedLevel.None, NeedLevel.Some))));

        await EvaluateAsync(Day, needs.Id, without.Id);

        var signal = Assert.Single(await SignalsAsync(needs.Id));
        Assert.Equal(SignalRule.AbsenceAboveThreshold, signal.Rule);
        Assert.Contains("meer dan de grens van 8 uur", signal.Evidence, StringComparison.Ordinal);
        Assert.Contains("Lagere drempel door de intake", signal.Evidence, StringComparison.Ordinal);
        Assert.Empty(await SignalsAsync(without.Id));
    }

    [Fact]
    public async Task A_resolved_signal_is_not_raised_again_the_same_week_and_the_sweep_finds_students_the_import_did_not_evaluate()
    {
        var student = await StudentAsync(null, (1, 9m, false), (0, 9m, false));

        await SignalSweep.RunOnceAsync(fixture.Scopes, new DateTimeOffset(Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), CancellationToken.None);
        var signal = Assert.Single(await SignalsAsync(student.Id));
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest("Gesprek gehad"))).AssertStatusAsync(HttpStatusCode.OK);

        Assert.Equal(0, await EvaluateAsync(Day, student.Id));
        Assert.Single(await SignalsAsync(student.Id));
    }

    [Fact]
    public async Task An_import_evaluates_the_students_it_changed_and_workplace_absence_counts_too()
    {
        var imported = TestData.Student(_mentor);
        imported.StudentNumber = $"S{Guid.NewGuid():N}"[..12];
        var company = Guid.NewGuid();
        var placement = TestData.Placement(imported.Id, company, start: Today.AddDays(-60));
        await fixture.RunAsync(db =>
        {
            db.Students.Add(imported);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });

        // 10 school hours: not yet above 16 (the rule runs after the import's answer; 3 rising hours this week mark when it has).
        var csv = $"studentNumber;date;hours;authorised\n{imported.StudentNumber};{Iso(Monday(1))};5;nee\n{imported.StudentNumber};{Iso(Monday(1).AddDays(1))};5;nee\n";
        await (await fixture.Coordinator().ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.OK);

        // 7 workplace hours make 17.
        await (await fixture.Trainer(company).PostJsonAsync($"/api/placements/{placement.Id}/absences", new WorkplaceAbsenceRequest(Monday(1).AddDays(2), 7m, false)))
            .AssertStatusAsync(HttpStatusCode.OK);
        Assert.Single(await SignalsAsync(imported.Id), s => s.Rule == SignalRule.AbsenceAboveThreshold);
    }

    [Fact]
    public async Task An_import_raises_the_signal_for_the_students_it_changed_after_it_answers()
    {
        var student = TestData.Student(_mentor);
        student.StudentNumber = $"S{Guid.NewGuid():N}"[..12];
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            return db.SaveChangesAsync();
        });
        var csv = $"studentNumber;date;hours;authorised\n{student.StudentNumber};{Iso(Monday(1))};9;nee\n{student.StudentNumber};{Iso(Monday(1).AddDays(1))};9;nee\n";

        await (await fixture.Coordinator().ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.OK);

        await PartnershipHub.Testing.Eventually.WaitAsync(() => SignalsAsync(student.Id), signals => signals.Any(s => s.Rule == SignalRule.AbsenceAboveThreshold), what: "absence signal");
    }
}
