namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>Two copies of every API behind the orchestrator's proxy (the portal stays one): dispatchers, seeding and keys side by side.</summary>
public sealed class TwoReplicaSystem : AppHostSystem
{
    protected override int Replicas => 2;

}
