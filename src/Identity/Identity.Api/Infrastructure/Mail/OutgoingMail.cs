namespace PartnershipHub.Identity.Infrastructure.Mail;

public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
