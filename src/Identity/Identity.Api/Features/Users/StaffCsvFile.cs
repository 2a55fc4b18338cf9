using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PartnershipHub.Identity.Domain;
using FieldValidationException = PartnershipHub.ServiceDefaults.Errors.FieldValidationException;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// Reads a staff import file: UTF-8 text of at most <see cref="MaxBytes"/>, a header row naming the columns (any order,
/// <c>,</c> or <c>;</c> between them), at most <see cref="MaxRows"/> data rows. Anything wrong with the file as a whole
/// is a <see cref="FieldValidationException"/> on <c>file</c>; a bad row is only that row's errors.
/// </summary>
public static class StaffCsvFile
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public const int MaxRows = 5_000;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Offered by <c>GET /api/users/import/template</c>: the header and two example rows.</summary>
    public const string Template = """
        email,displayName,roles,employeeNumber,language
        m.jansen@school.nl,Marieke Jansen,mentor|teacher,100234,nl
        j.smith@school.nl,John Smith,teacher,100235,en

        """;

    /// <summary>The file's text; refuses an empty, too large or not UTF-8 file.</summary>
    public static async Task<string> ReadTextAsync(Stream file, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (content.Length + read > MaxBytes)
            {
                throw new FieldValidationException("file", $"The file is larger than {MaxBytes / (1024 * 1024)} MB; split it.");
            }

            content.Write(chunk, 0, read);
        }

        var bytes = content.GetBuffer().AsSpan(0, (int)content.Length);
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return string.IsNullOrWhiteSpace(text)
                ? throw new FieldValidationException("file", "The file is empty; the first line must name the columns.")
                : text;
        }
        catch (DecoderFallbackException)
        {
            throw new FieldValidationException("file", "The file is not UTF-8 text; save it as \"CSV UTF-8\".");
        }
    }

    /// <summary>Every non-blank data row, checked; refuses a file without the required columns or with too many rows.</summary>
    public static List<StaffCsvRow> Parse(string text)
    {
        var rows = new List<StaffCsvRow>();
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DelimiterOf(text),
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
        });

        var (columns, fieldCount) = ReadHeader(csv);
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw new FieldValidationException("file", $"The file has more than {MaxRows} rows; split it.");
            }

            string? Field(string column) => columns.TryGetValue(column, out var index) && index < record.Length ? record[index] : null;
            rows.Add(ParseRow(csv.Parser.RawRow, record.Length == fieldCount ? null : $"The row has {record.Length} fields; the header has {fieldCount}.", Field));
        }

        return rows;
    }

    private static StaffCsvRow ParseRow(int line, string? shapeError, Func<string, string?> field)
    {
        var email = field(StaffCsvColumns.Email)?.Trim();
        if (shapeError is not null)
        {
            return new StaffCsvRow(line, email, null, new Dictionary<string, string[]> { ["row"] = [shapeError] });
        }

        // Role names are lower case; a spreadsheet's "Mentor" means the same.
        var roles = (field(StaffCsvColumns.Roles) ?? "")
            .Split(StaffCsvColumns.RoleSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(role => role.ToLowerInvariant())
            .ToList();
        try
        {
            var details = StaffAccountDetails.Create(
                email, field(StaffCsvColumns.DisplayName), roles, field(StaffCsvColumns.EmployeeNumber), field(StaffCsvColumns.Language));
            return new StaffCsvRow(line, details.Email, details, null);
        }
        catch (FieldValidationException refusal)
        {
            return new StaffCsvRow(line, email, null, refusal.Errors);
        }
    }

    /// <summary>Decided by the header alone: a Dutch spreadsheet writes ';', most others ','.</summary>
    private static string DelimiterOf(string text)
    {
        var header = text.AsSpan(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length);
        return header.Count(';') > header.Count(',') ? ";" : ",";
    }

    private static (Dictionary<string, int> Columns, int FieldCount) ReadHeader(CsvReader csv)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FieldValidationException("file", "The file is empty; the first line must name the columns.");
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            positions.TryAdd(StaffCsvColumns.Normalise(csv.HeaderRecord[i]), i);
        }

        var missing = StaffCsvColumns.Required.Where(c => !positions.ContainsKey(StaffCsvColumns.Normalise(c))).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file",
                $"Missing column(s): {string.Join(", ", missing)}. The first line names the columns: {string.Join(",", StaffCsvColumns.All)}.");
        }

        // Keyed by the documented column names, so reading a field per row needs no normalising.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in StaffCsvColumns.All)
        {
            if (positions.TryGetValue(StaffCsvColumns.Normalise(column), out var index))
            {
                columns[column] = index;
            }
        }

        return (columns, csv.HeaderRecord.Length);
    }
}
