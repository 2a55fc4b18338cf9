using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PartnershipHub.Testing;

/// <summary>
/// Hosts one service in memory against its own test database and broker virtual host. Configuration reaches it
/// under the same keys Aspire uses; tokens are validated by the service's real JWT bearer handler, with the
/// test issuer's key in place of the Identity service's discovery document.
/// </summary>
public class ServiceFactory<TProgram>(string databaseName, string audience, string databaseConnectionString, string brokerConnectionString)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public string Audience { get; } = audience;

    /// <summary>Extra configuration for this service (e.g. <c>Messaging:PollInterval</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The host's environment: "Testing", or "Development" for a test of what only Development does (demo data).</summary>
    public string EnvironmentName { get; set; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting($"ConnectionStrings:{databaseName}", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", brokerConnectionString);
        builder.UseSetting("Identity:Authority", TestTokens.Issuer);
        builder.UseSetting("Identity:Audience", Audience);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                options.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                options.TokenValidationParameters.ValidAudience = Audience;
            });
            // Tests publish right after start-up: the service's queues must be bound before the first request.
            services.Configure<MassTransitHostOptions>(options =>
            {
                options.WaitUntilStarted = true;
                options.StartTimeout = TimeSpan.FromSeconds(60);
            });
        });
    }

    /// <summary>A client that sends <paramref name="token"/> with every request.</summary>
    public HttpClient CreateClient(string token) => CreateClient().WithToken(token);
}
