using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Security;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using static PartnershipHub.Notifications.Tests.Rules.RulesScenario;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>
/// The end-of-placement survey (Insights' events): the student and the placement's trainer are each asked once, with a
/// link to the survey, as information that never becomes a work item; the answer marks the line read.
/// </summary>
public sealed class SurveyRulesTests(NotificationsApiFixture fixture) : RulesTestBase(fixture)
{
    private static readonly DateOnly ClosesOn = new(2027, 4, 12);

    private async Task<(Guid Student, Guid Company, Guid Trainer, PlacementSnapshot Placement)> EndedPlacementAsync()
    {
        var company = Guid.NewGuid();
        var trainer = await Scenario.TrainerAsync(company);
        var student = await Scenario.StudentAsync(null);
        var placement = Placement(student, company, trainer, PlacementStatus.Active, MondayDate.AddDays(-120));
        await Scenario.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        await Scenario.PublishAsync(new PlacementEnded(placement with { Status = PlacementStatus.Completed }, MondayDate, false, null, null, 4));
        return (student, company, trainer, placement);
    }

    private static PlacementSurveyOpened Opened(PlacementSnapshot placement, string respondent, Guid? trainerId = null) =>
        new(Guid.NewGuid(), placement.PlacementId, placement.StudentId, placement.CompanyId, trainerId ?? placement.TrainerId, respondent, ClosesOn, Monday.AddHours(1));

    private async Task<List<Notification>> SurveyLinesAsync(RecipientKind kind, Guid recipientId) =>
        [.. (await Scenario.NotificationsForAsync(kind, recipientId)).Where(n => n.Kind == NotificationKind.SurveyToAnswer)];

