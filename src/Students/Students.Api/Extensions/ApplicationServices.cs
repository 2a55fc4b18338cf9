using Npgsql;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Messaging;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Students publish; they consume only Identity's: a deactivated account, whose tokens they then refuse, and
        // staff accounts, so a mentor is always an active staff member with the mentor role.
        builder.AddDatabaseAndMessaging<StudentsDbContext>(
            ResourceNames.Students,
            ResourceNames.StudentsDb,
            configureConsumers: bus =>
            {
                bus.AddAccountRevocations();
                bus.AddConsumer<StaffMemberChangedConsumer>();
            });
        builder.Services.AddInboxKey<StaffMemberChanged>(e => e.StaffId);

        // Registered meanwhile by another request or an import, after this one checked.
        builder.Services.AddDatabaseConflict(new DatabaseConflict(
            PostgresErrorCodes.UniqueViolation,
            "ix_students_student_number",
            "student-number-taken",
            "A student with this student number already exists (registered meanwhile by another request or import)."));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StudentsPolicies.SchoolMembers, policy => policy.RequireRole([.. Roles.Staff, Roles.Student]))
            .AddPolicy(StudentsPolicies.Erasers, policy => policy.RequireRole(Roles.Coordinator, Roles.Operator))
            .AddPolicy(StudentsPolicies.MentorReaders, policy => policy.RequireRole(Roles.Coordinator, Roles.Mentor, Roles.Teacher, Roles.Care));

        var retention = builder.Configuration.GetSection(RetentionPolicy.SectionName).Get<RetentionPolicy>() ?? new RetentionPolicy();
        if (retention.MinimumDaysAfterLeaving < 0)
        {
            throw new InvalidOperationException("Retention:MinimumDaysAfterLeaving cannot be negative.");
        }

        builder.Services.AddSingleton(retention);
        builder.Services.AddScoped<StudentImporter>();
        builder.AddStartupSeed<StudentsDbContext, StudentsSeed>();
        return builder;
    }
}
