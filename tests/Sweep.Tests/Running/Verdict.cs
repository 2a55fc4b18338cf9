using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>Judges one answer against the rules of the sweep.</summary>
public static partial class Verdict
{
    public static IEnumerable<Failure> Judge(Cell cell, int status, string? contentType, string body)
    {
        Failure Fail(FailureKind kind, string why) =>
            new(kind, cell.Endpoint.Service.Name, cell.Endpoint.ToString(), cell.Input, cell.Caller.Name, status, $"{why}: {Excerpt(body)}");

        var success = status is >= 200 and < 300;
        if (status >= 500)
        {
            yield return Fail(FailureKind.ServerError, "5xx");
        }

        if (status == 400 && cell.Endpoint.IsJsonApi && !NamesAField(cell, contentType, body))
        {
            yield return Fail(FailureKind.BadRequestWithoutField, $"400 without a field ({contentType ?? "no content type"})");
        }

        switch (cell.Expected)
        {
            case Expectation.Unauthenticated when status != 401:
                yield return Fail(FailureKind.WrongAuthorisation, "expected 401");
                break;
            case Expectation.Forbidden when status != 403:
                yield return Fail(FailureKind.WrongAuthorisation, "expected 403 (the endpoint's policy refuses this role)");
                break;
            case Expectation.NotTheirs when success:
                yield return Fail(FailureKind.ForeignIdAnswered, "expected 403 or 404 for someone else's id");
                break;
            case Expectation.Refused when success:
                yield return Fail(FailureKind.BadInputAccepted, "expected a 4xx");
                break;
        }

        if (cell.Caller.Kind == CallerKind.Role && status == 401 && cell.Expected is not (Expectation.Unauthenticated or Expectation.Forbidden))
        {
            yield return Fail(FailureKind.WrongAuthorisation, "a valid token answered 401");
        }
    }

    /// <summary>A 400 must be ProblemDetails whose <c>errors</c> name a field, or whose detail names the parameter.</summary>
    private static bool NamesAField(Cell cell, string? contentType, string body)
    {
        if (contentType is null || !contentType.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                && errors.EnumerateObject().Any(e => e.Name.Length > 0))
            {
                return true;
            }

            var parameters = cell.Endpoint.RouteParameters.Concat(cell.Endpoint.QueryParameters).Select(p => p.Name);
            return root.TryGetProperty("detail", out var detail) && detail.GetString() is { } text
                && parameters.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The first 200 characters, on one line, control characters shown as \uXXXX.</summary>
    public static string Excerpt(string body)
    {
        // Trace ids differ per request; without them, cells that failed the same way read the same.
        body = TraceId().Replace(body, "");
        var text = new StringBuilder();
        foreach (var c in body.Take(200))
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return body.Length > 200 ? text + "…" : text.ToString();
    }

    [GeneratedRegex(",?\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();
}
