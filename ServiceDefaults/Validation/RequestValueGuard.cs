using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// Refuses query and route values with control characters (tab and line breaks included), form values with control
/// characters other than tab and line breaks, and values longer than <see cref="InputLimits.MaxTextLength"/>, with a
/// 400 naming the parameter, before any API endpoint sees them: a NUL in a search term reached
/// PostgreSQL, a tab in a return URL reached the redirect code.
/// </summary>
internal sealed class RequestValueGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemDetails)
    {
        // JSON APIs only: a page or a protocol endpoint (sign-in, the portal's language switch, OpenIddict) answers a
        // person's browser, which must never see a ProblemDetails document; those fall back to a safe page themselves.
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
        {
            Check(name, (IEnumerable<string?>)values, singleLine: true, errors);
        }

        foreach (var (name, value) in context.GetRouteData().Values)
        {
            if (value is string text)
            {
                Check(name, [text], singleLine: true, errors);
            }
        }

        // Only url-encoded forms (sign-in, token requests): a multipart upload is the endpoint's to stream.
        if (context.Request.HasFormContentType
            && context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                foreach (var (name, values) in form)
                {
                    // A form may carry a text area: line breaks and tabs are text there.
                    Check(name, (IEnumerable<string?>)values, singleLine: false, errors);
                }
            }
            catch (InvalidDataException)
            {
                // The framework's own form reader refuses an encoded NUL before any value can be named.
                errors["form"] = ["A value in this form contains a control character (U+0000) or the form is not well-formed."];
            }
        }

        if (errors.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
        });
    }

    private static void Check(string name, IEnumerable<string?> values, bool singleLine, Dictionary<string, string[]> errors)
    {
        if (name.Length > 200 || InputLimits.FirstForbidden(name, singleLine: true) is not null)
        {
            errors["request"] = ["A parameter name is too long or contains a control character."];
            return;
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (value.Length > InputLimits.MaxTextLength)
            {
                errors[name] = [$"This value is {value.Length:N0} characters long; at most {InputLimits.MaxTextLength:N0} are allowed."];
                return;
            }

            if (InputLimits.FirstForbidden(value, singleLine) is { } forbidden)
            {
                errors[name] = [$"This value contains a control character ({InputLimits.Describe(forbidden)}) that is not allowed."];
                return;
            }
        }
    }

}
