using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.CsvImports;

/// <summary>
/// A refused import line in the user's language: the services name the column and explain in English; the portal names
/// the column as the file's header does and says, from its own texts, what the column must hold.
/// </summary>
public static class ImportErrorSentences
{
    public static IReadOnlyList<string> Describe(IStringLocalizer<SharedResource> text, ImportKind kind, IReadOnlyDictionary<string, string[]>? errors)
    {
        if (errors is null)
        {
            return [];
        }

        var sentences = new List<string>();
        foreach (var field in errors.Keys)
        {
            var sentence = ColumnOf(kind, field) is { } column
                ? string.Format(text["Imports.Error.Column"], column.Name, text[$"Imports.Column.{kind.Name}.{column.Name}"])
                : Normalise(field) == "row"
                    ? text["Imports.Error.Row"].Value
                    : string.Format(text["Imports.Error.Unknown"], field);
            if (!sentences.Contains(sentence))
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }

    /// <summary>"details.crebo", "reasonCode", "contact.email", "kvkNumber" → the column of the file that holds it.</summary>
    public static ImportColumn? ColumnOf(ImportKind kind, string field)
    {
        var name = Normalise(field);
        return kind.Columns.FirstOrDefault(c => Normalise(c.Name) == name)
            ?? kind.Columns.FirstOrDefault(c => name.EndsWith(Normalise(c.Name), StringComparison.Ordinal) && name.Length > 0)
            ?? kind.Columns.FirstOrDefault(c => name.StartsWith(Normalise(c.Name), StringComparison.Ordinal));
    }

    private static string Normalise(string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var trimmed = bracket >= 0 ? field[..bracket] : field;
        return new string([.. trimmed.Where(c => c is not ('_' or '-' or ' ' or '.')).Select(char.ToLowerInvariant)]);
    }
}
