using PartnershipHub.Notifications.Extensions;
using PartnershipHub.Notifications.Features.Inbox;
using PartnershipHub.Notifications.Features.PersonalData;
using PartnershipHub.Notifications.Features.Preferences;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<NotificationsDbContext>();
await app.RunStartupSeedsAsync<NotificationsDbContext>();

app.MapInboxApi();
app.MapPreferencesApi();
app.MapPersonalDataApi();

app.Run();

public partial class Program;
