using Microsoft.AspNetCore.Diagnostics;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// A form ASP.NET Core refuses to decode (a NUL character, say) is the caller's mistake: 400, not 500. It surfaces in
/// the authentication middleware, before any endpoint, because OpenIddict looks for a token in every posted form.
/// </summary>
internal sealed class UnreadableFormHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not InvalidDataException || !context.Request.HasFormContentType)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["form"] = ["The form could not be read: it contains characters a form may not contain (such as NUL)."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
        });
    }
}
