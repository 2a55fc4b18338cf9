namespace PartnershipHub.Companies.Benchmarks;

/// <summary>
/// Console benchmarks of the Companies service:
/// <c>dotnet run -c Release --project tests/Companies.Benchmarks [import|near] [--rows N] [--companies N] [--requests N]</c>.
/// They use the local servers (PH_TEST_POSTGRES, PH_TEST_RABBITMQ, PH_TEST_RABBITMQ_MGMT; scripts/infra.sh's addresses otherwise).
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> beside the service's own.</remarks>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        Default("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Default("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Default("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");

        var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)) ?? "all";
        if (which is "all" or "import")
        {
            await ImportBenchmark.RunAsync(Option(args, "--rows", 20_000));
        }

        if (which is "all" or "near")
        {
            await NearSearchBenchmark.RunAsync(Option(args, "--companies", 50_000), Option(args, "--requests", 500));
        }
    }

    private static void Default(string variable, string value) =>
        Environment.SetEnvironmentVariable(variable, Environment.GetEnvironmentVariable(variable) ?? value);

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
