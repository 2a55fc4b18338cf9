using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Insights;
using PartnershipHub.Portal.Localization;
using PartnershipHub.Portal.Progress;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PartnershipHub.Portal.Growth;

/// <summary>
/// The growth document a mentor brings to a parent meeting (A4, in the language of the request, dates and numbers as
/// that language writes them): the workplace's and the school's latest assessments side by side per criterion, with
/// what each assessor saw; the attitude criteria over time (one line per assessor role), the feed-forward, the
/// development plan's goals and the reviews held.
/// </summary>
public sealed class GrowthDocumentBuilder(IStringLocalizer<SharedResource> text)
{
    private static readonly XColor[] RoleColours =
        [XColor.FromArgb(31, 78, 140), XColor.FromArgb(138, 59, 18), XColor.FromArgb(27, 94, 32), XColor.FromArgb(106, 27, 154), XColor.FromArgb(90, 90, 90)];

    private const double Margin = 50;
    private XGraphics _graphics = null!;
    private PdfDocument _document = null!;
    private double _y;

    private readonly XFont Title = new(EmbeddedFontResolver.Family, 18, XFontStyleEx.Bold);
    private readonly XFont Heading = new(EmbeddedFontResolver.Family, 13, XFontStyleEx.Bold);
    private readonly XFont Body = new(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Regular);
    private readonly XFont BodyBold = new(EmbeddedFontResolver.Family, 9.5, XFontStyleEx.Bold);
    private readonly XFont Small = new(EmbeddedFontResolver.Family, 7.5, XFontStyleEx.Regular);

    static GrowthDocumentBuilder()
    {
        PdfSharp.Fonts.GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
    }

