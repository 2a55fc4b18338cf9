namespace PartnershipHub.AppHost.Infrastructure;

/// <summary>One service's database on the local server; created when the server is ready, before its service starts.</summary>
internal sealed class LocalPostgresDatabaseResource(string name, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public string DatabaseName => Name;

    public string ConnectionString => $"{Parent.AdminConnectionString};Database={DatabaseName}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
