namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// The sentences people read, in one language at a time (nl, the default, or en): a short title and one line of what to
/// do, rendered from a notification's kind and parameters. Mail and the inbox API both use these.
/// </summary>
public static class NotificationTexts
{
    public static string NormaliseLanguage(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "nl";

    /// <summary>Title and sentence for one notification. (Placeholder until the rules fill in every kind.)</summary>
    public static (string Title, string Body) Render(
        NotificationKind kind, IReadOnlyDictionary<string, string> parameters, string language, bool escalated)
    {
        var en = NormaliseLanguage(language) == "en";
        var student = parameters.GetValueOrDefault("studentName", "");
        var title = en ? kind.ToString() : kind.ToString();
        var body = en ? $"About {student}." : $"Over {student}.";
        return (title, body);
    }
}
