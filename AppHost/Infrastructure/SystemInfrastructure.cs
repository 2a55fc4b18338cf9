namespace PartnershipHub.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ as the services see them, whichever way they were started: one database resource per
/// service (<c>ConnectionStrings__&lt;db&gt;</c>), the broker (<c>ConnectionStrings__messaging</c>) and its management API
/// for the operator page.
/// </summary>
internal sealed class SystemInfrastructure(
    Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase,
    IResourceBuilder<IResourceWithConnectionString> messaging,
    Action<IResourceBuilder<ProjectResource>> withManagementApi)
{
    public IResourceBuilder<IResourceWithConnectionString> Messaging { get; } = messaging;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);

    /// <summary>The management API's address and credentials (<c>RabbitMq:Management*</c>) for a project that shows queue depths.</summary>
    public IResourceBuilder<ProjectResource> WithManagementApi(IResourceBuilder<ProjectResource> project)
    {
        withManagementApi(project);
        return project;
    }
}
