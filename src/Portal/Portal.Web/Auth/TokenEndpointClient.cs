using System.Globalization;
using System.Text.Json;

namespace PartnershipHub.Portal.Auth;

/// <summary>Redeems a refresh token at Identity's token endpoint (public client: no secret).</summary>
public sealed class TokenEndpointClient(IHttpClientFactory httpClients, string authority, TimeProvider time)
{
    public const string HttpClientName = "identity-token-endpoint";

    public async Task<TokenSet?> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        using var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsync(
            new Uri(new Uri(authority.TrimEnd('/') + "/"), "connect/token"),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = "portal",
                ["refresh_token"] = refreshToken,
            }),
            cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = body.RootElement;
        var accessToken = root.GetProperty("access_token").GetString();
        if (accessToken is null)
        {
            return null;
        }

        var expiresIn = root.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 300;
        var newRefreshToken = root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : refreshToken;
        return new TokenSet(accessToken, newRefreshToken, time.GetUtcNow().AddSeconds(expiresIn));
    }

    public static DateTimeOffset ParseExpiry(string? expiresAt) =>
        DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : DateTimeOffset.MinValue;
}
