using System.Globalization;

namespace PartnershipHub.Guidance.Benchmarks;

// Not top-level statements: those would declare a second 'Program', clashing with the service's own.
internal static class BenchmarkProgram
{
    /// <param name="args">"absence" [students] [days] for the absence import; otherwise optional: students (5000), assessments per student (20), requests per read scenario (3000; 0 skips the reads), event seconds (15), events per second (100).</param>
    public static async Task Main(string[] args)
    {
        // Runs against the local servers (scripts/infra.sh): PH_TEST_POSTGRES, PH_TEST_RABBITMQ, PH_TEST_RABBITMQ_MGMT, or their defaults.
        Defaults.ApplyToEnvironment();
        int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

        // GUIDANCE_BENCH_DATABASE=<name>: seed that database once and reuse it in later runs (drop it by hand).
        if (args.Length > 0 && args[0] == "absence")
        {
            // absence [students (20000)] [school days (20)]: the absence import and its signal evaluation, on a fresh database.
            await using var absenceHost = await BenchmarkHost.StartAsync(null);
            await AbsenceBenchmark.RunAsync(absenceHost, studentCount: Arg(1, 20000), days: Arg(2, 20));
            return;
        }

        await using var host = await BenchmarkHost.StartAsync(Environment.GetEnvironmentVariable("GUIDANCE_BENCH_DATABASE") is { Length: > 0 } kept ? kept : null);
        Console.WriteLine($"Guidance benchmark on {Environment.ProcessorCount} cores");
        var (students, mentors) = await Seeder.SeedAsync(host, studentCount: Arg(0, 5000), assessmentsPerStudent: Arg(1, 20));
        if (Arg(2, 3000) > 0)
        {
            await ReadBenchmark.RunAsync(host, students, mentors, requests: Arg(2, 3000), concurrency: 50);
        }

        await EventLatencyBenchmark.RunAsync(host, students, mentors, eventsPerSecond: Arg(4, 100), seconds: Arg(3, 15));
    }
}
