using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PartnershipHub.ServiceDefaults.Errors;

/// <summary>
/// Turns what a caller can get wrong into a 400 that names the field: malformed JSON, a value of the wrong
/// type, an unparsable route or query value, and <see cref="FieldValidationException"/> from the domain.
/// Everything else falls through to the default 500 handler.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails, IOptions<HttpJsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var errors = exception switch
        {
            FieldValidationException validation => validation.Errors,
            BadHttpRequestException { InnerException: JsonException json } => JsonErrors(json),
            BadHttpRequestException badRequest => BindingErrors(badRequest),
            _ => null,
        };
        if (errors is null)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
        });
    }

    private Dictionary<string, string[]> JsonErrors(JsonException exception)
    {
        var (field, message) = JsonErrorMessages.Describe(exception, json.Value.SerializerOptions);
        return new() { [field] = [message] };
    }

    private static Dictionary<string, string[]> BindingErrors(BadHttpRequestException exception)
    {
        // "Failed to bind parameter "int page" from "abc"." -> field "page".
        var match = ParameterPattern().Match(exception.Message);
        var field = match.Success ? match.Groups["name"].Value : "request";
        return new() { [field] = [exception.Message] };
    }

    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterPattern();
}
