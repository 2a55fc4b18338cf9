using System.Net;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure.Mail;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>The mail with a sign-in code and link, in the account's own language only (a code mail is read on a phone in a hurry).</summary>
internal static class SignInCodeMail
{
    public static OutgoingMail For(ApplicationUser user, string digits, Uri link)
    {
        var name = user.DisplayName;
        var minutes = (int)SignInCode.Validity.TotalMinutes;
        var href = WebUtility.HtmlEncode(link.ToString());
        return user.Language == Languages.English
            ? new OutgoingMail(
                user.Email!,
                name,
                $"Your PartnershipHub sign-in code: {digits}",
                $"""
                 Dear {name},

                 Your sign-in code is {digits}. Or sign in with this link:
                 {link}

                 The code and the link work once, for {minutes} minutes. Did you not ask for them? Then you can ignore this mail.
                 """,
                $"""
                 <p>Dear {WebUtility.HtmlEncode(name)},</p>
                 <p>Your sign-in code is <strong style="font-size:1.5em;letter-spacing:.2em">{digits}</strong>.</p>
                 <p>Or <a href="{href}">sign in with this link</a>.</p>
                 <p>The code and the link work once, for {minutes} minutes. Did you not ask for them? Then you can ignore this mail.</p>
                 """)
            : new OutgoingMail(
                user.Email!,
                name,
                $"Je inlogcode voor PartnershipHub: {digits}",
                $"""
                 Beste {name},

                 Je inlogcode is {digits}. Of log in met deze link:
                 {link}

                 De code en de link werken één keer, {minutes} minuten lang. Heb je er niet om gevraagd? Dan kun je deze mail negeren.
                 """,
                $"""
                 <p>Beste {WebUtility.HtmlEncode(name)},</p>
                 <p>Je inlogcode is <strong style="font-size:1.5em;letter-spacing:.2em">{digits}</strong>.</p>
                 <p>Of <a href="{href}">log in met deze link</a>.</p>
                 <p>De code en de link werken één keer, {minutes} minuten lang. Heb je er niet om gevraagd? Dan kun je deze mail negeren.</p>
                 """);
    }
}
