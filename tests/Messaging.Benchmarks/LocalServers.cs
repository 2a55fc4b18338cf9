namespace PartnershipHub.Messaging.Benchmarks;

internal static class LocalServers
{
    /// <summary>Points the test infrastructure at scripts/infra.sh's servers unless the environment says otherwise.</summary>
    public static void UseDefaultsWhenUnset()
    {
        SetIfUnset("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        SetIfUnset("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        SetIfUnset("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
    }

    private static void SetIfUnset(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name)))
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
