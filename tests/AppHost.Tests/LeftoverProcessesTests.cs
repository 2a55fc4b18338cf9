using System.Diagnostics;
using PartnershipHub.AppHost.Tests.Support;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>The fixtures' leftover check finds what a run started by its environment, and only that.</summary>
public sealed class LeftoverProcessesTests
{
    [Fact]
    public async Task A_process_naming_the_run_in_its_environment_is_found_and_ended()
    {
        var marker = $"/tmp/partnershiphub-leftover-test-{Guid.NewGuid():N}";
        var start = new ProcessStartInfo("sleep", ["60"]) { Environment = { ["HOME"] = marker } };
        using var process = Process.Start(start)!;

        var found = await LeftoverProcesses.WaitUntilGoneAsync([marker], TimeSpan.Zero);
        LeftoverProcesses.Kill([marker]);
        var exited = process.WaitForExit(TimeSpan.FromSeconds(10));
        var afterwards = await LeftoverProcesses.WaitUntilGoneAsync([marker], TimeSpan.Zero);

        Assert.Equal([$"{process.Id} sleep 60"], found);
        Assert.True(exited, "The leftover was not ended.");
        Assert.Empty(afterwards);
        Assert.Empty(await LeftoverProcesses.WaitUntilGoneAsync([$"/tmp/partnershiphub-nothing-{Guid.NewGuid():N}"], TimeSpan.Zero));
    }
}
