using System.Text.Json.Serialization;
using Npgsql;
using PartnershipHub.Companies.Import;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Companies.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        UsePreparedStatements(builder.Configuration);
        builder.AddDatabaseAndMessaging<CompaniesDbContext>(
            serviceName: ResourceNames.Companies,
            databaseName: ResourceNames.CompaniesDb);

        // Enums travel as names ("Bol", "Given"), which callers can read and the contracts already use.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddExceptionHandler<ConflictExceptionHandler>();
        builder.Services.AddSingleton(PostcodeAreas.Netherlands);
        builder.Services.AddScoped<CompanyImporter>();
        builder.Services.AddScoped<CompaniesSeed>();
        return builder;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs repeatedly, so PostgreSQL keeps their plans: the near
    /// search otherwise spends a large part of its time planning. A connection string that sets it already wins.
    /// </summary>
    private static void UsePreparedStatements(IConfiguration configuration)
    {
        var key = $"ConnectionStrings:{ResourceNames.CompaniesDb}";
        if (configuration[key] is { } connectionString && new NpgsqlConnectionStringBuilder(connectionString) is { MaxAutoPrepare: 0 } settings)
        {
            settings.MaxAutoPrepare = 50;
            configuration[key] = settings.ConnectionString;
        }
    }
}
