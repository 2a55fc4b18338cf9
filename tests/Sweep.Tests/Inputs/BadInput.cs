namespace PartnershipHub.Sweep.Tests.Inputs;

/// <summary>
/// One generated request body (or a missing one) and what it is. <see cref="MustBeRefused"/>: no endpoint may accept
/// it with a 2xx (malformed or mistyped JSON, a control character, a 100 KB string, a number or date outside any sensible
/// range, an enum value outside the enum, a null where the type allows none, a list of 5,000). Otherwise the input
/// may be fine for some endpoint (an empty object, an unknown id) and only the general rules apply.
/// </summary>
public sealed record BadInput(string Kind, string? Json, bool MustBeRefused, string ContentType = "application/json")
{
    public override string ToString() => Kind;
}
