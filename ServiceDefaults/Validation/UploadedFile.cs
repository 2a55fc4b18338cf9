using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// The file of an import request, streamed: the first file section of a <c>multipart/form-data</c> upload (a browser's
/// file input), or the request body itself for any other content type (<c>text/csv</c> from a script). Nothing is
/// buffered, so a college's full export does not sit in memory.
/// </summary>
public static class UploadedFile
{
    /// <exception cref="FieldValidationException"><c>file</c>: a multipart upload without a boundary or without a file.</exception>
    public static async Task<Stream> ReadFileAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return request.Body;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new FieldValidationException("file", "The multipart upload has no boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return section.Body;
            }
        }

        throw new FieldValidationException("file", "The upload holds no file.");
    }
}
