using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>A test class of rules: one publisher on the fixture's virtual host for the class's tests.</summary>
public abstract class RulesTestBase(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>, IAsyncLifetime
{
    private TestPublisher? _publisher;

    protected RulesScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);
        Scenario = new RulesScenario(fixture, _publisher);
    }

    public async Task DisposeAsync()
    {
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }
    }
}
