namespace PartnershipHub.AppHost;

internal static class ResourceBuilderExtensions
{
    /// <summary>
    /// What every service gets: its own database and the broker (as <c>ConnectionStrings__*</c>), started only once
    /// both are up, migrations and demo data on start-up, its API audience, and a /health check Aspire waits on.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPartnershipHubDefaults(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<PostgresDatabaseResource> database,
        IResourceBuilder<RabbitMQServerResource> messaging,
        string audience) =>
        service
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging)
            .WithEnvironment("Database__MigrateOnStartup", "true")
            .WithEnvironment("Seed__Demo", "true")
            .WithEnvironment("Identity__Audience", audience)
            .WithHttpHealthCheck("/health");

    /// <summary>Tokens are validated against Identity, found through <c>services__identity__http__0</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentity(
        this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> identity) =>
        service.WithReference(identity).WaitFor(identity);
}
