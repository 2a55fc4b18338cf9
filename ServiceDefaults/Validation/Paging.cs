using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>One rule for every list endpoint's <c>page</c>/<c>pageSize</c>, so no page number reaches SQL as a negative OFFSET.</summary>
public static class Paging
{
    /// <summary>The rows to skip for <paramref name="page"/> (from 1); a 400 naming the field when a value is out of range.</summary>
    public static int Offset(int page, int pageSize, int maxPageSize)
    {
        if (page < 1 || page > InputLimits.MaxPage)
        {
            throw new FieldValidationException("page", $"Pages are numbered from 1 to {InputLimits.MaxPage:N0}.");
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            throw new FieldValidationException("pageSize", $"A page holds 1 to {maxPageSize} items.");
        }

        return (page - 1) * pageSize;
    }
}