    public byte[] Build(GrowthDocumentData data)
    {
        var progress = data.Progress;
        _document = new PdfDocument();
        _document.Info.Title = $"{text["Pdf.Title"]} {progress.Name}";
        NewPage();

        Line(text["Pdf.Title"], Title, 26);
        Line($"{progress.Name} · {progress.StudentNumber} · {progress.Cohort}", Body);
        if (progress.Enrolment is { } enrolment)
        {
            Line($"{enrolment.QualificationName} ({enrolment.Crebo})", Body);
        }

        Line(string.Format(CultureInfo.CurrentCulture, text["Pdf.MadeOn"], InsightsFormat.Date(data.MadeAt)), Body, 20);
        if (progress.Placement is { } placement)
        {
            Line($"{text["Mentor.Placement"]}: {placement.CompanyName} · {text["Mentor.Trainer"]}: {placement.TrainerName}", Body);
        }

        if (progress.Hours is { } hours)
        {
            Line(string.Format(CultureInfo.CurrentCulture, text["Pdf.Hours"], Hours(hours.Approved), Hours(hours.PlannedToDate), Hours(hours.PlannedTotal)), Body);
        }

        _y += 8;
        SideBySide(progress, data.Assessments);

        Line(text["Mentor.Attitude"], Heading, 18);
        Line(text["Mentor.AttitudeHelp"], Small, 14);
        foreach (var criterion in progress.Criteria)
        {
            Chart(CriterionChartData.Build(criterion));
        }

        Line(text["Pdf.FeedForward"], Heading, 18);
        var feedForward = Current(data.Assessments)
            .OrderBy(a => a.SubmittedAt)
            .SelectMany(a => a.FeedForward.Select(f => $"{Date(a.SubmittedAt)} · {text[$"Role.{a.Role}"]}: {f.Text}"))
            .ToList();
        Paragraphs(feedForward.Count == 0 ? [text["Review.NoFeedForward"]] : feedForward);

        Line(text["Pdf.Plan"], Heading, 18);
        Paragraphs(progress.Goals.Count == 0 ? [text["Mentor.NoGoals"]] : [.. progress.Goals.Select(Goal)]);

        Line(text["Pdf.Reviews"], Heading, 18);
        var held = data.Reviews.Where(r => r.Status == "held").OrderBy(r => r.HeldAt).ToList();
        Paragraphs(held.Count == 0 ? [text["Pdf.NoReviews"]] : [.. held.Select(r => $"{Date(r.HeldAt)}: {r.Discussion}")]);

        using var output = new MemoryStream();
        _graphics.Dispose();
        _document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>Submitted assessments that no later revision replaced.</summary>
    private static IEnumerable<Assessment> Current(IEnumerable<Assessment> assessments) =>
        assessments.Where(a => a.Status == "submitted" && a.SupersededById is null);

    /// <summary>
    /// Per criterion the latest assessment of the workplace (the trainer) beside the latest of the school (mentor or
    /// teacher): the level and what the assessor saw, which the mentor otherwise never reads.
    /// </summary>
    private void SideBySide(StudentProgress progress, IReadOnlyList<Assessment> assessments)
    {
        var trainer = Current(assessments).Where(a => a.Role == "trainer").MaxBy(a => a.SubmittedAt);
        var school = Current(assessments).Where(a => a.Role is "mentor" or "teacher").MaxBy(a => a.SubmittedAt);
        Line(text["Pdf.SideBySide"], Heading, 18);
        Line(text["Pdf.SideBySideHelp"], Small, 14);

        var criterionWidth = 120.0;
        var column = (_graphics.PageSize.Width - 2 * Margin - criterionWidth - 20) / 2;
        var trainerLeft = Margin + criterionWidth + 10;
        var schoolLeft = trainerLeft + column + 10;
        string Header(Assessment? assessment, string who) => assessment is null
            ? $"{who}: {text["Pdf.NotAssessed"]}"
            : $"{who} · {Date(assessment.SubmittedAt)}{(assessment.AssessorName is { Length: > 0 } name ? $" · {name}" : "")}";
        var headers = new[]
        {
            (Margin, criterionWidth, Wrap(text["Pdf.Criterion"], BodyBold, criterionWidth)),
            (trainerLeft, column, Wrap(Header(trainer, text["Role.trainer"]), BodyBold, column)),
            (schoolLeft, column, Wrap(Header(school, school is null ? text["Pdf.School"] : $"{text["Pdf.School"]} ({text[$"Role.{school.Role}"]})"), BodyBold, column)),
        };
        Row(headers, BodyBold);

        foreach (var criterion in progress.Criteria)
        {
            Row(
                [
                    (Margin, criterionWidth, Wrap(criterion.Name, Body, criterionWidth)),
                    (trainerLeft, column, Judgement(trainer, criterion.Key, column)),
                    (schoolLeft, column, Judgement(school, criterion.Key, column)),
                ],
                Body);
        }

        _y += 10;
    }

    private List<string> Judgement(Assessment? assessment, string criterionKey, double width)
    {
        if (assessment?.Ratings.FirstOrDefault(r => r.CriterionKey == criterionKey) is not { } rating)
        {
            return ["–"];
        }

        var lines = Wrap(text[$"Level.{rating.Level}"], Body, width);
        if (!string.IsNullOrWhiteSpace(rating.Observation))
        {
            lines.AddRange(Wrap($"{text["Pdf.Observation"]} {rating.Observation}", Body, width));
        }

        return lines;
    }

    /// <summary>One table row: each cell's lines from its left edge, a thin rule under it; a new page when it does not fit.</summary>
    private void Row(IReadOnlyList<(double Left, double Width, List<string> Lines)> cells, XFont font)
    {
        const double lineHeight = 12;
        var height = cells.Max(c => c.Lines.Count) * lineHeight + 6;
        Ensure(height);
        foreach (var (left, width, lines) in cells)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                _graphics.DrawString(lines[i], font, XBrushes.Black, new XRect(left, _y + i * lineHeight, width, lineHeight), XStringFormats.TopLeft);
            }
        }

