using Microsoft.Extensions.Configuration;
using PartnershipHub.AppHost.Infrastructure;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.AppHost;

internal static class ResourceBuilderExtensions
{
    private const string Http = "http";

    /// <summary>
    /// A service on its documented port (<c>Ports:&lt;Service&gt;</c>) on 127.0.0.1, in the AppHost's environment, with a
    /// /health check Aspire waits on. Launch profiles are left out: they would pin ports the AppHost owns.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, int port, SystemSettings settings, int? replicas = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: port, name: Http)
            .WithEndpoint(Http, endpoint => endpoint.TargetHost = "127.0.0.1")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithReplicas(replicas ?? settings.Replicas)
            .WithHttpHealthCheck("/health");

    /// <summary>
    /// The service's own database and the broker (as <c>ConnectionStrings__*</c>), started only once both are up,
    /// migrations on start-up, demo data when the AppHost asks for it, and its API audience.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDatabaseAndMessaging(
        this IResourceBuilder<ProjectResource> service,
        SystemInfrastructure infrastructure,
        string database,
        string audience,
        SystemSettings settings)
    {
        var db = infrastructure.AddDatabase(database);
        return service
            .WithReference(db).WaitFor(db)
            .WithReference(infrastructure.Messaging).WaitFor(infrastructure.Messaging)
            .WithEnvironment("Database__MigrateOnStartup", "true")
            .WithEnvironment("Seed__Demo", settings.DemoData ? "true" : "false")
            .WithEnvironment("Identity__Audience", audience);
    }

    /// <summary>
    /// Tokens are validated against Identity, found through <c>services__identity__http__0</c>. Its keys are fetched at
    /// the first request, so a service need not wait for it to start (those that publish at start-up do, in Program.cs).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> identity) =>
        service.WithReference(identity);

    /// <summary>Mail in Development goes to files (one .eml per message) in <c>MailPickupDirectory</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithMailPickup(this IResourceBuilder<ProjectResource> service, SystemSettings settings) =>
        service.WithEnvironment("Mail__PickupDirectory", settings.MailPickupDirectory);

    /// <summary>
    /// Identity names its own address as the tokens' issuer (so every API and every replica agrees on it) and accepts
    /// the portal's real address, on 127.0.0.1 and on localhost, as sign-in and sign-out redirects.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPortalClient(
        this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> portal)
    {
        var own = identity.GetEndpoint(Http);
        var endpoint = portal.GetEndpoint(Http);
        var port = endpoint.Property(EndpointProperty.Port);
        return identity
            .WithEnvironment("Identity__IssuerUri", own)
            .WithEnvironment("Identity__Clients__Portal__RedirectUris__0", ReferenceExpression.Create($"http://127.0.0.1:{port}/signin-oidc"))
            .WithEnvironment("Identity__Clients__Portal__RedirectUris__1", ReferenceExpression.Create($"http://localhost:{port}/signin-oidc"))
            .WithEnvironment("Identity__Clients__Portal__PostLogoutRedirectUris__0", ReferenceExpression.Create($"http://127.0.0.1:{port}/signout-callback-oidc"))
            .WithEnvironment("Identity__Clients__Portal__PostLogoutRedirectUris__1", ReferenceExpression.Create($"http://localhost:{port}/signout-callback-oidc"));
    }

    /// <summary>
    /// Notifications writes absolute portal links into its mails (a notification's link, the guardian's signing link):
    /// they follow the portal's port, whatever it is configured to.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPortalLinks(
        this IResourceBuilder<ProjectResource> notifications, IResourceBuilder<ProjectResource> portal)
    {
        var port = portal.GetEndpoint(Http).Property(EndpointProperty.Port);
        return notifications.WithEnvironment("Notifications__PortalBaseUrl", ReferenceExpression.Create($"http://localhost:{port}"));
    }

    /// <summary>The operator page reads queue depths from RabbitMQ's management API and links to the dashboard.</summary>
    public static IResourceBuilder<ProjectResource> WithOperatorPage(
        this IResourceBuilder<ProjectResource> portal, SystemInfrastructure infrastructure)
    {
        var dashboard = portal.ApplicationBuilder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        if (!string.IsNullOrEmpty(dashboard))
        {
            portal.WithEnvironment("Dashboard__Url", dashboard);
        }

        return infrastructure.WithManagementApi(portal);
    }
}
