namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// A sentence for people in both of the portal's languages: the portal shows one of them, never a mix. Names that
/// people wrote (a company, a criterion of the school's own rubric, an observation) appear in both as written.
/// </summary>
public readonly record struct SignalText(string Dutch, string English)
{
    /// <summary>Both sentences followed by <paramref name="more"/>'s, separated by a space.</summary>
    public SignalText Then(SignalText? more) =>
        more is { } m ? new SignalText($"{Dutch} {m.Dutch}", $"{English} {m.English}") : this;

    /// <summary>The same words in both languages: text a person wrote (a manual signal's description).</summary>
    public static SignalText AsWritten(string text) => new(text, text);
}
