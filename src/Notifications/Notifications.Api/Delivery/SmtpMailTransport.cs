using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>Sends through an SMTP server with MailKit, one connection per batch (STARTTLS when the server offers it).</summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    public IMailSession OpenSession() => new Session(settings);

    private sealed class Session(MailSettings settings) : IMailSession
    {
        private readonly SmtpClient _client = new() { Timeout = (int)settings.SmtpTimeout.TotalMilliseconds };

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (!_client.IsConnected)
            {
                await _client.ConnectAsync(settings.SmtpHost ?? "", settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
                if (!string.IsNullOrEmpty(settings.SmtpUserName))
                {
                    await _client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
                }
            }

            await _client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_client.IsConnected)
                {
                    await _client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or TimeoutException or OperationCanceledException)
            {
                // Everything accepted is marked already; a goodbye the server did not hear loses nothing.
            }
            finally
            {
                _client.Dispose();
            }
        }
    }
}
