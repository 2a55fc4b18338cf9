namespace PartnershipHub.Identity.Infrastructure.Mail;

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
