using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests;

/// <summary>
/// The Notifications service on its own database and virtual host, for one test class. The scheduler does not run by
/// itself: tests run jobs with <c>ScheduledJobRunner.RunDueJobsAsync</c> or call a job with the time they choose.
/// </summary>
public class NotificationsApiFixture() : ServiceFixture<Program, NotificationsDbContext>(ResourceNames.NotificationsDb, ApiAudiences.Notifications)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Messaging:PollInterval"] = "00:00:00.200";
        settings["Notifications:Scheduler:Enabled"] = "false";
    }
}
