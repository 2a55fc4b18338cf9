using System.Text.Json;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// A placement asked to start while its agreement lacks signatures: 409 <c>agreement-incomplete</c> with <c>missing</c>
/// (the parties in camelCase, as events spell them), the current <c>state</c> and the <c>allowedTransitions</c>.
/// </summary>
public sealed class AgreementIncompleteException(string state, IReadOnlyList<string> allowedTransitions, IReadOnlyList<AgreementParty> missing)
    : ConflictException(RuleName, Sentence(missing), new Dictionary<string, object?>
    {
        ["state"] = JsonNamingPolicy.CamelCase.ConvertName(state),
        ["allowedTransitions"] = allowedTransitions,
        ["missing"] = missing.Select(PartyName).ToArray(),
    })
{
    public const string RuleName = "agreement-incomplete";

    public IReadOnlyList<AgreementParty> Missing { get; } = missing;

    public static string PartyName(AgreementParty party) => JsonNamingPolicy.CamelCase.ConvertName(party.ToString());

    private static string Sentence(IReadOnlyList<AgreementParty> missing) =>
        $"The placement cannot start: the agreement is not yet signed by {string.Join(", ", missing.Select(p => p switch
        {
            AgreementParty.Guardian => "the parent or guardian",
            _ => $"the {PartyName(p)}",
        }))}.";
}
