using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Growth;

/// <summary>
/// The answer to a click on "Growth document": the PDF as a download named in the user's language, or a short page in
/// that language saying why not. Guidance decides whose progress the user may read (the mentor of the student, a
/// coordinator, a teacher the school linked to them); the portal turns its refusal into a sentence.
/// </summary>
public sealed class GrowthDocumentDownload(GuidanceApi guidance, GrowthDocumentBuilder builder, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public static readonly string[] Readers = [Roles.Mentor, Roles.Coordinator, Roles.Teacher];

    public async Task<Results<FileContentHttpResult, ContentHttpResult>> AnswerAsync(Guid studentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Readers.Any(user.IsInRole))
        {
            return Page(HttpStatusCode.Forbidden);
        }

        var progress = await guidance.ProgressAsync(studentId, cancellationToken);
        if (progress.Value is not { } data)
        {
            return Page(progress.Problem?.Status switch
            {
                403 => HttpStatusCode.Forbidden,
                404 => HttpStatusCode.NotFound,
                _ => HttpStatusCode.BadGateway,
            });
        }

        var assessments = await guidance.AssessmentsAsync(studentId, cancellationToken);
        var reviews = await guidance.ReviewsAsync(studentId, cancellationToken);
        var pdf = builder.Build(new GrowthDocumentData(data, assessments.Value ?? [], reviews.Value ?? [], clock.GetUtcNow()));
        var fileName = string.Format(CultureInfo.InvariantCulture, text["Pdf.FileName"], data.StudentNumber ?? studentId.ToString());
        return TypedResults.File(pdf, "application/pdf", fileName);
    }

    // A person followed a link: a short page in their language with a way on, not a status code or a ProblemDetails document.
    private ContentHttpResult Page(HttpStatusCode status)
    {
        var message = text[status switch
        {
            HttpStatusCode.Forbidden => "Pdf.Refused",
            HttpStatusCode.NotFound => "Pdf.Unknown",
            _ => "Pdf.Unavailable",
        }];
        var page = $"""
            <!DOCTYPE html><html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{WebUtility.HtmlEncode(message)}</title></head>
            <body><main><h1>{WebUtility.HtmlEncode(text["Pdf.Title"])}</h1><p>{WebUtility.HtmlEncode(message)}</p>
            <p><a href="/">{WebUtility.HtmlEncode(text["PersonalData.Back"])}</a></p></main></body></html>
            """;
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
