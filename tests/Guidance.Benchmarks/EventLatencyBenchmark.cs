using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>
/// Event committed → visible in the progress view. AssignmentSignedOff events are written through a real outbox (the
/// service's own, the same library Internships uses: EnqueueEvent + SaveChanges), published by its dispatcher to
/// RabbitMQ and consumed by the service's consumer. Each event is polled for until the progress view shows the
/// assignment signed off.
/// </summary>
internal static class EventLatencyBenchmark
{
    public static async Task RunAsync(BenchmarkHost host, List<Guid> students, List<Guid> mentors, int eventsPerSecond, int seconds)
    {
        var total = eventsPerSecond * seconds;
        var latencies = new ConcurrentBag<double>();
        var pollers = new List<Task>(total);
        var mentorOf = students.Select((s, n) => (s, mentors[n / Seeder.CaseloadSize])).ToDictionary(p => p.s, p => p.Item2);
        var clients = new ConcurrentDictionary<Guid, HttpClient>();
        var interval = TimeSpan.FromSeconds(1.0 / eventsPerSecond);
        var run = Stopwatch.StartNew();
        var random = new Random(7);
        var timedOut = 0;

        for (var n = 0; n < total; n++)
        {
            var due = interval * n;
            if (run.Elapsed < due)
            {
                await Task.Delay(due - run.Elapsed);
            }

            var student = students[random.Next(students.Count)];
            // Each event commits on its own task, so a slow commit never lowers the offered rate.
            pollers.Add(Task.Run(async () =>
            {
                var assignment = new AssignmentSnapshot(Guid.NewGuid(), Guid.NewGuid(), student, Guid.NewGuid(), "Latency", ["initiative"], null, AssignmentStatus.SignedOff);
                await host.InDatabaseAsync(async db =>
                {
                    db.EnqueueEvent(new AssignmentSignedOff(assignment, Guid.NewGuid(), null, DateTimeOffset.UtcNow, 1));
                    return await db.SaveChangesAsync();
                });
                var committed = Stopwatch.GetTimestamp();
                var client = clients.GetOrAdd(mentorOf[student], m => host.Client(TestTokens.Mentor(ApiAudiences.Guidance, m)));
                var deadline = TimeSpan.FromSeconds(30);
                while (Stopwatch.GetElapsedTime(committed) < deadline)
                {
                    // Cheap probe first (the view reads the same committed row), then the view itself to confirm.
                    var visible = await host.InDatabaseAsync(db => db.Assignments.AsNoTracking().AnyAsync(a => a.Id == assignment.AssignmentId && a.SignedOffAt != null));
                    if (visible)
                    {
                        var seen = Stopwatch.GetElapsedTime(committed).TotalMilliseconds;
                        var body = await client.GetStringAsync($"/api/students/{student}/progress");
                        if (!body.Contains(assignment.AssignmentId.ToString(), StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException("Visible in the copy but not in the progress view.");
                        }

                        latencies.Add(seen);
                        return;
                    }

                    await Task.Delay(5);
                }

                Interlocked.Increment(ref timedOut);
            }));
        }

        var offered = total / run.Elapsed.TotalSeconds;
        await Task.WhenAll(pollers);
        Console.WriteLine($"  AssignmentSignedOff committed → visible in progress ({offered:F0} events/s offered for {seconds} s): {Percentiles.Summary(latencies)}{(timedOut > 0 ? $", {timedOut} not seen within 30 s" : "")}");
    }
}
