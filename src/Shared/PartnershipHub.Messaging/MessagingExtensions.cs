using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Persistence;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Messaging;

public static class MessagingExtensions
{
    /// <summary>The connection string name of the broker (Aspire's resource name).</summary>
    public const string BrokerConnectionName = "messaging";

    /// <summary>
    /// Wires a service's database and its messaging in one call: the DbContext on PostgreSQL
    /// (<c>ConnectionStrings__{databaseName}</c>) with the outbox, MassTransit on RabbitMQ
    /// (<c>ConnectionStrings__messaging</c>) with the inbox around every consumer, the dispatcher, retries and
    /// error queues, and health checks for both. Queues are named after the service, so two services consuming
    /// the same event each get their own copy.
    /// </summary>
    public static IHostApplicationBuilder AddDatabaseAndMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        string databaseName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
        where TDbContext : DbContext
    {
        var services = builder.Services;
        services.AddOptions<MessagingOptions>().Bind(builder.Configuration.GetSection(MessagingOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<InboxWriteBehindInterceptor>();
        services.AddSingleton<InboxRules>();
        services.AddMetrics();
        services.AddSingleton<MessagingMetrics>();
        services.AddSingleton<InboxTransactionLimit>();
        services.AddSingleton(provider => new InboxBatcher(
            provider.GetRequiredService<IServiceScopeFactory>(),
            scoped => scoped.GetRequiredService<TDbContext>(),
            provider.GetRequiredService<InboxTransactionLimit>(),
            provider.GetRequiredService<OutboxSignalInterceptor>(),
            provider.GetRequiredService<InboxWriteBehindInterceptor>(),
            provider.GetRequiredService<MessagingMetrics>(),
            provider.GetRequiredService<IOptions<MessagingOptions>>().Value,
            provider.GetRequiredService<ILogger<InboxBatcher>>()));

        // The database as every service has it (PartnershipHub.Persistence), plus the outbox's and inbox's interceptors
        // on every context.
        builder.AddServiceDatabase<TDbContext>(databaseName, configureNpgsql, (provider, options) => options.AddInterceptors(
            provider.GetRequiredService<OutboxSignalInterceptor>(),
            provider.GetRequiredService<InboxWriteBehindInterceptor>(),
            provider.GetRequiredService<InboxRules>()));
        services.AddScoped(provider => new MessagingDbContextAccessor(provider.GetRequiredService<TDbContext>()));
        var brokerConnection = builder.Configuration.GetConnectionString(BrokerConnectionName);
        services.AddSingleton(provider => new OutboxBrokerPublisher(
            provider.GetRequiredService<IBus>(),
            BrokerAddress.Parse(brokerConnection ?? throw MissingConnectionString(BrokerConnectionName)),
            serviceName));
        services.AddHostedService<OutboxDispatcher<TDbContext>>();

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // MassTransit reports usage to its vendor over the internet by default; a school's system calls nobody.
            bus.DisableUsageTelemetry();
            configureConsumers?.Invoke(bus);

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                endpoint.UseMessageRetry(retry => retry.Intervals([.. settings.RetryIntervals ?? MessagingOptions.DefaultRetryIntervals]));
                endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                var broker = BrokerAddress.Parse(brokerConnection ?? throw MissingConnectionString(BrokerConnectionName));
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                });
                rabbit.PrefetchCount = settings.PrefetchCount;
                rabbit.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
                // Consumers subscribe to concrete events; nobody listens on the base record's exchange.
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }

    /// <summary>
    /// Declares what a message is about (a student, a company): the inbox never runs two deliveries with the same key in
    /// overlapping transactions, so consumers writing that key's state neither insert one row twice nor deadlock with
    /// each other (docs/decisions/0016).
    /// </summary>
    public static IServiceCollection AddInboxKey<TMessage>(this IServiceCollection services, Func<TMessage, Guid> keyOf)
        where TMessage : class =>
        services.AddSingleton(new InboxKey<TMessage>(keyOf));

    private static InvalidOperationException MissingConnectionString(string name) =>
        new($"Connection string '{name}' is not configured. Set ConnectionStrings__{name} (the AppHost does).");
}
