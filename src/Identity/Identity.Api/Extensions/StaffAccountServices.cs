using Npgsql;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Identity.Extensions;

public static class StaffAccountServices
{
    /// <summary>The staff import, and the 409 rules for the unique keys a concurrent create can still hit after the endpoint's own checks.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddScoped<StaffImporter>();
        services.AddDatabaseConflict(new DatabaseConflict(PostgresErrorCodes.UniqueViolation, "UserNameIndex",
            StaffAccountsApi.EmailInUse, "An account with this e-mail address exists already."));
        services.AddDatabaseConflict(new DatabaseConflict(PostgresErrorCodes.UniqueViolation, "ix_asp_net_users_employee_number",
            StaffAccountsApi.EmployeeNumberInUse, "This employee number belongs to another account."));
        return services;
    }
}
