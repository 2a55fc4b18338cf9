using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// The whole chain on a phone: the student logs hours (Internships), the trainer is told (Notifications), sees the count
/// on the bell, opens /meldingen and follows the deep link to the placement where the hours wait for approval.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class NotificationsBellTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task A_trainer_sees_the_bell_count_opens_the_notifications_and_follows_the_deep_link()
    {
        var placementId = await DemoData.TrainersActivePlacementAsync();
        await StudentLogsHoursAsync(placementId);
        using var notifications = await DemoUsers.ClientAsync(RunningSystem.Notifications, DemoUsers.Trainer, "notifications email");
        await WaitForTheTrainersNotificationAsync(notifications, placementId);

        var phone = await _browser.SignInAsync(DemoUsers.Trainer, PortalBrowser.Phone);
        var unread = (await notifications.GetFromJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("unread").GetInt32();
        var bell = phone.Locator("a[data-testid=bell]");
        // The accessible name carries the number the service counts ("3 ongelezen meldingen"), the icon shows it.
        // (A run against a system left running may find the hours' notification read already: the count is what is checked.)
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-label", unread switch
        {
            0 => "Meldingen: geen ongelezen",
            1 => "1 ongelezen melding",
            _ => $"{unread} ongelezen meldingen",
        });
        if (unread > 0)
        {
            await Assertions.Expect(phone.Locator("[data-testid=bell-count]")).ToHaveTextAsync(unread > 99 ? "99+" : unread.ToString(CultureInfo.InvariantCulture));
        }

        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: start page with the bell (phone)");

        await bell.ClickAsync();
        await phone.WaitForURLAsync(url => url.EndsWith("/meldingen", StringComparison.Ordinal));
        var link = phone.Locator($"[data-testid=notification-link][href*='{placementId}']").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: notifications (phone)", everyImpact: true);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "trainer-notifications-phone.png"), FullPage = true });

        // No horizontal scrolling at 360 px.
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "/meldingen scrolls sideways at 360 px");

        await phone.ClickAsync("[data-testid=tab-todo]");
        await Assertions.Expect(phone.Locator("[data-testid=work-item]").First).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: to do (phone)", everyImpact: true);

        await phone.ClickAsync("[data-testid=tab-notifications]");
        await phone.Locator($"[data-testid=notification-link][href*='{placementId}']").First.ClickAsync();
        await phone.WaitForURLAsync(url => url.Contains($"/trainer/placements/{placementId}", StringComparison.Ordinal));
        await phone.WaitForSelectorAsync("[data-testid=placement-student]");

        await phone.GotoAsync(new Uri(RunningSystem.Portal, "/meldingen/voorkeuren").ToString());
        await phone.WaitForSelectorAsync("[data-testid=preferences-form]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: mail preferences (phone)", everyImpact: true);
    }

    /// <summary>The demo student logs this week's most recent working day (today on a weekday), which asks the trainer to approve it.</summary>
    private static async Task StudentLogsHoursAsync(Guid placementId)
    {
        using var internships = await DemoUsers.ClientAsync(RunningSystem.Internships, DemoUsers.Student, "internships");
        var day = DateOnly.FromDateTime(DateTime.Today);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await internships.PutAsJsonAsync($"/api/placements/{placementId}/hours/{date}", new { hours = 7.5 });
        Assert.True(response.IsSuccessStatusCode, $"The student could not log hours for {date}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Waits for a notification about the placement (the hours to approve) among the trainer's latest.</summary>
    private static async Task WaitForTheTrainersNotificationAsync(HttpClient notifications, Guid placementId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var page = await notifications.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=20");
            if (page.GetProperty("items").EnumerateArray().Any(n => n.GetProperty("link").GetString()?.Contains(placementId.ToString(), StringComparison.Ordinal) == true))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Fail($"No notification about placement {placementId} reached the trainer within 2 minutes.");
    }
}
