using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnershipHub.Companies.Features.Companies;

namespace PartnershipHub.Companies.Tests.Api;

internal static class TestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static int _kvk = Random.Shared.Next(10_000_000, 90_000_000);

    public static string NewKvk() => Interlocked.Increment(ref _kvk).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static CompanyRequest Company(string? kvk = null, string postcode = "3511 AB", string name = "Bakkerij Test") => new(
        name,
        kvk ?? NewKvk(),
        "SBB-1",
        "Retail",
        true,
        new ContactRequest("Els Visser", "els@bakkerij.example", "030-1234567"),
        new CooperationRequest("every two weeks", "Els, mornings", "Likes short lines.", ["close-supervision"]),
        [new LocationRequest(null, "Oudegracht 1", postcode, "Utrecht", null, null)]);

    public static async Task<CompanyResponse> RegisterAsync(HttpClient coordinator, CompanyRequest? request = null)
    {
        var response = await coordinator.PostAsJsonAsync("/api/companies", request ?? Company(), Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CompanyResponse>(Json))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    /// <summary>The ProblemDetails body of a refused request, with its per-field errors when it has them.</summary>
    public static async Task<ProblemBody> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemBody>(Json))!;
    }
}