        _y += height;
        _graphics.DrawLine(new XPen(XColors.LightGray, 0.5), Margin, _y - 3, _graphics.PageSize.Width - Margin, _y - 3);
    }

    private string Goal(PlanGoal goal)
    {
        var line = $"• {goal.Title} ({text[$"Goal.Status.{goal.Status}"]})";
        if (goal.ConcernsWorkplace)
        {
            line += $" · {text["Pdf.Workplace"]}";
        }

        return string.IsNullOrWhiteSpace(goal.Note) ? line : $"{line}: {goal.Note}";
    }

    private static string Date(DateTimeOffset? moment) => moment is { } at ? InsightsFormat.Date(at) : "";

    private static string Hours(double hours) => hours.ToString("#,0.#", CultureInfo.CurrentCulture);

    private List<string> Wrap(string value, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_graphics.MeasureString(candidate, font).Width > width && line.Length > 0)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void Ensure(double height)
    {
        if (_y + height > _graphics.PageSize.Height - Margin)
        {
            NewPage();
        }
    }

    private void Line(string value, XFont font, double after = 14)
    {
        Ensure(after);
        _graphics.DrawString(value, font, XBrushes.Black, new XRect(Margin, _y, _graphics.PageSize.Width - 2 * Margin, after), XStringFormats.TopLeft);
        _y += after;
    }

    private void Paragraphs(IEnumerable<string> paragraphs)
    {
        var width = _graphics.PageSize.Width - 2 * Margin;
        foreach (var paragraph in paragraphs)
        {
            var lines = Wrap(paragraph, Body, width);
            for (var i = 0; i < lines.Count; i++)
            {
                Line(lines[i], Body, i == lines.Count - 1 ? 15 : 13);
            }
        }
    }

    private void Chart(CriterionChartData chart)
    {
        const double height = 70;
        Ensure(height + 40);
        var left = Margin + 70;
        var width = _graphics.PageSize.Width - Margin - left - 110;
        _graphics.DrawString(chart.Name + (chart.Discrepancy ? $"  ({text["Mentor.Discrepancy"]})" : ""), Body, XBrushes.Black, Margin, _y + 10);
        _y += 16;
        var top = _y;
        var axis = new XPen(XColors.Gray, 0.5);
        for (var level = 1; level <= 4; level++)
        {
            var y = top + height - (level - 1) / 3.0 * height;
            _graphics.DrawLine(axis, left, y, left + width, y);
            _graphics.DrawString(LevelName(level), Small, XBrushes.Black, Margin, y + 3);
        }

        if (chart.Dates.Count == 0)
        {
            _graphics.DrawString(text["Mentor.NoAssessments"], Small, XBrushes.Black, left + 5, top + height / 2);
        }

        double X(int index) => chart.Dates.Count == 1 ? left + width / 2 : left + index * width / (chart.Dates.Count - 1);
        double Y(double score) => top + height - (score - 1) / 3.0 * height;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var pen = new XPen(RoleColours[s % RoleColours.Length], 1.6);
            var brush = new XSolidBrush(RoleColours[s % RoleColours.Length]);
            for (var i = 0; i < series.Values.Length; i++)
            {
                if (double.IsNaN(series.Values[i]))
                {
                    continue;
                }

                _graphics.DrawEllipse(brush, X(i) - 2, Y(series.Values[i]) - 2, 4, 4);
                if (i > 0 && !double.IsNaN(series.Values[i - 1]))
                {
                    _graphics.DrawLine(pen, X(i - 1), Y(series.Values[i - 1]), X(i), Y(series.Values[i]));
                }
            }

            _graphics.DrawLine(pen, left + width + 10, top + 6 + s * 11, left + width + 22, top + 6 + s * 11);
            _graphics.DrawString(text[$"Role.{series.Role}"], Small, XBrushes.Black, left + width + 25, top + 9 + s * 11);
        }

        for (var i = 0; i < chart.Dates.Count; i++)
        {
            if (chart.Dates.Count <= 8 || i % (chart.Dates.Count / 8 + 1) == 0)
            {
                _graphics.DrawString(chart.Dates[i].ToString("d MMM", CultureInfo.CurrentCulture), Small, XBrushes.Black, X(i) - 10, top + height + 10);
            }
        }

        _y = top + height + 22;
    }

    private string LevelName(int level) => level switch
    {
        1 => text["Level.needsAttention"],
        2 => text["Level.developing"],
        3 => text["Level.competent"],
        _ => text["Level.strong"],
    };
}
