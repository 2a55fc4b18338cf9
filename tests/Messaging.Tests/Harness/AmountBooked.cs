using PartnershipHub.Contracts;

namespace PartnershipHub.Messaging.Tests.Harness;

/// <summary>The test event. <see cref="Poison"/> makes the consumer fail every time, like a message no code can handle.</summary>
public sealed record AmountBooked(string Account, int Amount, bool Poison = false) : IntegrationEvent;
