using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// The frame of a mail (subject, greeting, opening line, footer) in one language, nl or en. The lines about each
/// notification come from <see cref="NotificationTexts"/>.
/// </summary>
public sealed record MailTexts(
    string Subject,
    string Greeting,
    string Opening,
    string OpenLink,
    string InboxLine,
    string PreferencesLine,
    string Reason)
{
    public static MailTexts For(string language, MailKind kind, bool dailyDigest, int count, string name)
    {
        var en = NotificationTexts.NormaliseLanguage(language) == "en";
        var greeting = string.IsNullOrWhiteSpace(name) ? (en ? "Hello," : "Hallo,") : (en ? $"Hello {name}," : $"Hallo {name},");
        var (subject, opening) = (kind, dailyDigest, en) switch
        {
            (MailKind.Urgent, _, false) => (count == 1 ? "1 dringende melding" : $"{count} dringende meldingen", "Dit kan niet wachten:"),
            (MailKind.Urgent, _, true) => (count == 1 ? "1 urgent notification" : $"{count} urgent notifications", "This cannot wait:"),
            (_, true, false) => (count == 1 ? "1 ding voor vandaag" : $"{count} dingen voor vandaag", "Dit vraagt vandaag je aandacht:"),
            (_, true, true) => (count == 1 ? "1 thing for today" : $"{count} things for today", "These need your attention today:"),
            (_, false, false) => (count == 1 ? "1 nieuwe melding" : $"{count} nieuwe meldingen", "Nieuw voor jou:"),
            (_, false, true) => (count == 1 ? "1 new notification" : $"{count} new notifications", "New for you:"),
        };

        return en
            ? new MailTexts(
                $"PartnershipHub: {subject}",
                greeting,
                opening,
                "Open",
                "All your notifications",
                "Choose which mail you get and when",
                "You receive this mail because you work with PartnershipHub.")
            : new MailTexts(
                $"PartnershipHub: {subject}",
                greeting,
                opening,
                "Openen",
                "Al je meldingen",
                "Kies welke mail je krijgt en wanneer",
                "Je krijgt deze mail omdat je met PartnershipHub werkt.");
    }
}
