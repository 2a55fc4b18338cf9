using MimeKit;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// Writes each mail as one .eml file named after its Message-ID (Development: the AppHost's mail folder). A resend
/// after a crash overwrites the same file instead of adding a second mail.
/// </summary>
public sealed class PickupMailTransport(string directory) : IMailTransport
{
    public IMailSession OpenSession() => new Session(directory);

    private sealed class Session(string directory) : IMailSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(directory);
            var name = (message.MessageId ?? Guid.NewGuid().ToString()).Split('@')[0];
            var path = Path.Combine(directory, $"notification-{name}.eml");
            // Written under a temporary name and then renamed, so whatever reads the folder never sees half a mail.
            await message.WriteToAsync(path + ".tmp", cancellationToken);
            File.Move(path + ".tmp", path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
