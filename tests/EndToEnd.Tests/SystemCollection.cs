using Xunit;

namespace PartnershipHub.EndToEnd.Tests;

/// <summary>All end-to-end classes share one running system.</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<RunningSystem>
{
    public const string Name = "running system";
}
