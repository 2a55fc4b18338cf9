using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>The page and page size of a list request: 1-based pages, 50 rows unless asked, at most 500 at once.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize)
    {
        if (page is < 1 or > 1_000_000)
        {
            throw new FieldValidationException("page", "The page is a number from 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new FieldValidationException("pageSize", $"The page size is from 1 to {MaxPageSize}.");
        }

        return new Paging(page ?? 1, pageSize ?? DefaultPageSize);
    }
}
