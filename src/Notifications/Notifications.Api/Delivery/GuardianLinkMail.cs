using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// The mail asking a minor's parent or guardian to sign the placement agreement through their link
/// (<c>{PortalBaseUrl}/ondertekenen/{token}</c>). The guardian has no account and no language setting: Dutch, with an
/// English paragraph under it. Filed under the student (it is about them), so the student's export and erasure cover it.
/// </summary>
public sealed class GuardianLinkMail(IOptions<DeliveryOptions> options)
{
    public const string SignPath = "/ondertekenen/";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string LinkFor(string token) => options.Value.LinkTo(SignPath + Uri.EscapeDataString(token));

    public OutgoingMail Compose(AgreementGuardianLinkSent e, DateTimeOffset now)
    {
        var link = LinkFor(e.Token);
        var student = string.IsNullOrWhiteSpace(e.StudentFirstName) ? "uw kind" : e.StudentFirstName;
        var studentEn = string.IsNullOrWhiteSpace(e.StudentFirstName) ? "your child" : e.StudentFirstName;
        var zone = options.Value.Zone();
        var expires = TimeZoneInfo.ConvertTime(e.ExpiresAt, zone);
        var period = $"{e.StartDate.ToString("d MMMM yyyy", Dutch)} t/m {e.EndDate.ToString("d MMMM yyyy", Dutch)}";
        var periodEn = $"{e.StartDate.ToString("d MMMM yyyy", English)} to {e.EndDate.ToString("d MMMM yyyy", English)}";
        var subject = $"PartnershipHub: stageovereenkomst van {student} ondertekenen";
        string[] dutch =
        [
            $"Beste {e.GuardianName},",
            $"{student} gaat stage lopen bij {e.CompanyName}, van {period}. Omdat {student} bij de start nog geen 18 is, tekent u als ouder of verzorger de praktijkovereenkomst mee.",
            $"Via de knop hieronder leest u de overeenkomst en ondertekent u die. U hebt geen account nodig. De link werkt één keer en tot {expires.ToString("d MMMM yyyy HH:mm", Dutch)}.",
        ];
        string[] english =
        [
            $"{studentEn} will do a work placement at {e.CompanyName}, from {periodEn}. As {studentEn} is under 18 at the start, you sign the placement agreement as parent or guardian. The link works once, until {expires.ToString("d MMMM yyyy HH:mm", English)}; no account is needed.",
        ];
        const string button = "Overeenkomst bekijken en ondertekenen";
        const string reason = "U krijgt deze mail omdat de school of de student uw adres opgaf voor het ondertekenen van de stageovereenkomst.";

        var id = Guid.CreateVersion7(now);
        return new OutgoingMail
        {
            Id = id,
            RecipientKind = RecipientKind.Student,
            RecipientId = e.StudentId,
            Kind = MailKind.Agreement,
            ToAddress = e.GuardianEmail,
            ToName = e.GuardianName,
            Language = "nl",
            Subject = subject,
            HtmlBody = Html(subject, dutch, english, button, link, reason),
            TextBody = Text(dutch, english, link, reason),
            MessageId = MailComposer.MessageIdFor(id),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private static string Text(string[] dutch, string[] english, string link, string reason)
    {
        var text = new StringBuilder();
        foreach (var paragraph in dutch)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append(link).Append("\n\n");
        foreach (var paragraph in english)
        {
            text.Append(paragraph).Append("\n\n");
        }

        return text.Append("--\n").Append(reason).Append('\n').ToString();
    }

    private static string Html(string subject, string[] dutch, string[] english, string button, string link, string reason)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>").Append(E(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px\">\n");
        foreach (var paragraph in dutch)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append("<p><a href=\"").Append(E(link)).Append("\" style=\"display:inline-block;background:#0b5cad;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none\">")
            .Append(E(button)).Append("</a></p>\n")
            .Append("<p style=\"font-size:13px;color:#555\">").Append(E(link)).Append("</p>\n");
        foreach (var paragraph in english)
        {
            html.Append("<p lang=\"en\">").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append("<hr style=\"border:none;border-top:1px solid #ccc;margin:24px 0 12px\">\n<p style=\"font-size:13px;color:#555\">")
            .Append(E(reason)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }
}
