using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>The coordinator's view of how fast the school answers: counts per mentor and time to first answer, never a request's text.</summary>
public static class HelpRequestStatisticsApi
{
    /// <summary>The longest range one call covers (a school year and a bit).</summary>
    public const int MaxDays = 400;

    public static IEndpointRouteBuilder MapHelpRequestStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/help-requests/statistics", GetAsync).WithTags("Help requests").RequireAuthorization(Policies.Coordinator);
        return app;
    }

    /// <summary>?from=yyyy-MM-dd&amp;to=yyyy-MM-dd, both inclusive; defaults: the last 30 days up to today.</summary>
    private static async Task<Ok<HelpRequestStatistics>> GetAsync(string? from, string? to, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = ParseDate(to, "to") ?? today;
        var first = ParseDate(from, "from") ?? last.AddDays(-29);
        if (first > last)
        {
            throw new FieldValidationException("to", "On or after 'from'.");
        }

        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            throw new FieldValidationException("from", $"At most {MaxDays} days before 'to'.");
        }

        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.HelpRequests.AsNoTracking()
            .Where(r => r.AskedAt >= start && r.AskedAt < end)
            .Select(r => new Row(r.MentorStaffId, r.Status, r.AskedAt, r.FirstAnsweredAt))
            .ToListAsync(cancellationToken);
        var mentors = rows.GroupBy(r => r.MentorStaffId)
            .Select(g => Summarise(g.Key, [.. g]))
            .OrderByDescending(m => m.Asked).ThenBy(m => m.MentorStaffId)
            .ToList();
        return TypedResults.Ok(new HelpRequestStatistics(first, last, mentors, Summarise(null, rows)));
    }

    private static MentorHelpRequestStatistics Summarise(Guid? mentor, IReadOnlyList<Row> rows)
    {
        List<double> hours = [.. rows.Where(r => r.FirstAnsweredAt is not null).Select(r => (r.FirstAnsweredAt!.Value - r.AskedAt).TotalHours).Order()];
        return new MentorHelpRequestStatistics(
            mentor,
            rows.Count,
            rows.Count(r => r.Status == HelpRequestStatus.Open),
            rows.Count(r => r.Status is HelpRequestStatus.Answered or HelpRequestStatus.ConversationPlanned),
            rows.Count(r => r.Status == HelpRequestStatus.Closed),
            Percentile(hours, 0.5),
            Percentile(hours, 0.9));
    }

    /// <summary>The percentile of sorted values by linear interpolation between closest ranks (as PostgreSQL's percentile_cont), one decimal.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var position = fraction * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return Math.Round(sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower)), 1);
    }

    private static DateOnly? ParseDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FieldValidationException(field, "A date as yyyy-MM-dd.");
    }

    private sealed record Row(Guid? MentorStaffId, HelpRequestStatus Status, DateTimeOffset AskedAt, DateTimeOffset? FirstAnsweredAt);
}
