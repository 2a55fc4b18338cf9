using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

namespace PartnershipHub.Portal.Extensions;

/// <summary>
/// A browser that asks for a page the portal does not have, or one that is not for the user's role, gets a page in the
/// user's language with a way on (<c>/error/{status}</c>), never the ProblemDetails JSON an API client reads, and never a
/// redirect to a sign-in framework page that does not exist.
/// </summary>
public static class ErrorPages
{
    public const string PathFormat = "/error/{0}";

    private const string GlobalEndpointRouteBuilderKey = "__GlobalEndpointRouteBuilder";
    private const string UseRoutingKey = "__UseRouting";

    public static WebApplicationBuilder AddPortalErrorPages(this WebApplicationBuilder builder)
    {
        // The cookie handler would redirect a wrong role to /Account/AccessDenied; a plain 403 lets the page below answer.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            });

        // ServiceDefaults' own status-code middleware (inside this one) writes ProblemDetails; it leaves pages alone.
        var problemDetails = new StatusCodePagesOptions().HandleAsync;
        builder.Services.Configure<StatusCodePagesOptions>(options =>
            options.HandleAsync = context => IsPageRequest(context.HttpContext.Request) ? Task.CompletedTask : problemDetails(context));
        return builder;
    }

    /// <summary>Before authentication, so a 403 from the authorization middleware is seen too.</summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute(PathFormat);
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } feature)
            {
                feature.Enabled = false;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// A page request that fails with an unhandled exception gets <c>/error/500</c> in the user's language. Called after
    /// ServiceDefaults' exception handler (which writes ProblemDetails) so that it sits inside it and sees a page's
    /// exception first; every other request still gets ProblemDetails.
    /// </summary>
    public static WebApplication UsePortalExceptionPage(this WebApplication app)
    {
        IApplicationBuilder pipeline = app;
        app.UseWhen(context => IsPageRequest(context.Request), page =>
        {
            // The handler routes its re-executed request again only when it finds the application's endpoints and a way to
            // route (ASP.NET Core's own keys); a branch inherits neither, so it is given both.
            if (pipeline.Properties.TryGetValue(GlobalEndpointRouteBuilderKey, out var endpoints))
            {
                page.Properties[GlobalEndpointRouteBuilderKey] = endpoints;
            }

            page.Properties.TryAdd(UseRoutingKey, (Func<IApplicationBuilder, IApplicationBuilder>)(branch => branch.UseRouting()));

            page.UseExceptionHandler(string.Format(CultureInfo.InvariantCulture, PathFormat, StatusCodes.Status500InternalServerError), createScopeForErrors: true);
        });
        return app;
    }

    /// <summary>A browser navigating to a page (or a download): GET with HTML accepted, outside the framework's own paths.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true)
        && !request.Path.StartsWithSegments("/_blazor")
        && !request.Path.StartsWithSegments("/_framework")
        && !request.Path.StartsWithSegments("/_content");
}
