using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Agreements;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Messaging;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Internships.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabaseAndMessaging<InternshipsDbContext>(
            serviceName: ResourceNames.Internships,
            databaseName: ResourceNames.InternshipsDb,
            configureConsumers: bus =>
            {
                bus.AddAccountRevocations();
                bus.AddConsumer<StudentEnrolledConsumer>();
                bus.AddConsumer<StudentUpdatedConsumer>();
                bus.AddConsumer<EnrolmentChangedConsumer>();
                bus.AddConsumer<MentorAssignedConsumer>();
                bus.AddConsumer<IntakeCompletedConsumer>();
                bus.AddConsumer<StudentStatusChangedConsumer>();
                bus.AddConsumer<StudentErasedConsumer>();
                bus.AddConsumer<CompanyRegisteredConsumer>();
                bus.AddConsumer<CompanyUpdatedConsumer>();
                bus.AddConsumer<AccreditationGrantedConsumer>();
                bus.AddConsumer<AccreditationRevokedConsumer>();
                bus.AddConsumer<TrainerRegisteredConsumer>();
                bus.AddConsumer<TrainerDeactivatedConsumer>();
                bus.AddConsumer<TrainerErasedConsumer>();
                bus.AddConsumer<CapacityPublishedConsumer>();
            });

        // What each event is about. Deliveries about one student, or one company, never run in overlapping transactions,
        // so the copies are written one delivery after the other: no row inserted twice, no deadlock (docs/decisions/0016).
        // A company's accreditations, trainers and capacity belong to it.
        builder.Services
            .AddInboxKey<StudentEnrolled>(e => e.StudentId)
            .AddInboxKey<StudentUpdated>(e => e.StudentId)
            .AddInboxKey<EnrolmentChanged>(e => e.StudentId)
            .AddInboxKey<MentorAssigned>(e => e.StudentId)
            .AddInboxKey<IntakeCompleted>(e => e.StudentId)
            .AddInboxKey<StudentStatusChanged>(e => e.StudentId)
            .AddInboxKey<StudentErased>(e => e.StudentId)
            .AddInboxKey<CompanyRegistered>(e => e.CompanyId)
            .AddInboxKey<CompanyUpdated>(e => e.CompanyId)
            .AddInboxKey<AccreditationGranted>(e => e.CompanyId)
            .AddInboxKey<AccreditationRevoked>(e => e.CompanyId)
            .AddInboxKey<TrainerRegistered>(e => e.CompanyId)
            .AddInboxKey<TrainerDeactivated>(e => e.CompanyId)
            .AddInboxKey<TrainerErased>(e => e.CompanyId)
            .AddInboxKey<CapacityPublished>(e => e.CompanyId);

        // A second correction of one assignment that passed the endpoint's check together with the first.
        builder.Services.AddDatabaseConflict(AssignmentConflicts.CorrectionIndex);
        builder.Services.AddOptions<ContactOptions>().Bind(builder.Configuration.GetSection(ContactOptions.SectionName));
        builder.Services.AddAgreementRateLimits(builder.Configuration);
        builder.Services.AddScoped<MatchingRunner>();
        builder.Services.AddScoped<ProposalDecisions>();
        builder.Services.AddScoped<NoRecentContactCheck>();
        builder.Services.AddHostedService<NoRecentContactMonitor>();
        // Asked only when demo data is requested (Seed:Demo in Development); waits for Students' and Companies' demo events.
        builder.AddStartupSeed<InternshipsDbContext, InternshipsSeed>();
        return builder;
    }
}
