namespace PartnershipHub.Guidance.Benchmarks;

internal static class Defaults
{
    public static void ApplyToEnvironment()
    {
        Set("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Set("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Set("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
        // WebApplicationFactory looks for the service's folder next to the solution unless told; the output folder will do.
        Set("ASPNETCORE_TEST_CONTENTROOT_GUIDANCE_API", AppContext.BaseDirectory);
    }

    private static void Set(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)))
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
