using System.Globalization;
using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Progress;

/// <summary>The sentence under a signal in the reader's language, never the other one.</summary>
public static class SignalEvidence
{
    /// <param name="ruleName">The rule's name in the reader's language: shown for an English reader of a signal raised before evidence had two languages.</param>
    public static string For(Signal signal, string ruleName) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? signal.EvidenceEnglish ?? ruleName
            : signal.Evidence ?? ruleName;
}
