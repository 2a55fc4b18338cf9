using Xunit;

namespace PartnershipHub.Messaging.Tests;

public sealed class BrokerAddressTests
{
    [Fact]
    public void Parses_user_password_host_port_and_virtual_host()
    {
        var address = BrokerAddress.Parse("amqp://app:s%40cret@127.0.0.1:55672/t-companies");

        Assert.Equal(new BrokerAddress("127.0.0.1", 55672, "t-companies", "app", "s@cret"), address);
    }

    [Fact]
    public void Defaults_to_the_root_virtual_host_and_guest()
    {
        var address = BrokerAddress.Parse("amqp://localhost");

        Assert.Equal(new BrokerAddress("localhost", 5672, "/", "guest", "guest"), address);
    }

    [Theory]
    [InlineData("Host=localhost;Port=5672")]
    [InlineData("http://localhost:15672")]
    public void Refuses_what_is_not_an_amqp_address(string connectionString) =>
        Assert.Throws<FormatException>(() => BrokerAddress.Parse(connectionString));
}
