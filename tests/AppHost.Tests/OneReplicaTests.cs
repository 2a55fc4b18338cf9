using PartnershipHub.AppHost.Tests.Support;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>The loop and the log check on the system as a developer runs it.</summary>
public sealed class OneReplicaTests(OneReplicaSystem system) : RunningSystemTests<OneReplicaSystem>(system), IClassFixture<OneReplicaSystem>;
