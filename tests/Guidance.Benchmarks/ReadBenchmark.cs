using System.Collections.Concurrent;
using System.Diagnostics;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>GET progress and GET caseload with 50 requests in flight.</summary>
internal static class ReadBenchmark
{
    public static async Task RunAsync(BenchmarkHost host, List<Guid> students, List<Guid> mentors, int requests, int concurrency)
    {
        var coordinator = host.Client(TestTokens.Coordinator(ApiAudiences.Guidance));
        var mentorClients = mentors.Take(200).Select(m => host.Client(TestTokens.Mentor(ApiAudiences.Guidance, m))).ToList();

        // One at a time first: the cost of one request, which the concurrent figures multiply by the machine's load.
        await MeasureAsync("GET /api/students/{id}/progress (sequential)", Math.Min(requests, 500), 1,
            i => coordinator.GetAsync($"/api/students/{students[(int)((uint)(i * 7919) % students.Count)]}/progress"));
        await MeasureAsync("GET /api/mentors/me/students (sequential)", Math.Min(requests, 500), 1,
            i => mentorClients[i % mentorClients.Count].GetAsync("/api/mentors/me/students"));
        await MeasureAsync($"GET /api/students/{{id}}/progress ({concurrency} concurrent)", requests, concurrency,
            i => coordinator.GetAsync($"/api/students/{students[(int)((uint)(i * 7919) % students.Count)]}/progress"));
        await MeasureAsync($"GET /api/mentors/me/students, {Seeder.CaseloadSize} mentees ({concurrency} concurrent)", requests, concurrency,
            i => mentorClients[i % mentorClients.Count].GetAsync("/api/mentors/me/students"));
    }

    private static async Task MeasureAsync(string scenario, int requests, int concurrency, Func<int, Task<HttpResponseMessage>> send)
    {
        // Warm-up at the measured concurrency: JIT, plan caches, and as many pooled connections as requests in flight
        // (a one-at-a-time warm-up leaves the first concurrent requests opening connections, which is start-up, not load).
        // Then the runtime gets to finish its tier-1 compiles: without that a run of a few thousand requests is measured
        // largely on first-tier code while the compiler competes for the same two cores (seen: 857 vs 2,172 req/s).
        var warmUp = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref warmUp)) < WarmUpRequests(concurrency))
            {
                using var response = await send(i + 1_000_000);
                response.EnsureSuccessStatusCode();
            }
        })));
        await WarmUp.SettleJitAsync();
        var compiledBefore = WarmUp.CompiledMethods();

        var timings = new ConcurrentBag<double>();
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var clock = new Stopwatch();
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                clock.Restart();
                using var response = await send(i);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        })));
        Console.WriteLine($"  {scenario}: {Percentiles.Summary(timings)}, {requests / wall.Elapsed.TotalSeconds:F0} req/s ({WarmUp.CompiledMethods() - compiledBefore:N0} methods compiled meanwhile)");
    }

    /// <summary>PH_BENCH_WARMUP_ROUNDS=0 measures from (nearly) cold: only enough requests to open the pool's connections.</summary>
    private static int WarmUpRequests(int concurrency) => WarmUp.Rounds() == 0 ? concurrency : Math.Max(1_000, 20 * concurrency);
}
