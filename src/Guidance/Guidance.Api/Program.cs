using PartnershipHub.Guidance.Extensions;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.PersonalData;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Features.Teachers;
using PartnershipHub.Guidance.Infrastructure;
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
await app.MigrateDatabaseIfConfiguredAsync<GuidanceDbContext>();
await app.RunStartupSeedsAsync<GuidanceDbContext>();

app.MapFrameworksApi();
app.MapAssessmentsApi();
app.MapPlansApi();
app.MapReviewsApi();
app.MapSignalsApi();
app.MapProgressApi();
app.MapStudentTeachersApi();
app.MapCaseloadApi();
app.MapPersonalDataApi();
app.MapHelpRequestsApi();
app.MapHelpRequestStatisticsApi();
app.MapConcernsApi();
app.MapSchoolContactApi();
app.MapAbsenceApi();
app.MapAbsenceImportApi();
app.Run();

public partial class Program;
