namespace PartnershipHub.ServiceDefaults.Errors;

/// <summary>
/// Thrown by a domain type when a caller's input breaks one of its rules. The default exception handler
/// answers it with a 400 ValidationProblemDetails whose <c>errors</c> name each field, so a rule can live in
/// the domain type and still reach the caller as a clear message next to the right field.
/// </summary>
public sealed class FieldValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
{
    public FieldValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
