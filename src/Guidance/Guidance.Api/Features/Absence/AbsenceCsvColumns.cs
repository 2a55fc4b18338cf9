namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// The columns of an absence export. Headers match case-insensitively, ignoring spaces, '_' and '-', in English or in
/// the Dutch an information system writes ("studentnummer;datum;uren;geoorloofd;reden"). Either hours or minutes.
/// </summary>
public static class AbsenceCsvColumns
{
    public const string StudentNumber = "studentNumber";
    public const string Date = "date";
    public const string Hours = "hours";
    public const string Minutes = "minutes";
    public const string Authorised = "authorised";
    public const string Reason = "reason";

    /// <summary>Optional: "day" (the default) or "week" (the date is the week's Monday, the hours the week's).</summary>
    public const string Period = "period";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["studentnumber"] = StudentNumber,
        ["studentnummer"] = StudentNumber,
        ["leerlingnummer"] = StudentNumber,
        ["date"] = Date,
        ["datum"] = Date,
        ["hours"] = Hours,
        ["uren"] = Hours,
        ["minutes"] = Minutes,
        ["minuten"] = Minutes,
        ["authorised"] = Authorised,
        ["authorized"] = Authorised,
        ["geoorloofd"] = Authorised,
        ["reason"] = Reason,
        ["reasoncode"] = Reason,
        ["reden"] = Reason,
        ["redencode"] = Reason,
        ["period"] = Period,
        ["periode"] = Period,
    };

    /// <summary>The column a header names, or null for a column the import does not read.</summary>
    public static string? Canonical(string header) =>
        Aliases.GetValueOrDefault(new string([.. header.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]));
}
