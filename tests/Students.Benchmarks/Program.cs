namespace PartnershipHub.Students.Benchmarks;

// Not top-level statements: those would declare a second 'Program', clashing with the service's own.
internal static class BenchmarkProgram
{
    /// <param name="args">Optional: the number of import rows (default 20,000).</param>
    public static async Task Main(string[] args)
    {
        // Runs against the local servers (scripts/infra.sh): PH_TEST_POSTGRES, PH_TEST_RABBITMQ, PH_TEST_RABBITMQ_MGMT, or their defaults.
        Defaults.ApplyToEnvironment();

        await using var host = await BenchmarkHost.StartAsync();
        await ImportBenchmark.RunAsync(host, rows: args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        await ListBenchmark.RunAsync(host, cohortSize: 300, requests: 500);
    }
}
