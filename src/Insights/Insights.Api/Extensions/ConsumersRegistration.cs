using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Messaging;
using PartnershipHub.Insights.Projections;
using PartnershipHub.Messaging;

namespace PartnershipHub.Insights.Extensions;

/// <summary>The read model's consumers (Messaging/), one per event Insights hears, and the projections they call.</summary>
internal static class ConsumersRegistration
{
    public static void AddInsightsConsumers(this IBusRegistrationConfigurator bus)
    {
        // Students: the student fact and erasure.
        bus.AddConsumer<StudentEnrolledConsumer>();
        bus.AddConsumer<StudentUpdatedConsumer>();
        bus.AddConsumer<EnrolmentChangedConsumer>();
        bus.AddConsumer<MentorAssignedConsumer>();
        bus.AddConsumer<StudentStatusChangedConsumer>();
        bus.AddConsumer<IntakeCompletedConsumer>();
        bus.AddConsumer<StudentErasedConsumer>();
        // Companies: companies, trainers, periods.
        bus.AddConsumer<CompanyRegisteredConsumer>();
        bus.AddConsumer<CompanyUpdatedConsumer>();
        bus.AddConsumer<TrainerRegisteredConsumer>();
        bus.AddConsumer<TrainerDeactivatedConsumer>();
        bus.AddConsumer<TrainerErasedConsumer>();
        bus.AddConsumer<CapacityPublishedConsumer>();
        // Internships: placements (an end opens the surveys).
        bus.AddConsumer<PlacementProposedConsumer>();
        bus.AddConsumer<PlacementAgreementSignedConsumer>();
        bus.AddConsumer<PlacementStartedConsumer>();
        bus.AddConsumer<PlacementEndedConsumer>();
        bus.AddConsumer<PlacementTeacherAssignedConsumer>();
        bus.AddConsumer<PlacementAtRiskConsumer>();
        bus.AddConsumer<PlacementRiskClearedConsumer>();
        // Guidance: signals, assessments, the plan's follow-up of the progression wish.
        bus.AddConsumer<RiskSignalRaisedConsumer>();
        bus.AddConsumer<RiskSignalAcknowledgedConsumer>();
        bus.AddConsumer<RiskSignalResolvedConsumer>();
        bus.AddConsumer<AttitudeAssessmentSubmittedConsumer>();
        bus.AddConsumer<PlanUpdatedConsumer>();

        // What each event is about: deliveries about one student (their fact, placements, signals, assessments, follow-up,
        // surveys), one company or one trainer run one after the other (docs/decisions/0016). Capacity is about its company:
        // keyed by period, every company's capacity for a period would wait in one line.
        bus
            .AddInboxKey<StudentEnrolled>(e => e.StudentId)
            .AddInboxKey<StudentUpdated>(e => e.StudentId)
            .AddInboxKey<EnrolmentChanged>(e => e.StudentId)
            .AddInboxKey<MentorAssigned>(e => e.StudentId)
            .AddInboxKey<StudentStatusChanged>(e => e.StudentId)
            .AddInboxKey<IntakeCompleted>(e => e.StudentId)
            .AddInboxKey<StudentErased>(e => e.StudentId)
            .AddInboxKey<CompanyRegistered>(e => e.CompanyId)
            .AddInboxKey<CompanyUpdated>(e => e.CompanyId)
            .AddInboxKey<TrainerRegistered>(e => e.TrainerId)
            .AddInboxKey<TrainerDeactivated>(e => e.TrainerId)
            .AddInboxKey<TrainerErased>(e => e.TrainerId)
            .AddInboxKey<CapacityPublished>(e => e.CompanyId)
            .AddInboxKey<PlacementProposed>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAgreementSigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementStarted>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementEnded>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementTeacherAssigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAtRisk>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementRiskCleared>(e => e.Placement.StudentId)
            .AddInboxKey<RiskSignalRaised>(e => e.StudentId)
            .AddInboxKey<RiskSignalAcknowledged>(e => e.StudentId)
            .AddInboxKey<RiskSignalResolved>(e => e.StudentId)
            .AddInboxKey<AttitudeAssessmentSubmitted>(e => e.StudentId)
            .AddInboxKey<PlanUpdated>(e => e.StudentId);

        bus.AddScoped<StudentProjection>();
        bus.AddScoped<StudentErasure>();
        bus.AddScoped<CompanyProjection>();
        bus.AddScoped<PlacementProjection>();
        bus.AddScoped<GuidanceProjection>();
    }
}
