using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Features.Preferences;
using PartnershipHub.Notifications.Security;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using static PartnershipHub.Notifications.Tests.Delivery.DeliveryData;

namespace PartnershipHub.Notifications.Tests.Delivery;

public sealed class PreferencesApiTests(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>
{
    private const string Route = "/api/notifications/preferences";

    [Fact]
    public async Task A_person_without_choices_gets_the_defaults_and_the_kinds_of_their_audience()
    {
        using var client = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid()));

        var body = await ReadAsync(await client.GetAsync(Route));

        Assert.Equal(7, body.GetProperty("digestHour").GetInt32());
        Assert.False(body.GetProperty("immediate").GetBoolean());
        Assert.Equal("20:00", body.GetProperty("quietFrom").GetString());
        Assert.Equal("07:00", body.GetProperty("quietUntil").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("language").ValueKind);
        var kinds = body.GetProperty("kinds").EnumerateArray().ToList();
        Assert.Equal(
            NotificationKinds.For(RecipientKind.Staff).Select(Camel),
            kinds.Select(k => k.GetProperty("kind").GetString()));
        Assert.All(kinds, k => Assert.False(k.GetProperty("muted").GetBoolean()));
    }

    [Fact]
    public async Task Saved_choices_are_read_back_and_required_kinds_are_marked()
    {
        var student = Guid.NewGuid();
        using var client = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));

        var saved = await ReadAsync(await client.PutAsJsonAsync(Route, new
        {
            digestHour = 16,
            immediate = true,
            quietFrom = "22:30",
            quietUntil = "06:15",
            language = "EN",
            mutedKinds = new[] { "reviewScheduled", "reviewScheduled" },
        }));
        var read = await ReadAsync(await client.GetAsync(Route));

        foreach (var body in new[] { saved, read })
        {
            Assert.Equal(16, body.GetProperty("digestHour").GetInt32());
            Assert.True(body.GetProperty("immediate").GetBoolean());
            Assert.Equal("22:30", body.GetProperty("quietFrom").GetString());
            Assert.Equal("06:15", body.GetProperty("quietUntil").GetString());
            Assert.Equal("en", body.GetProperty("language").GetString());
            var kinds = body.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
            Assert.True(kinds["reviewScheduled"].GetProperty("muted").GetBoolean());
            Assert.False(kinds["reviewScheduled"].GetProperty("required").GetBoolean());
            Assert.True(kinds["hoursToLog"].GetProperty("required").GetBoolean());
            Assert.False(kinds["hoursToLog"].GetProperty("muted").GetBoolean());
        }

        var stored = await fixture.InDatabaseAsync(db => db.Preferences.AsNoTracking().SingleAsync(p => p.RecipientId == student));
        Assert.Equal(RecipientKind.Student, stored.RecipientKind);
        Assert.Equal([NotificationKind.ReviewScheduled], stored.MutedKinds);

        // Quiet hours off: both times empty.
        var cleared = await ReadAsync(await client.PutAsJsonAsync(Route, new { digestHour = 7, immediate = false, quietFrom = (string?)null, quietUntil = (string?)null, language = (string?)null, mutedKinds = Array.Empty<string>() }));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("quietFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("language").ValueKind);
    }

    [Theory]
    [InlineData("""{"digestHour":24,"immediate":false,"quietFrom":"20:00","quietUntil":"07:00","language":null,"mutedKinds":[]}""", "digestHour")]
    [InlineData("""{"digestHour":-1,"immediate":false,"quietFrom":null,"quietUntil":null,"language":null,"mutedKinds":[]}""", "digestHour")]
    [InlineData("""{"immediate":false,"quietFrom":null,"quietUntil":null,"language":null,"mutedKinds":[]}""", "digestHour")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":"20:00","quietUntil":null,"language":null,"mutedKinds":[]}""", "quietUntil")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":null,"quietUntil":"07:00","language":null,"mutedKinds":[]}""", "quietFrom")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":"20:00","quietUntil":"20:00","language":null,"mutedKinds":[]}""", "quietUntil")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":"25:00","quietUntil":"07:00","language":null,"mutedKinds":[]}""", "quietFrom")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":null,"quietUntil":null,"language":"de","mutedKinds":[]}""", "language")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":null,"quietUntil":null,"language":null,"mutedKinds":["signalRaised","hoursToApprove"]}""", "mutedKinds[1]")]
    [InlineData("""{"digestHour":7,"immediate":false,"quietFrom":null,"quietUntil":null,"language":null,"mutedKinds":["noSuchKind"]}""", "mutedKinds[0]")]
    public async Task Bad_choices_are_refused_naming_the_field(string json, string field)
    {
        var staffId = Guid.NewGuid();
        using var client = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, staffId));

        using var response = await client.PutAsync(Route, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.NotEmpty(messages.EnumerateArray());
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Preferences.CountAsync(p => p.RecipientId == staffId)));
    }

    [Fact]
    public async Task The_survey_is_on_the_students_and_the_trainers_list_and_either_may_mute_it()
    {
        var trainer = Trainer();
        await fixture.AddAsync(trainer);
        var mute = new { digestHour = 7, immediate = false, quietFrom = "20:00", quietUntil = "07:00", language = (string?)null, mutedKinds = new[] { "surveyToAnswer" } };

        foreach (var token in new[] { TestTokens.Student(fixture.Audience, Guid.NewGuid()), TrainerToken(trainer.Email, trainer.CompanyId) })
        {
            using var client = fixture.CreateClient(token);
            var saved = await ReadAsync(await client.PutAsJsonAsync(Route, mute));
            var survey = saved.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "surveyToAnswer");
            Assert.True(survey.GetProperty("muted").GetBoolean());
            Assert.False(survey.GetProperty("required").GetBoolean());
        }

        // Staff are never asked to answer it.
        using var mentor = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid()));
        Assert.DoesNotContain((await ReadAsync(await mentor.GetAsync(Route))).GetProperty("kinds").EnumerateArray(), k => k.GetProperty("kind").GetString() == "surveyToAnswer");
    }

    [Fact]
    public async Task A_required_kind_cannot_be_muted_and_the_refusal_says_why()
    {
        var trainer = Trainer();
        await fixture.AddAsync(trainer);
        using var client = fixture.CreateClient(TrainerToken(trainer.Email, trainer.CompanyId));

        using var response = await client.PutAsJsonAsync(Route, new { digestHour = 7, immediate = false, quietFrom = "20:00", quietUntil = "07:00", language = (string?)null, mutedKinds = new[] { "agreementToSign" } });

        var errors = (await ReadAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(SavePreferencesRequest.RequiredKindMessage, errors.GetProperty("mutedKinds[0]")[0].GetString());
    }

    [Fact]
    public async Task Someone_who_is_no_addressee_is_refused()
    {
        var trainer = Trainer();
        var otherCompany = Guid.NewGuid();
        var left = Trainer();
        left.Active = false;
        await fixture.AddAsync(trainer, left);

        var tokens = new[]
        {
            TrainerToken(DeliveryData.NewAddress("unknown"), trainer.CompanyId),      // no trainer with this address
            TrainerToken(trainer.Email, otherCompany),                                // a company the copy is not at
            TrainerToken(left.Email, left.CompanyId),                                 // no longer a trainer there
            TestTokens.For(fixture.Audience, Roles.Trainer, (ClaimNames.CompanyId, trainer.CompanyId.ToString())), // no e-mail claim
        };
        foreach (var token in tokens)
        {
            using var client = fixture.CreateClient(token);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Route)).StatusCode);
            using var put = await client.PutAsJsonAsync(Route, new { digestHour = 7, immediate = false, quietFrom = "20:00", quietUntil = "07:00", language = (string?)null, mutedKinds = Array.Empty<string>() });
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Preferences.CountAsync(p => p.RecipientId == trainer.Id || p.RecipientId == left.Id)));
    }

    [Fact]
    public async Task A_trainer_at_two_companies_writes_both_and_reads_the_first()
    {
        var email = DeliveryData.NewAddress("trainer");
        var first = Trainer(email);
        var second = Trainer(email);
        await fixture.AddAsync(first, second);
        using var client = fixture.CreateClient(TrainerToken(email, first.CompanyId, second.CompanyId));

        await ReadAsync(await client.PutAsJsonAsync(Route, new { digestHour = 9, immediate = false, quietFrom = "21:00", quietUntil = "06:00", language = "nl", mutedKinds = new[] { "schoolQuestion" } }));

        var stored = await fixture.InDatabaseAsync(db => db.Preferences.AsNoTracking().Where(p => p.RecipientId == first.Id || p.RecipientId == second.Id).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, p =>
        {
            Assert.Equal(RecipientKind.Trainer, p.RecipientKind);
            Assert.Equal(9, p.DigestHour);
            Assert.Equal([NotificationKind.SchoolQuestion], p.MutedKinds);
        });
        var read = await ReadAsync(await client.GetAsync(Route));
        Assert.Equal(9, read.GetProperty("digestHour").GetInt32());
        Assert.Equal(NotificationKinds.For(RecipientKind.Trainer).Select(Camel), read.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("kind").GetString()));
    }

    private string TrainerToken(string email, params Guid[] companyIds) =>
        TestTokens.For(fixture.Audience, Roles.Trainer, [.. companyIds.Select(id => (ClaimNames.CompanyId, id.ToString())), (CurrentRecipients.EmailClaim, email)]);

    private static string Camel(NotificationKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
