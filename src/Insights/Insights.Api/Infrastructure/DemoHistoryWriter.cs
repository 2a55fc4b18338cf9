using PartnershipHub.Insights.Projections;
using PartnershipHub.Persistence;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>Writes a generated history with PostgreSQL's COPY (tens of thousands of rows for the benchmark), in the caller's transaction.</summary>
public static class DemoHistoryWriter
{
    public static async Task WriteAsync(InsightsDbContext db, DemoHistory history, CancellationToken cancellationToken)
    {
        await BulkCopy.InsertAsync(db, history.Periods, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Companies, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Students, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Placements, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Surveys, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Signals, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Assessments, cancellationToken);
        await BulkCopy.InsertAsync(db, history.Levels, cancellationToken);
        await BulkCopy.InsertAsync(db, history.FollowUps, cancellationToken);
        await AssessmentSummaries.BuildAllAsync(db, cancellationToken);
    }
}
