using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Tests.Rules;

public sealed class NotificationTextsTests
{
    private static readonly Dictionary<string, string> Hours = new()
    {
        ["studentName"] = "Sanne de Vries",
        ["companyName"] = "Bakkerij Brood & Zo",
        ["weekStart"] = "2027-03-08",
    };

    [Fact]
    public void Every_kind_has_a_title_and_a_sentence_in_both_languages_and_escalated()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            foreach (var language in new[] { "nl", "en" })
            {
                foreach (var escalated in new[] { false, true })
                {
                    var (title, body) = NotificationTexts.Render(kind, Hours, language, escalated);
                    Assert.False(string.IsNullOrWhiteSpace(title), $"{kind} {language} has no title");
                    Assert.NotEqual(kind.ToString(), title);
                    Assert.EndsWith(".", body);
                    Assert.DoesNotContain("  ", body);
                    Assert.DoesNotContain("{", body);
                }
            }
        }
    }

    [Fact]
    public void Hours_to_approve_names_the_student_and_writes_the_week_out_in_the_language()
    {
        Assert.Equal(
            ("Uren goedkeuren", "Keur de uren van Sanne de Vries voor de week van 8 maart 2027 goed of af."),
            NotificationTexts.Render(NotificationKind.HoursToApprove, Hours, "nl", escalated: false));
        Assert.Equal(
            ("Approve hours", "Approve or reject the hours Sanne de Vries logged for the week of 8 March 2027."),
            NotificationTexts.Render(NotificationKind.HoursToApprove, Hours, "EN", escalated: false));
    }

    [Fact]
    public void An_escalated_notification_says_who_has_not_done_it_yet()
    {
        var parameters = new Dictionary<string, string>(Hours) { ["recipientName"] = "Tessa Trainer" };

        var (title, body) = NotificationTexts.Render(NotificationKind.HoursToApprove, parameters, "nl", escalated: true);

        Assert.Equal("Nog niet gedaan: Uren goedkeuren", title);
        Assert.Equal("Tessa Trainer heeft dit nog niet gedaan: de uren van Sanne de Vries voor de week van 8 maart 2027 goedkeuren.", body);
        Assert.StartsWith("Tessa Trainer has not done this yet: approve the hours of Sanne de Vries",
            NotificationTexts.Render(NotificationKind.HoursToApprove, parameters, "en", escalated: true).Body);
    }

    [Fact]
    public void Missing_values_read_as_words_not_blanks()
    {
        var (_, body) = NotificationTexts.Render(NotificationKind.AgreementToSign, new Dictionary<string, string>(), "nl", escalated: false);

        Assert.Equal("Teken vóór binnenkort de praktijkovereenkomst van een student bij het leerbedrijf.", body);
    }

    [Fact]
    public void Counts_agree_in_number()
    {
        var one = new Dictionary<string, string> { ["count"] = "1", ["periodName"] = "Periode 3", ["periodStart"] = "2027-04-12" };
        var many = new Dictionary<string, string>(one) { ["count"] = "14" };

        Assert.Equal("1 student heeft nog geen plek voor Periode 3, dat begint op 12 april 2027.",
            NotificationTexts.Render(NotificationKind.StudentsUnplaced, one, "nl", false).Body);
        Assert.Equal("14 students have no placement yet for Periode 3, which starts on 12 April 2027.",
            NotificationTexts.Render(NotificationKind.StudentsUnplaced, many, "en", false).Body);
    }

    [Theory]
    [InlineData("nl", "12 maart 2027")]
    [InlineData("en", "12 March 2027")]
    [InlineData("de", "12 maart 2027")]
    public void Dates_are_written_out(string language, string expected) =>
        Assert.Equal(expected, NotificationTexts.FormatDate(new DateOnly(2027, 3, 12), language));

    [Theory]
    [InlineData("repeatedNeedsAttention")]
    [InlineData("trainerSelfDiscrepancy")]
    [InlineData("reviewOverdue")]
    [InlineData("earlyLeavingWatch")]
    [InlineData("placementEndedEarly")]
    [InlineData("placementAtRisk")]
    [InlineData("noSchoolCompanyContact")]
    [InlineData("hoursBehindPlan")]
    [InlineData("manual")]
    [InlineData("helpRequestUnanswered")]
    [InlineData("workplaceConcern")]
    [InlineData("absenceAboveThreshold")]
    [InlineData("absenceRising")]
    [InlineData("aRuleAddedLater")]
    public void A_signal_says_what_it_is_about_in_words_never_the_rule_name(string rule)
    {
        var parameters = new Dictionary<string, string> { ["studentName"] = "Sanne de Vries", ["rule"] = rule };
        foreach (var language in new[] { "nl", "en" })
        {
            var (_, body) = NotificationTexts.Render(NotificationKind.SignalRaised, parameters, language, escalated: false);
            Assert.DoesNotContain(rule, body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Sanne de Vries", body);
        }
    }

    [Fact]
    public void A_survey_without_a_closing_day_still_reads_as_a_sentence()
    {
        var toStudent = new Dictionary<string, string> { ["companyName"] = "Bakkerij Brood & Zo", ["addressee"] = "student" };
        Assert.Equal("Hoe was de stage bij Bakkerij Brood & Zo? Vul de korte enquête in (5 minuten).",
            NotificationTexts.Render(NotificationKind.SurveyToAnswer, toStudent, "nl", escalated: false).Body);
        Assert.Equal("How was your placement at the company? Fill in the short survey (5 minutes) by 12 April 2027.",
            NotificationTexts.Render(NotificationKind.SurveyToAnswer, new Dictionary<string, string> { ["addressee"] = "student", ["dueDate"] = "2027-04-12" }, "en", escalated: false).Body);
    }

    [Fact]
    public void A_planned_review_speaks_to_the_student_and_about_the_student_to_the_trainer()
    {
        var aboutStudent = new Dictionary<string, string> { ["studentName"] = "Sanne de Vries", ["reviewDate"] = "2027-03-12" };
        var toStudent = new Dictionary<string, string>(aboutStudent) { ["addressee"] = "student" };
        Assert.Equal("Je voortgangsbespreking is gepland op 12 maart 2027.",
            NotificationTexts.Render(NotificationKind.ReviewScheduled, toStudent, "nl", escalated: false).Body);
        Assert.Equal("Your progress review is planned for 12 March 2027.",
            NotificationTexts.Render(NotificationKind.ReviewScheduled, toStudent, "en", escalated: false).Body);
        Assert.Equal("De voortgangsbespreking van Sanne de Vries is gepland op 12 maart 2027.",
            NotificationTexts.Render(NotificationKind.ReviewScheduled, aboutStudent, "nl", escalated: false).Body);
    }
}
