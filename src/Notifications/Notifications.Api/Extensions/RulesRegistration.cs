using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Notifications.Messaging;
using PartnershipHub.Notifications.Rules;
using PartnershipHub.Notifications.Scheduling;

namespace PartnershipHub.Notifications.Extensions;

/// <summary>The consumers that keep the copies and open and close work items, and the scheduled rules.</summary>
public static class RulesRegistration
{
    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus)
    {
        // Students: the student copy (name, number, address, enrolment, mentor, status) and erasure.
        bus.AddConsumer<StudentEnrolledConsumer>();
        bus.AddConsumer<StudentUpdatedConsumer>();
        bus.AddConsumer<EnrolmentChangedConsumer>();
        bus.AddConsumer<MentorAssignedConsumer>();
        bus.AddConsumer<StudentStatusChangedConsumer>();
        bus.AddConsumer<StudentErasedConsumer>();
        // Identity: staff (who to tell, coordinators, language).
        bus.AddConsumer<StaffMemberChangedConsumer>();
        // Companies: trainers and periods.
        bus.AddConsumer<TrainerRegisteredConsumer>();
        bus.AddConsumer<TrainerDeactivatedConsumer>();
        bus.AddConsumer<TrainerErasedConsumer>();
        bus.AddConsumer<CapacityPublishedConsumer>();
        // Internships: placements, the agreement, assignments, hours, contacts.
        bus.AddConsumer<PlacementProposedConsumer>();
        bus.AddConsumer<PlacementAgreementSignedConsumer>();
        bus.AddConsumer<PlacementStartedConsumer>();
        bus.AddConsumer<PlacementEndedConsumer>();
        bus.AddConsumer<PlacementTeacherAssignedConsumer>();
        bus.AddConsumer<PlacementAtRiskConsumer>();
        bus.AddConsumer<PlacementRiskClearedConsumer>();
        bus.AddConsumer<AgreementSignatureRecordedConsumer>();
        bus.AddConsumer<AgreementGuardianLinkSentConsumer>();
        bus.AddConsumer<AssignmentStatusChangedConsumer>();
        bus.AddConsumer<HoursLoggedConsumer>();
        bus.AddConsumer<HoursApprovedConsumer>();
        bus.AddConsumer<HoursRejectedConsumer>();
        bus.AddConsumer<ContactLoggedConsumer>();
        // Guidance: signals, concerns answered, assessments, reviews, the plan's rhythm.
        bus.AddConsumer<RiskSignalRaisedConsumer>();
        bus.AddConsumer<RiskSignalAcknowledgedConsumer>();
        bus.AddConsumer<RiskSignalResolvedConsumer>();
        bus.AddConsumer<WorkplaceConcernAnsweredConsumer>();
        bus.AddConsumer<AttitudeAssessmentSubmittedConsumer>();
        bus.AddConsumer<ReviewScheduledConsumer>();
        bus.AddConsumer<ReviewHeldConsumer>();
        bus.AddConsumer<ReviewCancelledConsumer>();
        bus.AddConsumer<PlanUpdatedConsumer>();
        // Insights: the end-of-placement survey asked and answered.
        bus.AddConsumer<PlacementSurveyOpenedConsumer>();
        bus.AddConsumer<PlacementSurveyAnsweredConsumer>();
        return bus;
    }

    public static IServiceCollection AddNotificationRules(this IServiceCollection services)
    {
        // What each event is about. Deliveries about one student (its copy, placements, assignments, rhythm and the items
        // they open) run one after the other, as do those about one trainer, staff member or period (docs/decisions/0016).
        services
            .AddInboxKey<StudentEnrolled>(e => e.StudentId)
            .AddInboxKey<StudentUpdated>(e => e.StudentId)
            .AddInboxKey<EnrolmentChanged>(e => e.StudentId)
            .AddInboxKey<MentorAssigned>(e => e.StudentId)
            .AddInboxKey<StudentStatusChanged>(e => e.StudentId)
            .AddInboxKey<StudentErased>(e => e.StudentId)
            .AddInboxKey<StaffMemberChanged>(e => e.StaffId)
            .AddInboxKey<TrainerRegistered>(e => e.TrainerId)
            .AddInboxKey<TrainerDeactivated>(e => e.TrainerId)
            .AddInboxKey<TrainerErased>(e => e.TrainerId)
            .AddInboxKey<CapacityPublished>(e => e.PeriodId)
            .AddInboxKey<PlacementProposed>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAgreementSigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementStarted>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementEnded>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementTeacherAssigned>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementAtRisk>(e => e.Placement.StudentId)
            .AddInboxKey<PlacementRiskCleared>(e => e.Placement.StudentId)
            .AddInboxKey<AgreementSignatureRecorded>(e => e.StudentId)
            .AddInboxKey<AgreementGuardianLinkSent>(e => e.StudentId)
            .AddInboxKey<AssignmentStatusChanged>(e => e.Assignment.StudentId)
            .AddInboxKey<HoursLogged>(e => e.StudentId)
            .AddInboxKey<HoursApproved>(e => e.StudentId)
            .AddInboxKey<HoursRejected>(e => e.StudentId)
            .AddInboxKey<ContactLogged>(e => e.StudentId)
            .AddInboxKey<RiskSignalRaised>(e => e.StudentId)
            .AddInboxKey<RiskSignalAcknowledged>(e => e.StudentId)
            .AddInboxKey<RiskSignalResolved>(e => e.StudentId)
            .AddInboxKey<WorkplaceConcernAnswered>(e => e.StudentId)
            .AddInboxKey<AttitudeAssessmentSubmitted>(e => e.StudentId)
            .AddInboxKey<ReviewScheduled>(e => e.StudentId)
            .AddInboxKey<ReviewHeld>(e => e.StudentId)
            .AddInboxKey<ReviewCancelled>(e => e.StudentId)
            .AddInboxKey<PlanUpdated>(e => e.StudentId)
            .AddInboxKey<PlacementSurveyOpened>(e => e.StudentId)
            .AddInboxKey<PlacementSurveyAnswered>(e => e.StudentId);

        services.AddScoped<Notifier>();
        services.AddScoped<Recipients>();
        services.AddScoped<PlacementRules>();
        services.AddScoped<AssignmentRules>();
        services.AddScoped<HoursRules>();
        services.AddScoped<ContactRules>();
        services.AddScoped<GuidanceRules>();
        services.AddScoped<ErasureRules>();
        services.AddScoped<SurveyRules>();

        services.AddSingleton<IScheduledJob, DueItemsJob>();
        services.AddSingleton<IScheduledJob, EscalationJob>();
        return services;
    }
}
