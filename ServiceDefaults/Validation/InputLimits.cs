namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// The bounds every service applies to what a caller sends, before any endpoint runs: the same rules and the same
/// messages in every API. A property that needs another bound says so with <c>[MaxLength]</c> or
/// <c>[StringLength]</c> (on a string: characters; on a list: elements); a rule only one service knows (this key
/// must exist, this date must follow that one) stays in that service's domain.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters in one text value: the longest text the domain keeps (a care note, a contact summary).</summary>
    public const int MaxTextLength = 4_000;

    /// <summary>Elements in one list: more than a matching run over a whole cohort, far less than a flood.</summary>
    public const int MaxListLength = 1_000;

    /// <summary>The earliest date a caller may send; older dates are typing errors (year 1, 0001-01-01 defaults).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>The latest date a caller may send; later dates are typing errors (9999-12-31 "forever").</summary>
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>The highest page number a list endpoint accepts; nobody pages further than this by hand.</summary>
    public const int MaxPage = 100_000;

    /// <summary>
    /// True when <paramref name="c"/> has no place in text a person typed: the C0 control characters except tab,
    /// line feed and carriage return, and DEL. PostgreSQL refuses NUL outright; the others break exports and logs.
    /// </summary>
    public static bool IsForbidden(char c) => (c < '\u0020' && c is not ('\t' or '\n' or '\r')) || c == '\u007F';

    /// <summary>
    /// The first forbidden character of <paramref name="text"/>, or null. A single-line value (a query, route or form
    /// parameter: a search term, a return URL, an e-mail address) may not hold tab or line breaks either.
    /// </summary>
    public static char? FirstForbidden(string text, bool singleLine = false)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c) || (singleLine && c < '\u0020'))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>How a forbidden character is named in a message: "U+0000".</summary>
    public static string Describe(char c) => $"U+{(int)c:X4}";
}
