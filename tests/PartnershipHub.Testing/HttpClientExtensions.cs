using System.Net.Http.Headers;

namespace PartnershipHub.Testing;

public static class HttpClientExtensions
{
    /// <summary>Sends every later request of this client as the holder of <paramref name="token"/>.</summary>
    public static HttpClient WithToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
