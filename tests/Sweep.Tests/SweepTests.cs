using PartnershipHub.Sweep.Tests.Hosting;
using PartnershipHub.Sweep.Tests.Reporting;
using PartnershipHub.Sweep.Tests.Running;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.Sweep.Tests;

/// <summary>
/// Issue #19's sweep: every endpoint in the five APIs' route tables gets every role's token and none, bad tokens,
/// someone else's ids, and a generated set of bad inputs. The sweep runs once (<see cref="SweptSystem.SweepAsync"/>);
/// each test asserts one rule over all of it and prints the counts. A new endpoint is swept without being listed.
/// </summary>
public sealed class SweepTests(SweptSystem system, ITestOutputHelper output) : IClassFixture<SweptSystem>
{
    [Fact]
    public async Task Every_service_has_its_endpoints_swept()
    {
        var results = await SweepAsync();

        Assert.All(results.Services, s => Assert.True(s.Endpoints.Count > 0, $"{s.Service}: its route table gave the sweep no endpoint."));
        Assert.True(results.Requests > results.Endpoints * 10, $"Only {results.Requests} requests for {results.Endpoints} endpoints.");
    }

    [Fact]
    public async Task No_request_is_answered_with_a_5xx() =>
        AssertNone(await SweepAsync(), "requests answered with a 5xx", FailureKind.ServerError);

    [Fact]
    public async Task Every_refusal_follows_the_endpoints_authorization_rules() =>
        AssertNone(await SweepAsync(), "wrong authorisation cells (401 for no or a bad token, 403 for a role the policy refuses, never 2xx for someone else's id)",
            FailureKind.WrongAuthorisation, FailureKind.ForeignIdAnswered);

    [Fact]
    public async Task Every_400_is_problem_details_naming_the_field() =>
        AssertNone(await SweepAsync(), "400s that are not ProblemDetails naming a field", FailureKind.BadRequestWithoutField);

    [Fact]
    public async Task Bad_input_is_never_accepted() =>
        AssertNone(await SweepAsync(), "bad inputs answered with a 2xx", FailureKind.BadInputAccepted);

    [Fact]
    public async Task A_refused_request_stores_nothing() =>
        AssertNone(await SweepAsync(), "batches of refused requests after which the database had changed", FailureKind.RefusedRequestStored);

    private async Task<SweepResults> SweepAsync()
    {
        var results = await system.SweepAsync();
        output.WriteLine(SweepReport.Summary(results));
        return results;
    }

    private void AssertNone(SweepResults results, string what, params FailureKind[] kinds)
    {
        var failures = results.Of(kinds);
        if (failures.Count > 0)
        {
            output.WriteLine(SweepReport.Describe(failures));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} {what}:\n{SweepReport.Describe(failures)}");
    }
}
