namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>Each section's report as a table: the figures the JSON holds, suppressed ones left empty with a word why.</summary>
internal static class DashboardCsv
{
    public static CsvTable EarlyLeaving(EarlyLeavingReport report, CsvTexts t)
    {
        var table = new CsvTable(t["part"], t["breakdown"], t["category"], t["count"]);
        if (report.Suppressed)
        {
            return table.Row(t["notShown"], null, null, null);
        }

        table.Row(t["students"], t["total"], null, report.Students);
        var placements = report.Placements!;
        table.Row(t["placements"], t["started"], null, placements.Started);
        table.Row(t["placements"], t["endedEarly"], null, placements.EndedEarly);
        Breakdown(table, t, t["placements"], "monthAfterStart", placements.ByMonth, placements.ByReason);
        var enrolments = report.Enrolments!;
        table.Row(t["enrolments"], t["enrolled"], null, enrolments.Enrolled);
        table.Row(t["enrolments"], t["leftEarly"], null, enrolments.LeftEarly);
        Breakdown(table, t, t["enrolments"], "monthAfterEnrolment", enrolments.ByMonth, enrolments.ByReason);
        return table;
    }

    public static CsvTable Companies(bool suppressed, IReadOnlyList<CompanyRow> rows, double? programmeAverage, CsvTexts t)
    {
        var table = new CsvTable(
            t["company"], t["started"], t["completed"], t["endedEarly"], t["endedEarlyFirstThreeMonths"], t["averageScore"], t["responses"], t["programmeAverage"], t["flags"]);
        if (suppressed)
        {
            return table.Row(t["notShown"], null, null, null, null, null, null, null, null);
        }

        foreach (var row in rows)
        {
            table.Row(
                row.Name, row.Started, row.Completed, row.EndedEarly, row.EndedEarlyFirstThreeMonths, row.AverageScore, row.Responses, programmeAverage,
                string.Join("; ", row.Flags.Select(f => t[f])));
        }

        return table;
    }

    public static CsvTable Signals(SignalsReport report, CsvTexts t)
    {
        var table = new CsvTable(t["rule"], t["signals"], t["urgent"], t["resolvedShare"], t["medianHours"]);
        if (report.Suppressed)
        {
            return table.Row(t["notShown"], null, null, null, null);
        }

        table.Row(t["total"], report.Total, null, report.ResolvedShare, report.MedianHoursToFirstResponse);
        foreach (var rule in report.ByRule)
        {
            table.Row(rule.Suppressed ? $"{t[rule.Rule]}: {t["notShownCell"]}" : t[rule.Rule], rule.Count, rule.Urgent, rule.ResolvedShare, rule.MedianHoursToFirstResponse);
        }

        return table;
    }

    public static CsvTable Assessments(AssessmentsReport report, CsvTexts t)
    {
        var table = new CsvTable(t["criterion"], t["quarter"], t["averageLevel"], t["assessments"], t["school"], t["workplace"]);
        if (report.Suppressed)
        {
            return table.Row(t["notShown"], null, null, null, null, null);
        }

        table.Row(t["studentsAssessed"], null, report.StudentsAssessed, null, null, null);
        table.Row(t["studentsWithDiscrepancy"], null, report.StudentsWithDiscrepancy, null, null, null);
        table.Row(t["discrepancyShare"], null, report.DiscrepancyShare, null, null, null);
        foreach (var criterion in report.Criteria)
        {
            foreach (var point in criterion.Points)
            {
                table.Row(t[criterion.CriterionKey], point.Suppressed ? $"{point.Quarter}: {t["notShownCell"]}" : point.Quarter, point.AverageLevel, point.Assessments, point.School, point.Workplace);
            }
        }

        return table;
    }

    public static CsvTable Progression(ProgressionReport report, CsvTexts t)
    {
        var table = new CsvTable(t["wish"], t["students"], t["followedUp"], t["goalMet"], t["stillEnrolled"], t["graduated"], t["movedUp"], t["leftEarly"]);
        if (report.Suppressed)
        {
            return table.Row(t["notShown"], null, null, null, null, null, null, null);
        }

        table.Row(t["total"], report.StudentsWithIntake, null, null, null, null, null, null);
        foreach (var wish in report.Wishes)
        {
            table.Row(
                wish.Suppressed ? $"{t[wish.Wish]}: {t["notShownCell"]}" : t[wish.Wish], wish.Students, wish.FollowedUp, wish.GoalMet,
                wish.Outcomes?.StillEnrolled, wish.Outcomes?.Graduated, wish.Outcomes?.MovedUp, wish.Outcomes?.LeftEarly);
        }

        return table;
    }

    private static void Breakdown(CsvTable table, CsvTexts t, string part, string monthLabel, IReadOnlyList<MonthCount> months, IReadOnlyList<ReasonCount> reasons)
    {
        foreach (var month in months)
        {
            table.Row(part, t[monthLabel], month.Month + 1, month.Count ?? (object)t["notShownCell"]);
        }

        foreach (var reason in reasons)
        {
            table.Row(part, t["reason"], t[reason.Reason], reason.Count ?? (object)t["notShownCell"]);
        }
    }
}
