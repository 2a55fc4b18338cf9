using PartnershipHub.Sweep.Tests.Inputs;
using PartnershipHub.Sweep.Tests.Routes;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>One request of the sweep: an endpoint, a caller, a concrete path and body, and what the rules expect.</summary>
public sealed record Cell(SweptEndpoint Endpoint, string Input, Caller Caller, string Path, BadInput? Body, Expectation Expected)
{
    public override string ToString() => $"{Endpoint} | {Input} | {Caller}";
}
