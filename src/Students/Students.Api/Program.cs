using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Api;
using PartnershipHub.Students.Extensions;
using PartnershipHub.Students.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<StudentsDbContext>();
await app.SeedDemoDataIfConfiguredAsync();

app.MapStudentsApi();
app.MapClassmatesApi();
app.MapStudentLifecycleApi();
app.MapIntakeApi();
app.MapCareNotesApi();
app.MapStudentImportApi();
app.MapPersonalDataApi();
app.Run();

public partial class Program;
