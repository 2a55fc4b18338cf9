using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Extensions;
using PartnershipHub.Students.Features.Cancellation;
using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Features.Classmates;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Mentors;
using PartnershipHub.Students.Features.PersonalData;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
await app.MigrateDatabaseIfConfiguredAsync<StudentsDbContext>();
await app.RunStartupSeedsAsync<StudentsDbContext>();

app.MapStudentsApi();
app.MapClassmatesApi();
app.MapStudentLifecycleApi();
app.MapIntakeApi();
app.MapCareNotesApi();
app.MapStudentImportApi();
app.MapPersonalDataApi();
app.MapMentorsApi();
app.MapEnrolmentCancellationApi();
app.Run();

public partial class Program;
