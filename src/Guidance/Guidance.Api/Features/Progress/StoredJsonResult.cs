using System.Net.Mime;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>A 200 whose body is the stored progress document with today's parts filled in, written straight to the response.</summary>
public sealed class StoredJsonResult(byte[] stored, DateTimeOffset now) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaTypeNames.Application.Json + "; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        StoredProgressJson.WriteAsOf(stored, now, httpContext.Response.BodyWriter);
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
