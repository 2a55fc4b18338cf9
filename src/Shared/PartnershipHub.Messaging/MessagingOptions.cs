namespace PartnershipHub.Messaging;

/// <summary>Tuning of the outbox, the inbox and the RabbitMQ endpoints; section <c>Messaging</c> in configuration.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Outbox rows published per dispatcher round trip.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often the dispatcher looks for work when no commit woke it (another replica, a missed signal).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The dispatcher's wait after a failed publish doubles from <see cref="MinBackoff"/> up to this.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A publish that gets no broker confirm within this counts as failed and is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Sent outbox rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Processed message ids are remembered this long; redeliveries come within minutes.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How often each replica rereads the deactivated accounts (<c>revoked_accounts</c>): a deactivated user's token stops working within this.</summary>
    public TimeSpan RevocationPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Waits between consume attempts before a message goes to the error queue; unset means
    /// <see cref="DefaultRetryIntervals"/>. (Not defaulted inline: the configuration binder appends to an existing array.)
    /// </summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    public static IReadOnlyList<TimeSpan> DefaultRetryIntervals { get; } =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>Measured on this hardware: prefetch 50 with 50 concurrent messages gave the best raw throughput.</summary>
    public ushort PrefetchCount { get; set; } = 50;

    /// <summary>Per receive endpoint; every consumer has its own endpoint, so see also <see cref="MaxConcurrentTransactions"/>.</summary>
    public int ConcurrentMessageLimit { get; set; } = 50;

    /// <summary>
    /// How many consumer transactions one service runs at once, over all its endpoints together. Without this bound a
    /// service with 15 consumers could open 15 × <see cref="ConcurrentMessageLimit"/> transactions during a burst (a
    /// demo seed, a replay), exhaust its connection pool and send events to the error queues on pool timeouts.
    /// </summary>
    public int MaxConcurrentTransactions { get; set; } = 24;

    /// <summary>
    /// At most this many deliveries waiting at once share one consumer transaction (group commit: one inbox insert and
    /// one commit for all of them, and their new rows sent together); 1 gives every delivery a transaction of its own.
    /// A delivery never waits for others to arrive, so under light load each still runs alone. See docs/decisions/0008
    /// and 0015.
    /// </summary>
    public int InboxBatchSize { get; set; } = 16;
}
