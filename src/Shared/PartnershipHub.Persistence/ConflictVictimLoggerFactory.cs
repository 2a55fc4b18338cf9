using Microsoft.Extensions.Logging;

namespace PartnershipHub.Persistence;

/// <summary>
/// The logger factory EF Core uses for the service's DbContext: every logger it makes is a
/// <see cref="ConflictVictimLogger"/>. The host owns the factory it wraps.
/// </summary>
internal sealed class ConflictVictimLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new ConflictVictimLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
    }
}
