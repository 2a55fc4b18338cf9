using OpenIddict.Client;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// OpenIddict's client logs a school provider that cannot be reached (connection refused, a broken answer) as an
/// error. For this service that is an expected condition with a page of its own ("try again or sign in another way"),
/// so its client dispatcher's errors are written as warnings; mistakes in our own configuration still throw.
/// </summary>
internal sealed class SchoolProviderLogger(ILoggerFactory factory) : ILogger<OpenIddictClientDispatcher>
{
    private readonly ILogger _inner = factory.CreateLogger<OpenIddictClientDispatcher>();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(Demote(logLevel));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _inner.Log(Demote(logLevel), eventId, state, exception, formatter);

    private static LogLevel Demote(LogLevel level) => level == LogLevel.Error ? LogLevel.Warning : level;
}
