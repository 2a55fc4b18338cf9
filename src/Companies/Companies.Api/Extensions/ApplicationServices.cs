using Npgsql;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Import;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Companies.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabaseAndMessaging<CompaniesDbContext>(
            serviceName: ResourceNames.Companies,
            databaseName: ResourceNames.CompaniesDb,
            // The only event Companies consumes: a deactivated account, whose tokens it then refuses.
            configureConsumers: bus => bus.AddAccountRevocations());

        // Two requests registering one KvK number (or one trainer's e-mail) at once: the loser hears the same rule as
        // when the check before the insert finds the record.
        builder.Services.AddDatabaseConflict(new DatabaseConflict(
            PostgresErrorCodes.UniqueViolation, "ix_companies_kvk_number", ConflictRules.KvkNumberTaken,
            "A company with this KvK number is already registered."));
        builder.Services.AddDatabaseConflict(new DatabaseConflict(
            PostgresErrorCodes.UniqueViolation, "ix_trainers_company_id_email", ConflictRules.TrainerEmailTaken,
            "Another trainer of this company already uses this e-mail address."));

        builder.Services.AddSingleton(PostcodeAreas.Netherlands);
        builder.Services.AddScoped<CompanyImporter>();
        builder.AddStartupSeed<CompaniesDbContext, CompaniesSeed>();
        return builder;
    }
}
