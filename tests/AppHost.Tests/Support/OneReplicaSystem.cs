namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>The system as a developer runs it: one copy of every service.</summary>
public sealed class OneReplicaSystem : AppHostSystem
{
    protected override int Replicas => 1;
}
