using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// ServiceDefaults gives every HttpClient the standard resilience handler (three retries, 30 s), and OpenIddict's client
/// adds its own retries inside it (four, up to 16 s apart): a school provider that is down would keep the user waiting
/// half a minute and log Polly's timeouts as errors. OpenIddict's HttpClients get one short pipeline instead: one retry,
/// ten seconds per attempt, then the "not reachable" page.
/// </summary>
[SuppressMessage("Usage", "EXTEXP0001", Justification = "ResilienceHandler is marked experimental; OpenIddict itself builds its handler the same way.")]
internal sealed class SchoolProviderHttpClients : IPostConfigureOptions<HttpClientFactoryOptions>
{
    // OpenIddict names its HttpClients "<its assembly>:<registration>".
    private const string OpenIddictClientPrefix = "OpenIddict.Client.SystemNetHttp:";

    private static readonly ResiliencePipeline<HttpResponseMessage> Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(300), BackoffType = DelayBackoffType.Constant })
        .AddTimeout(TimeSpan.FromSeconds(10))
        .Build();

    public void PostConfigure(string? name, HttpClientFactoryOptions options)
    {
        if (name?.StartsWith(OpenIddictClientPrefix, StringComparison.Ordinal) != true)
        {
            return;
        }

        // Runs after the actions that added the standard handler and OpenIddict's own, so both are here to replace.
        options.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            for (var i = builder.AdditionalHandlers.Count - 1; i >= 0; i--)
            {
                if (builder.AdditionalHandlers[i] is ResilienceHandler)
                {
                    builder.AdditionalHandlers.RemoveAt(i);
                }
            }

#pragma warning disable EXTEXP0001
            builder.AdditionalHandlers.Insert(0, new ResilienceHandler(Pipeline));
#pragma warning restore EXTEXP0001
        });
    }
}
