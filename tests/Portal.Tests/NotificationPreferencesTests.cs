using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Notifications;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>/meldingen/voorkeuren: the Preferences API's form; its 400s shown beside the fields in the user's language.</summary>
public sealed class NotificationPreferencesTests : PortalTestContext
{
    private const string GetCall = "GET /api/notifications/preferences";
    private const string PutCall = "PUT /api/notifications/preferences";

    private const string Preferences = """
        {"digestHour":7,"immediate":false,"quietFrom":"20:00","quietUntil":"07:00:00","language":null,
         "kinds":[{"kind":"signalRaised","muted":false,"required":false},{"kind":"hoursToApprove","muted":false,"required":true},
                  {"kind":"assignmentToSignOff","muted":true,"required":false}]}
        """;

    private StubHttpClientFactory Api(HttpStatusCode putStatus = HttpStatusCode.OK, string? putJson = null)
    {
        var stub = UseApis(new()
        {
            [GetCall] = (HttpStatusCode.OK, Preferences),
            [PutCall] = (putStatus, putJson ?? Preferences),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_form_shows_the_choices_and_sends_exactly_the_apis_body()
    {
        var stub = Api();
        var form = Render<NotificationPreferencesPage>();

        form.WaitForElement("[data-testid=preferences-form]");
        Assert.Equal("20:00", form.Find("input[data-testid=quiet-from]").GetAttribute("value"));
        Assert.Equal("07:00", form.Find("input[data-testid=quiet-until]").GetAttribute("value"));
        // The agreement's kind cannot be turned off; its label says why.
        Assert.True(form.Find("[data-testid=kind-hoursToApprove] input").HasAttribute("disabled"));
        Assert.Contains("verplicht volgens de praktijkovereenkomst", form.Find("[data-testid=kind-hoursToApprove]").TextContent);
        Assert.Contains("Signaal over een student", form.Find("[data-testid=kind-signalRaised]").TextContent);

        form.Find("[data-testid=kind-signalRaised] input").Change(false);
        form.Find("input[data-testid=quiet-until]").Change("06:30");
        form.Find("form").Submit();

        form.WaitForElement("[data-testid=preferences-saved]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == PutCall);
        var sent = JsonDocument.Parse(body).RootElement;
        Assert.Equal(7, sent.GetProperty("digestHour").GetInt32());
        Assert.False(sent.GetProperty("immediate").GetBoolean());
        Assert.Equal("20:00", sent.GetProperty("quietFrom").GetString());
        Assert.Equal("06:30", sent.GetProperty("quietUntil").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("language").ValueKind);
        Assert.Equal(["signalRaised", "assignmentToSignOff"], sent.GetProperty("mutedKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(6, sent.EnumerateObject().Count());
    }

    [Fact]
    public void Quiet_hours_off_send_no_times_and_a_chosen_language_is_sent()
    {
        var stub = Api();
        var form = Render<NotificationPreferencesPage>();

        form.WaitForElement("input[data-testid=quiet]").Change(false);
        // The radios: the account's language, Dutch, English.
        var radios = form.FindAll("[data-testid=language] input[type=radio]");
        Assert.Equal(3, radios.Count);
        radios[2].Click();
        form.Find("form").Submit();

        form.WaitForElement("[data-testid=preferences-saved]");
        var sent = JsonDocument.Parse(Assert.Single(stub.Bodies, b => b.Call == PutCall).Body).RootElement;
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("quietFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("quietUntil").ValueKind);
        Assert.Equal("en", sent.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("nl", "Vul ook in tot hoe laat het stil moet zijn.", "De praktijkovereenkomst vraagt deze melding; die kun je niet uitzetten.", "Kies een tijd tussen 00:00 en 23:00.")]
    [InlineData("en", "Also fill in until what time it should be quiet.", "The placement agreement requires this notification; it cannot be turned off.", "Choose a time between 00:00 and 23:00.")]
    public void A_400_shows_each_fields_sentence_beside_it_in_the_users_language(string language, string quietSentence, string kindSentence, string hourSentence)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language == "nl" ? "nl-NL" : "en");
        Api(HttpStatusCode.BadRequest, """
            {"title":"One or more validation errors occurred.","status":400,"errors":{
              "quietUntil":["Give quietUntil too, or neither."],
              "mutedKinds[0]":["The placement agreement requires this notification; it cannot be turned off."],
              "digestHour":["The digest hour is 0 to 23."]}}
            """);
        var form = Render<NotificationPreferencesPage>();

        form.WaitForElement("[data-testid=preferences-form]");
        form.Find("form").Submit();

        // mutedKinds[0] is the first kind sent: assignmentToSignOff (muted when loaded).
        form.WaitForAssertion(() => Assert.Equal(kindSentence, form.Find("[data-testid=kind-error-assignmentToSignOff]").TextContent));
        Assert.Empty(form.FindAll("[data-testid=kind-error-signalRaised]"));
        var text = form.Find("[data-testid=preferences-form]").TextContent;
        Assert.Contains(quietSentence, text);
        Assert.Contains(hourSentence, text);
        Assert.DoesNotContain("Give quietUntil", text);
        Assert.DoesNotContain("NotificationField.", text);
        Assert.DoesNotContain("Preferences.", text);
        Assert.Empty(form.FindAll("[data-testid=preferences-saved]"));
        // Every error is at its field: no general alert on top.
        Assert.Empty(form.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_person_without_an_addressee_gets_the_forbidden_sentence()
    {
        UseApis(new() { [GetCall] = (HttpStatusCode.Forbidden, "") });
        AddAuthorization().SetAuthorized("nobody@demo").SetRoles("trainer");

        var form = Render<NotificationPreferencesPage>();

        form.WaitForAssertion(() => Assert.Contains("Je mag dit niet zien of doen met jouw rol.", form.Find("[data-testid=problem]").TextContent));
        Assert.Empty(form.FindAll("[data-testid=preferences-form]"));
    }
}
