namespace PartnershipHub.Guidance.Tests.Support;

/// <summary>Waits for a condition instead of sleeping a fixed time (consumers run asynchronously).</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not met in time: {what ?? "(unnamed)"}; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
