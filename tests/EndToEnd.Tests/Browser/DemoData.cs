using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>The seeded placements the browser tests need; seeds run in the background, so every lookup polls.</summary>
public static class DemoData
{
    private static readonly TimeSpan SeedTimeout = TimeSpan.FromMinutes(8);

    /// <summary>The demo student's active placement at the demo trainer's company, once Guidance knows it too.</summary>
    public static async Task<Guid> TrainersActivePlacementAsync()
    {
        using var internships = await DemoUsers.ClientAsync(RunningSystem.Internships, DemoUsers.Trainer, "internships guidance");
        using var guidance = await DemoUsers.ClientAsync(RunningSystem.Guidance, DemoUsers.Mentor, "guidance");
        return await PollAsync("the demo student's active placement at the trainer's company, known to Guidance", async () =>
        {
            var placements = await internships.GetFromJsonAsync<JsonElement>("/api/placements?pageSize=500");
            var placement = placements.GetProperty("items").EnumerateArray().FirstOrDefault(p =>
                p.GetProperty("studentId").GetGuid() == DemoUsers.DemoStudent && p.GetProperty("status").GetString() == "active");
            if (placement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var progress = await guidance.GetAsync($"/api/students/{DemoUsers.DemoStudent}/progress");
            if (!progress.IsSuccessStatusCode)
            {
                return null;
            }

            var body = await progress.Content.ReadFromJsonAsync<JsonElement>();
            return body.TryGetProperty("placement", out var known) && known.ValueKind == JsonValueKind.Object
                ? placement.GetProperty("id").GetGuid()
                : null;
        });
    }

    /// <summary>A placement at a company the demo trainer does not work for.</summary>
    public static async Task<Guid> PlacementAtAnotherCompanyAsync()
    {
        using var internships = await DemoUsers.ClientAsync(RunningSystem.Internships, DemoUsers.Coordinator, "internships");
        return await PollAsync("a placement at another company", async () =>
        {
            var placements = await internships.GetFromJsonAsync<JsonElement>("/api/placements?status=active&pageSize=500");
            var other = placements.GetProperty("items").EnumerateArray().FirstOrDefault(p => p.GetProperty("companyId").GetGuid() != DemoUsers.TrainersCompany);
            return other.ValueKind == JsonValueKind.Object ? other.GetProperty("id").GetGuid() : null;
        });
    }

    private static async Task<Guid> PollAsync(string what, Func<Task<Guid?>> attempt)
    {
        var deadline = DateTime.UtcNow + SeedTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await attempt() is { } found)
                {
                    return found;
                }
            }
            catch (HttpRequestException)
            {
                // A service still starting; try again.
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.Fail($"The demo seed did not provide {what} within {SeedTimeout.TotalMinutes} minutes.");
        return Guid.Empty;
    }
}