    private static async Task<JsonElement> InboxAsync(HttpClient client, string language)
    {
        using var response = await client.GetAsync($"/api/notifications?language={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private HttpClient StudentClient(Guid student) => Scenario.Fixture.CreateClient(TestTokens.Student(Scenario.Fixture.Audience, student));

    private HttpClient TrainerClient(Guid trainer, Guid company) => Scenario.Fixture.CreateClient(TestTokens.For(
        Scenario.Fixture.Audience, Roles.Trainer, [(CurrentRecipients.EmailClaim, $"{trainer:N}@company.example"), (ClaimNames.CompanyId, company.ToString())]));

    [Fact]
    public async Task The_student_and_the_trainer_are_each_asked_with_the_surveys_link_in_their_language()
    {
        var (student, company, trainer, placement) = await EndedPlacementAsync();
        var toStudent = Opened(placement, "student");
        var toTrainer = Opened(placement, "trainer");

        await Scenario.PublishAsync(toStudent);
        await Scenario.PublishAsync(toTrainer);

        var studentLine = Assert.Single(await SurveyLinesAsync(RecipientKind.Student, student));
        Assert.Equal($"/enquete/{toStudent.SurveyId}", studentLine.Link);
        Assert.Null(studentLine.WorkItemId);
        Assert.Equal((student, company), (studentLine.StudentId!.Value, studentLine.CompanyId!.Value));
        var trainerLine = Assert.Single(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
        Assert.Equal($"/enquete/{toTrainer.SurveyId}", trainerLine.Link);
        Assert.Null(trainerLine.WorkItemId);

        // What each reads in the bell, in Dutch and in English: the company from the placement, the last day to answer.
        var nl = (await InboxAsync(StudentClient(student), "nl")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "surveyToAnswer");
        Assert.Equal("Enquête over je stage", nl.GetProperty("title").GetString());
        Assert.Equal("Hoe was de stage bij Bakkerij Brood & Zo? Vul uiterlijk 12 april 2027 de korte enquête in (5 minuten).", nl.GetProperty("body").GetString());
        Assert.Equal($"/enquete/{toStudent.SurveyId}", nl.GetProperty("link").GetString());
        var en = (await InboxAsync(StudentClient(student), "en")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "surveyToAnswer");
        Assert.Equal("Survey about your placement", en.GetProperty("title").GetString());
        Assert.Equal("How was your placement at Bakkerij Brood & Zo? Fill in the short survey (5 minutes) by 12 April 2027.", en.GetProperty("body").GetString());

        var trainerNl = (await InboxAsync(TrainerClient(trainer, company), "nl")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "surveyToAnswer");
        Assert.Equal("Enquête over de stage", trainerNl.GetProperty("title").GetString());
        Assert.Equal("Hoe ging de stage van Sanne de Vries bij Bakkerij Brood & Zo? Vul uiterlijk 12 april 2027 de korte enquête in (5 minuten).",
            trainerNl.GetProperty("body").GetString());
        Assert.Equal($"/enquete/{toTrainer.SurveyId}", trainerNl.GetProperty("link").GetString());
        var trainerEn = (await InboxAsync(TrainerClient(trainer, company), "en")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "surveyToAnswer");
        Assert.Equal("How did the placement of Sanne de Vries at Bakkerij Brood & Zo go? Fill in the short survey (5 minutes) by 12 April 2027.",
            trainerEn.GetProperty("body").GetString());

        // Information, not a work item: past the closing day nothing is due and nothing escalates to the school.
        await Scenario.RunDueItemsAsync(Monday.AddDays(60));
        await Scenario.RunEscalationAsync(Monday.AddDays(60));
        Assert.Empty(await Scenario.ItemsAsync(NotificationKind.SurveyToAnswer, student));
        Assert.Empty(await Scenario.Fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications
            .Where(n => n.Kind == NotificationKind.SurveyToAnswer && n.StudentId == student).ToList()
            .Where(n => n.RecipientKind == RecipientKind.Staff || n.Escalated).ToList())));
        Assert.Single(await SurveyLinesAsync(RecipientKind.Student, student));
    }

    [Fact]
    public async Task A_redelivered_or_republished_survey_adds_nothing()
    {
        var (student, _, trainer, placement) = await EndedPlacementAsync();
        var toStudent = Opened(placement, "student");
        var toTrainer = Opened(placement, "trainer");

        await Scenario.PublishOnlyAsync(toStudent);
        await Scenario.PublishAsync(toStudent);
        // The same survey under a new message id (Insights sent it again): the survey id is the key.
        await Scenario.PublishAsync(toStudent with { EventId = Guid.NewGuid(), OpenedAt = Monday.AddDays(1) });
        await Scenario.PublishAsync(toTrainer);
        await Scenario.PublishAsync(toTrainer with { EventId = Guid.NewGuid() });

        Assert.Single(await SurveyLinesAsync(RecipientKind.Student, student));
        Assert.Single(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
    }

    [Fact]
    public async Task An_answer_marks_that_surveys_line_read_and_nothing_else()
    {
        var (student, company, trainer, placement) = await EndedPlacementAsync();
        var toStudent = Opened(placement, "student");
        var toTrainer = Opened(placement, "trainer");
        await Scenario.PublishAsync(toStudent);
        await Scenario.PublishAsync(toTrainer);
        var before = await Scenario.Fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications.Count()));
        var answeredAt = Monday.AddDays(2).AddHours(3);

        await Scenario.PublishAsync(new PlacementSurveyAnswered(toStudent.SurveyId, placement.PlacementId, student, company, trainer, "student", answeredAt));

        var studentLine = Assert.Single(await SurveyLinesAsync(RecipientKind.Student, student));
        Assert.Equal(answeredAt, studentLine.ReadAt);
        // The trainer's survey is another one: still to answer.
        var trainerLine = Assert.Single(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
        Assert.Null(trainerLine.ReadAt);
        Assert.Equal(before, await Scenario.Fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications.Count())));
        Assert.Empty(await Scenario.ItemsForAsync(RecipientKind.Student, student));

