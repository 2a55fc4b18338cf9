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
/// RabbitMQ and consumed by the service's consumer, which refreshes the student's progress document. One watcher
/// looks for all pending events every 10 ms (a probe per event would load the machine it measures), and every
/// tenth event is confirmed through GET progress itself.
/// </summary>
internal static class EventLatencyBenchmark
{
    public static async Task RunAsync(BenchmarkHost host, List<Guid> students, List<Guid> mentors, int eventsPerSecond, int seconds)
    {
        var total = eventsPerSecond * seconds;
        var pending = new ConcurrentDictionary<Guid, (long Committed, DateTimeOffset CommittedAt, Guid Student)>();
        var latencies = new ConcurrentBag<double>();
        var mentorOf = students.Select((s, n) => (s, mentors[n / Seeder.CaseloadSize])).ToDictionary(p => p.s, p => p.Item2);
        var interval = TimeSpan.FromSeconds(1.0 / eventsPerSecond);
        var random = new Random(7);
        var producers = new List<Task>(total);
        using var stop = new CancellationTokenSource();
        var confirmed = 0;

        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested || !pending.IsEmpty)
            {
                var snapshot = pending.ToArray();
                if (snapshot.Length > 0)
                {
                    // The database answers which pending assignments the documents already show; only ids travel.
                    // A document not updated since the event was committed cannot show it: only those are opened and searched,
                    // so the watcher's own cost does not grow with the number of events still on their way.
                    var studentIds = snapshot.Select(p => p.Value.Student).ToArray();
                    var assignmentIds = snapshot.Select(p => p.Key).ToArray();
                    var committedAt = snapshot.Select(p => p.Value.CommittedAt).ToArray();
                    var shown = await host.InDatabaseAsync(db => db.Database.SqlQuery<Guid>(
                        $"""
                         SELECT p.aid AS "Value"
                         FROM unnest({studentIds}, {assignmentIds}, {committedAt}) AS p(sid, aid, committed_at)
                         JOIN progress_documents d ON d.student_id = p.sid AND d.updated_at >= p.committed_at
                         WHERE EXISTS (SELECT 1 FROM jsonb_array_elements((d.document -> 'assignments' -> 'items')::jsonb) i WHERE i ->> 'assignmentId' = p.aid::text)
                         """).ToListAsync());
                    var now = Stopwatch.GetTimestamp();
                    foreach (var assignmentId in shown)
                    {
                        if (pending.TryRemove(assignmentId, out var entry))
                        {
                            latencies.Add(Stopwatch.GetElapsedTime(entry.Committed, now).TotalMilliseconds);
                            if (Interlocked.Increment(ref confirmed) % 10 == 0)
                            {
                                var client = host.Client(TestTokens.Mentor(ApiAudiences.Guidance, mentorOf[entry.Student]));
                                var body = await client.GetStringAsync($"/api/students/{entry.Student}/progress");
                                if (!body.Contains(assignmentId.ToString(), StringComparison.Ordinal))
                                {
                                    throw new InvalidOperationException("In the document but not in the progress view.");
                                }
                            }
                        }
                    }

                    foreach (var (assignmentId, entry) in snapshot)
                    {
                        if (Stopwatch.GetElapsedTime(entry.Committed) > TimeSpan.FromSeconds(60))
                        {
                            pending.TryRemove(assignmentId, out _);
                        }
                    }
                }

                await Task.Delay(10);
            }
        });

        var run = Stopwatch.StartNew();
        for (var n = 0; n < total; n++)
        {
            var due = interval * n;
            if (run.Elapsed < due)
            {
                await Task.Delay(due - run.Elapsed);
            }

            var student = students[random.Next(students.Count)];
            // Each event commits on its own task, so a slow commit never lowers the offered rate.
            producers.Add(Task.Run(async () =>
            {
                var assignment = new AssignmentSnapshot(Guid.NewGuid(), Guid.NewGuid(), student, Guid.NewGuid(), "Latency", ["initiative"], null, AssignmentStatus.SignedOff);
                // Taken before the commit: the document update that shows the event is stamped later than this.
                var committing = DateTimeOffset.UtcNow;
                await host.InDatabaseAsync(async db =>
                {
                    db.EnqueueEvent(new AssignmentSignedOff(assignment, Guid.NewGuid(), null, DateTimeOffset.UtcNow, 1));
                    return await db.SaveChangesAsync();
                });
                pending[assignment.AssignmentId] = (Stopwatch.GetTimestamp(), committing, student);
            }));
        }

        await Task.WhenAll(producers);
        var offered = total / run.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await watcher;
        var missing = total - latencies.Count;
        Console.WriteLine($"  AssignmentSignedOff committed → visible in progress ({offered:F0} events/s offered for {seconds} s): {Percentiles.Summary(latencies)}{(missing > 0 ? $", {missing} not seen within 60 s" : "")}");
    }
}
