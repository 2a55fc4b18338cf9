namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>The fixed ports of the AppHost's PostgreSQL and RabbitMQ processes (<c>PartnershipHub:Ports:*</c>).</summary>
public sealed record InfrastructurePorts(int Postgres, int RabbitMQ, int RabbitMQManagement, int RabbitMQDistribution, int Epmd)
{
    public static InfrastructurePorts Free()
    {
        var distribution = FreePorts.Take(1, followingFree: 9)[0];
        int[] others;
        do
        {
            others = FreePorts.Take(4);
        }
        while (others.Any(port => port >= distribution && port <= distribution + 9));

        return new InfrastructurePorts(others[0], others[1], others[2], distribution, others[3]);
    }

    public IEnumerable<string> AsArguments() =>
    [
        $"--PartnershipHub:Ports:Postgres={Postgres}",
        $"--PartnershipHub:Ports:RabbitMQ={RabbitMQ}",
        $"--PartnershipHub:Ports:RabbitMQManagement={RabbitMQManagement}",
        $"--PartnershipHub:Ports:RabbitMQDistribution={RabbitMQDistribution}",
        $"--PartnershipHub:Ports:Epmd={Epmd}",
    ];
}
