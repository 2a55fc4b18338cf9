using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// JSON lets a caller put <c>null</c> in any list and send as many elements as they like; the domain types check both
/// by the list's name before reading an element, so a caller gets a 400 naming <c>list[i]</c> instead of a 500.
/// </summary>
public static class RequestLists
{
    /// <summary>Refuses more than <paramref name="max"/> elements and any <c>null</c> element.</summary>
    public static void EnsureElements<T>(IReadOnlyList<T?> items, string field, int max, string what)
        where T : class
    {
        if (items.Count > max)
        {
            throw new FieldValidationException(field, $"At most {max} {what}.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new FieldValidationException($"{field}[{i}]", "An element cannot be null.");
            }
        }
    }
}