        // A late redelivery of the opening (another message id) does not ask again; a second answer event changes nothing.
        await Scenario.PublishAsync(toStudent with { EventId = Guid.NewGuid() });
        await Scenario.PublishAsync(new PlacementSurveyAnswered(toStudent.SurveyId, placement.PlacementId, student, company, trainer, "student", answeredAt.AddDays(1)));
        var again = Assert.Single(await SurveyLinesAsync(RecipientKind.Student, student));
        Assert.Equal(answeredAt, again.ReadAt);

        await Scenario.PublishAsync(new PlacementSurveyAnswered(toTrainer.SurveyId, placement.PlacementId, student, company, trainer, "trainer", answeredAt));
        Assert.Equal(answeredAt, Assert.Single(await SurveyLinesAsync(RecipientKind.Trainer, trainer)).ReadAt);
    }

    [Fact]
    public async Task Nobody_unknown_or_erased_is_asked_and_no_error_is_logged()
    {
        var log = CapturedLog.AttachTo(Scenario.Fixture.Factory.Services);
        var (student, company, trainer, placement) = await EndedPlacementAsync();

        // A student whose copy never arrived; a trainer id nobody registered; a respondent kind added later.
        var stranger = Guid.NewGuid();
        await Scenario.PublishAsync(Opened(placement with { StudentId = stranger }, "student"));
        var unknownTrainer = Guid.NewGuid();
        await Scenario.PublishAsync(Opened(placement, "trainer", unknownTrainer));
        await Scenario.PublishAsync(Opened(placement, "parent"));
        await Scenario.PublishAsync(Opened(placement, "trainer") with { TrainerId = null });

        // An erased trainer, and an erased student (for whom nobody is asked, their trainer neither).
        var erasedTrainer = await Scenario.TrainerAsync(company, "Gewiste Trainer");
        await Scenario.PublishAsync(new TrainerErased(erasedTrainer, company, 5));
        await Scenario.PublishAsync(Opened(placement, "trainer", erasedTrainer));
        await Scenario.PublishAsync(new StudentErased(student));
        await Scenario.PublishAsync(Opened(placement, "student"));
        await Scenario.PublishAsync(Opened(placement, "trainer"));

        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Student, stranger));
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, unknownTrainer));
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, erasedTrainer));
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Student, student));
        Assert.Empty(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
        Assert.Empty(await Scenario.Fixture.InDatabaseAsync(db => Task.FromResult(db.Notifications
            .Where(n => n.Kind == NotificationKind.SurveyToAnswer && n.CompanyId == company).ToList())));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task A_trainer_of_another_company_or_no_longer_active_is_not_addressed()
    {
        var (student, company, trainer, placement) = await EndedPlacementAsync();
        var otherCompany = Guid.NewGuid();
        var elsewhere = await Scenario.TrainerAsync(otherCompany, "Elders Werkzaam");
        var deactivated = await Scenario.TrainerAsync(company, "Oud Collega");
        await Scenario.PublishAsync(new TrainerDeactivated(deactivated, company, 5));

        await Scenario.PublishAsync(Opened(placement, "trainer", elsewhere));
        await Scenario.PublishAsync(Opened(placement, "trainer", deactivated));

        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, elsewhere));
        Assert.Empty(await Scenario.NotificationsForAsync(RecipientKind.Trainer, deactivated));
        Assert.Empty(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
        Assert.Empty(await SurveyLinesAsync(RecipientKind.Student, student));

        // The placement's own trainer is: only they see it in their bell, not the trainer at the other company.
        var toTrainer = Opened(placement, "trainer");
        await Scenario.PublishAsync(toTrainer);
        Assert.Single(await SurveyLinesAsync(RecipientKind.Trainer, trainer));
        var otherBell = await InboxAsync(TrainerClient(elsewhere, otherCompany), "nl");
        Assert.DoesNotContain(otherBell.GetProperty("items").EnumerateArray(), i => i.GetProperty("link").GetString() == $"/enquete/{toTrainer.SurveyId}");
    }
}
