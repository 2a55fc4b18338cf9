using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Portal.Api;

/// <summary>
/// Calls one API (by its service-discovery name) with the signed-in user's access token and turns every answer into
/// an <see cref="ApiResult{T}"/>: problem details become an <see cref="ApiProblem"/>, a lost service status 0.
/// </summary>
public abstract class ApiClient(IHttpClientFactory httpClients, UserTokens tokens, string serviceName)
{
    /// <summary>The APIs' own wire format (ServiceDefaults): camelCase names and enum strings, read case-insensitively.</summary>
    public static readonly JsonSerializerOptions Json = WireFormat.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    protected Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: Json), cancellationToken);

    protected Task<ApiResult<T>> PutAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, body is null ? null : JsonContent.Create(body, options: Json), cancellationToken);

    protected async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken = default)
    {
        try
        {
            using var http = httpClients.CreateClient(serviceName);
            using var request = new HttpRequestMessage(method, path) { Content = content };
            if (await tokens.GetAccessTokenAsync(cancellationToken) is { } accessToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (response.Content.Headers.ContentLength == 0 || typeof(T) == typeof(NoContent))
                {
                    return ApiResult<T>.Ok(default);
                }

                // A text answer (the staff import's CSV template) is read as it is, not as JSON.
                if (typeof(T) == typeof(string))
                {
                    return ApiResult<T>.Ok((T)(object)await response.Content.ReadAsStringAsync(cancellationToken));
                }

                return ApiResult<T>.Ok(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken));
            }

            return ApiResult<T>.Failed(await ReadProblemAsync(response, cancellationToken));
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Failed(ApiProblem.Unreachable);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ApiResult<T>.Failed(ApiProblem.Unreachable);
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            return ApiResult<T>.Failed(ApiProblem.Unreachable);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException)
        {
            return ApiResult<T>.Failed(ApiProblem.Unreachable);
        }
    }

    public static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var empty = new Dictionary<string, string[]>();
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(text))
            {
                return new ApiProblem(status, null, null, null, empty);
            }

            using var document = JsonDocument.Parse(text);
            return FromJson(status, document.RootElement);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, null, null, empty);
        }
    }

    public static ApiProblem FromJson(int status, JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in fields.EnumerateObject())
            {
                errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                    ? [.. field.Value.EnumerateArray().Select(message => message.GetString() ?? "")]
                    : [field.Value.ToString()];
            }
        }

        return new ApiProblem(status, StringOf(root, "title"), StringOf(root, "detail"), StringOf(root, "rule"), errors) { Missing = StringsOf(root, "missing") };
    }

    private static List<string>? StringsOf(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!)]
            : null;

    private static string? StringOf(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
