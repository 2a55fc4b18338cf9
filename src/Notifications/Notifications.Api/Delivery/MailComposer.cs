using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// Writes one mail (HTML and plain text, one language) listing a person's notifications grouped by kind, each with its
/// sentence and an absolute link into the portal. The Message-ID is fixed here, so a resend carries the same one.
/// </summary>
public sealed class MailComposer(IOptions<DeliveryOptions> options)
{
    public const string InboxPath = "/meldingen";
    public const string PreferencesPath = "/meldingen/voorkeuren";

    public static string MessageIdFor(Guid mailId) => $"<{mailId}@notifications.partnershiphub>";

    /// <param name="digestDate">The local day of a daily digest; null for an urgent mail or an immediate one.</param>
    public OutgoingMail Compose(MailRecipient recipient, IReadOnlyList<Notification> notifications, MailKind kind, DateOnly? digestDate, DateTimeOffset now)
    {
        var settings = options.Value;
        var language = recipient.Language;
        var texts = MailTexts.For(language, kind, digestDate is not null, notifications.Count, recipient.Name);
        var groups = notifications
            .OrderBy(n => n.Kind)
            .ThenBy(n => n.CreatedAt)
            .Select(n => (n.Kind, Text: NotificationTexts.Render(n.Kind, n.Parameters, language, n.Escalated), Link: settings.LinkTo(n.Link)))
            .GroupBy(line => line.Kind)
            .Select(group => new Group(group.First().Text.Title, [.. group.Select(line => new Line(line.Text.Body, line.Link))]))
            .ToList();
        var inbox = settings.LinkTo(InboxPath);
        var preferences = settings.LinkTo(PreferencesPath);

        var id = Guid.CreateVersion7(now);
        return new OutgoingMail
        {
            Id = id,
            RecipientKind = recipient.Kind,
            RecipientId = recipient.Id,
            Kind = kind,
            DigestDate = digestDate,
            ToAddress = recipient.Address ?? "",
            ToName = recipient.Name,
            Language = language,
            Subject = texts.Subject,
            HtmlBody = Html(language, texts, groups, inbox, preferences),
            TextBody = Text(texts, groups, inbox, preferences),
            MessageId = MessageIdFor(id),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private static string Text(MailTexts texts, List<Group> groups, string inbox, string preferences)
    {
        var text = new StringBuilder();
        text.Append(texts.Greeting).Append("\n\n").Append(texts.Opening).Append('\n');
        foreach (var group in groups)
        {
            text.Append('\n').Append(group.Title).Append('\n');
            foreach (var line in group.Lines)
            {
                text.Append("- ").Append(line.Sentence).Append('\n').Append("  ").Append(line.Link).Append('\n');
            }
        }

        text.Append("\n--\n")
            .Append(texts.InboxLine).Append(": ").Append(inbox).Append('\n')
            .Append(texts.PreferencesLine).Append(": ").Append(preferences).Append('\n')
            .Append(texts.Reason).Append('\n');
        return text.ToString();
    }

    private static string Html(string language, MailTexts texts, List<Group> groups, string inbox, string preferences)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(E(texts.Subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px\">\n")
            .Append("<p>").Append(E(texts.Greeting)).Append("</p>\n<p>").Append(E(texts.Opening)).Append("</p>\n");
        foreach (var group in groups)
        {
            html.Append("<h2 style=\"font-size:17px;margin:20px 0 6px\">").Append(E(group.Title)).Append("</h2>\n<ul style=\"padding-left:20px;margin:0\">\n");
            foreach (var line in group.Lines)
            {
                html.Append("<li style=\"margin-bottom:8px\">").Append(E(line.Sentence)).Append(" <a href=\"").Append(E(line.Link))
                    .Append("\" style=\"color:#0b5cad\">").Append(E(texts.OpenLink)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<hr style=\"border:none;border-top:1px solid #ccc;margin:24px 0 12px\">\n<p style=\"font-size:13px;color:#555\">")
            .Append("<a href=\"").Append(E(inbox)).Append("\" style=\"color:#0b5cad\">").Append(E(texts.InboxLine)).Append("</a> · ")
            .Append("<a href=\"").Append(E(preferences)).Append("\" style=\"color:#0b5cad\">").Append(E(texts.PreferencesLine)).Append("</a><br>")
            .Append(E(texts.Reason)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private sealed record Group(string Title, IReadOnlyList<Line> Lines);

    private sealed record Line(string Sentence, string Link);
}
