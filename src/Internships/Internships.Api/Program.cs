using PartnershipHub.Internships.Extensions;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.PersonalData;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
app.UseRateLimiter();
await app.MigrateDatabaseIfConfiguredAsync<InternshipsDbContext>();
await app.RunStartupSeedsAsync<InternshipsDbContext>();

app.MapMatchingApi();
app.MapPlacementsApi();
app.MapAgreementApi();
app.MapAssignmentsApi();
app.MapHoursApi();
app.MapContactsApi();
app.MapPersonalDataApi();

app.Run();

public partial class Program;
