using MimeKit;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>Where composed mail goes: an SMTP server (<see cref="SmtpMailTransport"/>) or a pickup folder (<see cref="PickupMailTransport"/>).</summary>
public interface IMailTransport
{
    /// <summary>A session for one batch (one SMTP connection, opened at the first send).</summary>
    IMailSession OpenSession();
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>Returns once the server accepted the message (or the file is in place); throws otherwise.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
