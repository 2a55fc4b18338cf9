namespace PartnershipHub.Identity.Domain;

/// <summary>The languages a person can choose for mails and pages.</summary>
public static class Languages
{
    public const string Dutch = "nl";

    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Dutch, English];
}
