using System.Globalization;
using System.Text;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// A CSV file as RFC 4180 writes it (comma, CRLF, quotes where needed), UTF-8 with a byte-order mark so spreadsheet
/// programs read accents right, numbers with a full stop. A cell that a spreadsheet would run as a formula (a company's
/// name starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>) is written with a leading apostrophe.
/// </summary>
internal sealed class CsvTable
{
    private readonly StringBuilder _text = new();

    public CsvTable(params string[] headers) => Row(headers);

    public CsvTable Row(params object?[] cells)
    {
        _text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            double number => number.ToString("0.###", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
