using Npgsql;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.ServiceDefaults;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The Guidance service with a pool of two connections, so every read takes a connection another read just gave back.</summary>
public sealed class SmallPoolGuidanceFixture : GuidanceApiFixture
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings[$"ConnectionStrings:{ResourceNames.GuidanceDb}"] =
            new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 2 }.ConnectionString;
    }
}

public sealed class ProgressUnderLoadTests(SmallPoolGuidanceFixture fixture) : IClassFixture<SmallPoolGuidanceFixture>
{
    [Fact]
    public async Task Concurrent_progress_reads_on_a_busy_pool_all_answer()
    {
        // A pooled connection hands the same reader object to its next command: a read that disposed its reader twice
        // closed the next request's reader and left one of them waiting for the server forever.
        var mentor = Guid.NewGuid();
        var students = Enumerable.Range(0, 8).Select(_ => TestData.Student(mentor)).ToList();
        await fixture.InDatabaseAsync(db =>
        {
            db.Students.AddRange(students);
            return db.SaveChangesAsync();
        });
        var client = fixture.Mentor(mentor);
        // The first read of each student builds and stores its document.
        foreach (var student in students)
        {
            (await client.GetAsync($"/api/students/{student.Id}/progress")).EnsureSuccessStatusCode();
        }

        var next = -1;
        var reads = Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < 1_500)
            {
                var student = students[i % students.Count];
                using var response = await client.GetAsync($"/api/students/{student.Id}/progress");
                response.EnsureSuccessStatusCode();
                Assert.Contains(student.Id.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        })));

        var finished = await Task.WhenAny(reads, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == reads, $"{Math.Min(next, 1_500)} of 1,500 reads started and one or more never answered within 60 s");
        await reads;
    }
}
