namespace PartnershipHub.Portal.Auth;

/// <summary>
/// The signed-in user's tokens for one circuit (scoped). Routes fills it from the cookie's tokens when the circuit
/// starts, because the HttpContext is gone once the circuit runs; it refreshes the access token itself when it is
/// about to expire, so a long session keeps working.
/// </summary>
public sealed class UserTokens(TokenEndpointClient tokenEndpoint, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private TokenSet? _tokens;

    public bool HasTokens => _tokens is not null;

    public void Set(TokenSet? tokens)
    {
        if (tokens is not null)
        {
            _tokens = tokens;
        }
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var tokens = _tokens;
        if (tokens is null || tokens.ExpiresAt - Margin > time.GetUtcNow() || tokens.RefreshToken is null)
        {
            return tokens?.AccessToken;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (_tokens is { } current && current.ExpiresAt - Margin <= time.GetUtcNow() && current.RefreshToken is { } refresh)
            {
                _tokens = await tokenEndpoint.RefreshAsync(refresh, cancellationToken) ?? current;
            }

            return _tokens?.AccessToken;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
