namespace PartnershipHub.AppHost;

/// <summary>
/// The ports people and scripts know (README, bookmarks, the Development token recipe). The infrastructure ports
/// differ from the test servers' (scripts/infra.sh: 55432, 55672) so a running system and a test run never share data.
/// </summary>
internal sealed class SystemPorts
{
    public int Portal { get; set; } = 5100;
    public int Identity { get; set; } = 5101;
    public int Students { get; set; } = 5102;
    public int Companies { get; set; } = 5103;
    public int Internships { get; set; } = 5104;
    public int Guidance { get; set; } = 5105;
    public int Notifications { get; set; } = 5106;
    public int Insights { get; set; } = 5107;
    public int Postgres { get; set; } = 55442;
    public int RabbitMQ { get; set; } = 55682;
    public int RabbitMQManagement { get; set; } = 55684;
    public int RabbitMQDistribution { get; set; } = 55710;
    public int Epmd { get; set; } = 54370;
}
