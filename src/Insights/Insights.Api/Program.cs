using PartnershipHub.Insights.Extensions;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<InsightsDbContext>();
await app.RunStartupSeedsAsync<InsightsDbContext>();

app.MapInsightsEndpoints();

app.Run();

public partial class Program;
