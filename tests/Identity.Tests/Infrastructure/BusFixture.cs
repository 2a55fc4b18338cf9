using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>An Identity fixture that also publishes events onto its virtual host, as Companies and Students would.</summary>
public class BusFixture : IdentityFixture, IAsyncLifetime
{
    private IBusControl? _bus;

    public async Task PublishAsync<TEvent>(TEvent message, Guid messageId) where TEvent : class
    {
        await EnsureStartedAsync();
        await _bus!.Publish(message, context => context.MessageId = messageId);
    }

    /// <summary>The mail to <paramref name="address"/> once it is in the pickup folder, as MimeKit reads it.</summary>
    public Task<MimeKit.MimeMessage> MailToAsync(string address, int nth = 1) =>
        Eventually.WaitAsync(async () =>
        {
            if (!Directory.Exists(MailDirectory))
            {
                return null;
            }

            var mails = new List<MimeKit.MimeMessage>();
            foreach (var file in Directory.GetFiles(MailDirectory, "*.eml").Order())
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                {
                    mails.Add(message);
                }
            }

            return mails.Count >= nth ? mails[nth - 1] : null;
        }, $"mail #{nth} to {address}");

    /// <summary>Waits until the service's inbox recorded the message as processed (by any of its consumers).</summary>
    public Task WaitProcessedAsync(Guid messageId) =>
        Eventually.WaitUntilAsync(
            () => InDatabaseAsync(db => db.Database
                .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM inbox_processed_messages WHERE message_id = {messageId}").AnyAsync()),
            $"message {messageId} to be processed");

    public static string InvitationToken(MimeKit.MimeMessage mail)
    {
        var match = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"/account/invitation\?token=(?<token>[A-Za-z0-9_\-%]+)");
        return Uri.UnescapeDataString(match.Success ? match.Groups["token"].Value : throw new InvalidOperationException("No invitation link in the mail."));
    }

    private async Task EnsureStartedAsync()
    {
        if (_bus is not null)
        {
            return;
        }

        // The service's consumers must have bound their queues before anything is published.
        var client = Factory.CreateClient();
        await Eventually.WaitUntilAsync(async () => (await client.GetAsync("/health")).IsSuccessStatusCode, "the service to be healthy");

        var broker = BrokerAddress.Parse(Broker.ConnectionString);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
        {
            host.Username(broker.Username);
            host.Password(broker.Password);
        }));
        await _bus.StartAsync();
    }

    // The base fixture's DisposeAsync is not virtual: re-implementing the interface stops the bus first.
    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        await base.DisposeAsync();
    }
}
