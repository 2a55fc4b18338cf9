using PartnershipHub.Companies.Accreditations;
using PartnershipHub.Companies.Capacity;
using PartnershipHub.Companies.Companies;
using PartnershipHub.Companies.Extensions;
using PartnershipHub.Companies.Import;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Companies.Trainers;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<CompaniesDbContext>();
await app.SeedDemoDataIfConfiguredAsync();

app.MapCompaniesApi();
app.MapImportApi();
app.MapAccreditationsApi();
app.MapTrainersApi();
app.MapCapacityApi();

app.Run();

public partial class Program;
