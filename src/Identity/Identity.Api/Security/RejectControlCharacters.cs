using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Refuses an OpenID Connect request with a control character in any parameter before OpenIddict looks anything up:
/// PostgreSQL refuses a NUL outright, so <c>scope=openid%00</c> on <c>/connect/authorize</c> was a 500. Forms with one
/// never get here (ASP.NET Core cannot read them; see Account/UnreadableFormHandler), but a query string does.
/// </summary>
public sealed class RejectControlCharacters<TContext> : IOpenIddictServerHandler<TContext>
    where TContext : OpenIddictServerEvents.BaseValidatingContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<RejectControlCharacters<TContext>>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        if (context.Transaction.Request is not { } request)
        {
            return ValueTask.CompletedTask;
        }

        foreach (var (name, parameter) in request.GetParameters())
        {
            var values = (Microsoft.Extensions.Primitives.StringValues)parameter;
            if (values.Any(value => value is not null && value.Any(char.IsControl)))
            {
                context.Reject(Errors.InvalidRequest, $"The '{name}' parameter contains a control character.");
                break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
