using System.Collections;
using System.Globalization;
using System.Reflection;
using MassTransit;
using MassTransit.Serialization;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Outbox;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>
/// The dispatcher puts the stored JSON into MassTransit's envelope without MassTransit's serializer; these tests hold
/// it to what MassTransit's own deserializer reads, for every event the services exchange.
/// </summary>
public sealed class OutboxEnvelopeTests
{
    public static TheoryData<Type> EventTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(IntegrationEvent).Assembly.GetTypes()
                     .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)
                     .OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void MassTransit_reads_every_event_from_the_envelope_exactly_as_it_was_stored(Type eventType)
    {
        var stored = (IntegrationEvent)SampleValues.Create(eventType);
        var payload = OutboxBulk.Payload(stored);

        var body = OutboxBrokerPublisher.Envelope(
            OutboxBrokerPublisher.MessageTypesJson(eventType), stored.EventId, payload, "2026-11-24T10:00:00.0000000Z");
        var context = SystemTextJsonMessageSerializer.Instance.Deserialize(new BytesMessageBody(body), EmptyHeaders.Instance);

        Assert.Equal(stored.EventId, context.MessageId);
        Assert.Contains(MessageUrn.ForTypeString(eventType), context.SupportedMessageTypes);
        var read = typeof(OutboxEnvelopeTests).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .Invoke(null, [context]);
        Assert.NotNull(read);
        Assert.Equal(payload, OutboxBulk.Payload((IntegrationEvent)read));
    }

    [Fact]
    public void The_sample_events_fill_every_field_so_a_dropped_one_would_show()
    {
        // Guards the test above: a property left at its default would read back equal even if the envelope lost it.
        var placement = (PlacementAtRisk)SampleValues.Create(typeof(PlacementAtRisk));
        var json = OutboxBulk.Payload(placement);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain(":0,", json, StringComparison.Ordinal);
    }

    private static T? Read<T>(SerializerContext context) where T : class =>
        context.TryGetMessage<T>(out var message) ? message : null;

    /// <summary>Builds an instance of a contract with every constructor parameter set to a non-default value.</summary>
    private static class SampleValues
    {
        public static object Create(Type type, int depth = 0)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                return Create(underlying, depth);
            }

            if (type == typeof(string))
            {
                return "tekst \"met\" é";
            }

            if (type == typeof(int) || type == typeof(long) || type == typeof(short))
            {
                return Convert.ChangeType(7, type, CultureInfo.InvariantCulture);
            }

            if (type == typeof(decimal))
            {
                return 7.25m;
            }

            if (type == typeof(double))
            {
                return 52.0907;
            }

            if (type == typeof(bool))
            {
                return true;
            }

            if (type == typeof(Guid))
            {
                return Guid.Parse("7d3a1f2e-52b4-4c39-9b0e-0c6f4f0a2b11");
            }

            if (type == typeof(DateTimeOffset))
            {
                return new DateTimeOffset(2026, 11, 24, 9, 30, 15, TimeSpan.Zero);
            }

            if (type == typeof(DateTime))
            {
                return new DateTime(2026, 11, 24, 9, 30, 15, DateTimeKind.Utc);
            }

            if (type == typeof(DateOnly))
            {
                return new DateOnly(2026, 11, 24);
            }

            if (type == typeof(TimeOnly))
            {
                return new TimeOnly(9, 30);
            }

            if (type.IsEnum)
            {
                // The last value: never the default, so an enum the envelope lost would show.
                var values = Enum.GetValues(type);
                return values.GetValue(values.Length - 1)!;
            }

            if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
            {
                var element = type.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                list.Add(Create(element, depth + 1));
                return list;
            }

            if (depth > 5)
            {
                throw new InvalidOperationException($"{type} nests too deep for a sample.");
            }

            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var arguments = constructor.GetParameters().Select(p => Create(p.ParameterType, depth + 1)).ToArray();
            var instance = constructor.Invoke(arguments);
            if (instance is IntegrationEvent)
            {
                type.GetProperty(nameof(IntegrationEvent.EventId))!.SetValue(instance, Guid.NewGuid());
            }

            return instance;
        }
    }
}
