using PartnershipHub.AppHost.Tests.Support;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>The loop and the log check with every API twice (PartnershipHub:Replicas=2).</summary>
public sealed class TwoReplicaTests(TwoReplicaSystem system) : RunningSystemTests<TwoReplicaSystem>(system), IClassFixture<TwoReplicaSystem>;
