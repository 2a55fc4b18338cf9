using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.Api;

/// <summary>The agreement's parties in words: "Nog niet ondertekend door: de student, de ouder/verzorger".</summary>
public static class AgreementSentences
{
    public const string IncompleteRule = "agreement-incomplete";

    /// <summary>The parties in the user's language, each with its article, in the order given.</summary>
    public static string Parties(IStringLocalizer<SharedResource> text, IEnumerable<string> parties) =>
        string.Join(", ", parties.Select(party => text[$"Agreement.PartyThe.{party}"].Value));

    public static string NotSignedBy(IStringLocalizer<SharedResource> text, IEnumerable<string> parties) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Agreement.NotSignedBy"], Parties(text, parties));

    /// <summary>A start refused for missing signatures (Internships' 409 <c>agreement-incomplete</c> with <c>missing</c>); null for any other problem.</summary>
    public static string? ForProblem(IStringLocalizer<SharedResource> text, ApiProblem problem) =>
        problem.Rule == IncompleteRule && problem.Missing is { Count: > 0 } missing ? NotSignedBy(text, missing) : null;
}
