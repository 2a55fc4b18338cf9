using System.Text.Json.Serialization;
using PartnershipHub.Companies.Import;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
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

        // Enums travel as names ("Bol", "Given"), which callers can read and the contracts already use; a number could name no value at all.
        builder.Services.AddExceptionHandler<ConflictExceptionHandler>();
        builder.Services.AddSingleton(PostcodeAreas.Netherlands);
        builder.Services.AddScoped<CompanyImporter>();
        builder.Services.AddScoped<CompaniesSeed>();
        return builder;
    }
}
