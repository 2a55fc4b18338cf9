using PartnershipHub.Companies.Extensions;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Features.Import;
using PartnershipHub.Companies.Features.Periods;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<CompaniesDbContext>();
await app.RunStartupSeedsAsync<CompaniesDbContext>();

app.MapCompaniesApi();
app.MapImportApi();
app.MapAccreditationsApi();
app.MapTrainersApi();
app.MapCapacityApi();
app.MapPeriodsApi();

app.Run();

public partial class Program;
