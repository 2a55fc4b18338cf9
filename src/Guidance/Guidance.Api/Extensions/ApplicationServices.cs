using Npgsql;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Messaging;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Guidance.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabaseAndMessaging<GuidanceDbContext>(ResourceNames.Guidance, ResourceNames.GuidanceDb, bus =>
        {
            // Identity: a deactivated account's tokens are refused within seconds.
            bus.AddAccountRevocations();

            // Students: the student copy (name, enrolment, mentor, intake summary, status) and erasure.
            bus.AddConsumer<StudentEnrolledConsumer>();
            bus.AddConsumer<StudentUpdatedConsumer>();
            bus.AddConsumer<EnrolmentChangedConsumer>();
            bus.AddConsumer<MentorAssignedConsumer>();
            bus.AddConsumer<IntakeCompletedConsumer>();
            bus.AddConsumer<StudentStatusChangedConsumer>();
            bus.AddConsumer<StudentErasedConsumer>();
            // Companies: trainer names.
            bus.AddConsumer<TrainerRegisteredConsumer>();
            bus.AddConsumer<TrainerErasedConsumer>();
            // Internships: placements (with their teacher), assignments, hours, contacts.
            bus.AddConsumer<PlacementProposedConsumer>();
            bus.AddConsumer<PlacementAgreementSignedConsumer>();
            bus.AddConsumer<PlacementStartedConsumer>();
            bus.AddConsumer<PlacementEndedConsumer>();
            bus.AddConsumer<PlacementTeacherAssignedConsumer>();
            bus.AddConsumer<PlacementAtRiskConsumer>();
            bus.AddConsumer<PlacementRiskClearedConsumer>();
            bus.AddConsumer<AssignmentAgreedConsumer>();
            bus.AddConsumer<AssignmentSubmittedConsumer>();
            bus.AddConsumer<AssignmentSignedOffConsumer>();
            bus.AddConsumer<AssignmentStatusChangedConsumer>();
            bus.AddConsumer<HoursApprovedConsumer>();
            bus.AddConsumer<ContactLoggedConsumer>();
        });

        // What each event is about. Deliveries about one student never run in overlapping transactions, so its copies,
        // signals and progress document are written one delivery after the other: no row inserted twice, no deadlock
        // (docs/decisions/0016). Placements and assignments belong to one student.
        builder.Services
            .AddInboxKey<StudentEnrolled>(e => e.StudentId)
            .AddInboxKey<StudentUpdated>(e => e.StudentId)
            .AddInboxKey<EnrolmentChanged>(e => e.StudentId)
            .AddInboxKey<MentorAssigned>(e => e.StudentId)
            .AddInboxKey<IntakeCompleted>(e => e.StudentId)
            .AddInboxKey<StudentStatusChanged>(e => e.StudentId)
            .AddInboxKey<StudentErased>(e => e.StudentId)
            .AddInboxKey<TrainerRegistered>(e => e.TrainerId)
            .AddInboxKey<TrainerErased>(e => e.TrainerId)
            .AddInboxKey<PlacementProposed>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAgreementSigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementStarted>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementEnded>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementTeacherAssigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAtRisk>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementRiskCleared>(e => e.Placement.StudentId)
            .AddInboxKey<AssignmentAgreed>(e => e.Assignment.StudentId)
            .AddInboxKey<AssignmentSubmitted>(e => e.Assignment.StudentId)
            .AddInboxKey<AssignmentSignedOff>(e => e.Assignment.StudentId)
            .AddInboxKey<AssignmentStatusChanged>(e => e.Assignment.StudentId)
            .AddInboxKey<HoursApproved>(e => e.StudentId)
            .AddInboxKey<ContactLogged>(e => e.StudentId);

        builder.Services.AddOptions<SignalOptions>().Bind(builder.Configuration.GetSection(SignalOptions.SectionName));
        builder.Services.AddScoped<SignalRaiser>();
        builder.Services.AddScoped<SignalRules>();
        builder.Services.AddScoped<WorkplaceConcernSignals>();
        builder.Services.AddHostedService<SignalSweep>();
        builder.Services.AddScoped<AbsenceSignalRule>();
        builder.Services.AddScoped<SchoolAbsenceImporter>();
        builder.Services.AddSingleton<AbsenceEvaluationQueue>();
        builder.Services.AddHostedService<AbsenceEvaluationService>();

        // The hot reads (progress, caseload) go through Npgsql directly: no DbContext per request.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(
            builder.Configuration.GetConnectionString(ResourceNames.GuidanceDb) ?? throw new InvalidOperationException($"Connection string '{ResourceNames.GuidanceDb}' is not configured.")));

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<FrameworkCache>();
        builder.Services.AddScoped<ProgressProjector>();

        // The database's refusals in Guidance's words. The guard trigger (migration SubmittedAssessmentGuard): a submitted
        // assessment changed under a request, a race with its submit.
        builder.Services.AddDatabaseConflict(new DatabaseConflict(PostgresErrorCodes.IntegrityConstraintViolation, "assessment_submitted",
            "assessment-submitted", "A submitted assessment cannot change; submit a correction that supersedes it."));
        // A unique key taken meanwhile (a second correction of one assessment, the same plan revision, teacher link or
        // framework version): here always the same change made by a concurrent request.
        builder.Services.AddDatabaseConflict(new DatabaseConflict(PostgresErrorCodes.UniqueViolation, null,
            ConflictAnswers.ConcurrentChange, "The same change was made meanwhile by another request; reload and try again."));

        builder.AddStartupSeed<GuidanceDbContext, FrameworkSeed>();
        builder.Services.AddOptions<DemoSeedOptions>().Bind(builder.Configuration.GetSection(DemoSeedOptions.SectionName));
        builder.AddStartupSeed<GuidanceDbContext, GuidanceSeed>();

        return builder;
    }
}
