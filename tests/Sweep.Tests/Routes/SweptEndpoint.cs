using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;
using PartnershipHub.Sweep.Tests.Hosting;

namespace PartnershipHub.Sweep.Tests.Routes;

/// <summary>One endpoint as its host's route table describes it: what the sweep needs to build requests and expectations.</summary>
/// <param name="Policy">The combined authorization policy the middleware applies; null for an anonymous endpoint.</param>
/// <param name="BodyType">The JSON body the endpoint binds; null when it takes none, or reads the request itself.</param>
/// <param name="ReadsRawBody">Reads the request body itself (an upload): gets raw bad bodies instead of JSON ones.</param>
/// <param name="IsJsonApi">False for Identity's sign-in pages and OpenIddict's protocol endpoints: they get odd query values only.</param>
public sealed record SweptEndpoint(
    SweptService Service,
    string Method,
    RoutePattern Pattern,
    AuthorizationPolicy? Policy,
    Type? BodyType,
    bool BodyIsOptional,
    bool ReadsRawBody,
    IReadOnlyList<SweptParameter> RouteParameters,
    IReadOnlyList<SweptParameter> QueryParameters,
    bool IsJsonApi = true)
{
    public string Route => "/" + Pattern.RawText!.Trim('/');

    public bool Writes => Method is not ("GET" or "HEAD");

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>A route or query value: its name, the .NET type the handler binds it to, and whether a request may leave it out.</summary>
public sealed record SweptParameter(string Name, Type Type, bool IsOptional = false);
