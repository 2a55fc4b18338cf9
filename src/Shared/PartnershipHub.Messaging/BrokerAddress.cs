namespace PartnershipHub.Messaging;

/// <summary>The parts of an <c>amqp://user:password@host:port/vhost</c> connection string.</summary>
public sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static BrokerAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
        {
            throw new FormatException("The messaging connection string must look like amqp://user:password@host:port/vhost.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var username = credentials.Length > 0 && credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)5672 : (ushort)uri.Port;
        return new BrokerAddress(uri.Host, port, virtualHost.Length == 0 ? "/" : virtualHost, username, password);
    }
}
