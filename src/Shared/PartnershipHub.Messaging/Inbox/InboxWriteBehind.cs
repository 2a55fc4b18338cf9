using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Write-behind for one inbox batch. A consumer whose unsaved changes are only new rows does not send them at once:
/// they move to the batch's own context and go to PostgreSQL together with the next consumers' new rows, as one EF
/// batch (one round trip instead of one per delivery). They are sent before anything else runs on the batch's
/// connection (<see cref="InboxWriteBehindInterceptor"/>: a later consumer's query, raw SQL or SaveChanges) and before
/// the commit, so every statement still sees the effects of the deliveries before it, as if each had saved itself.
/// Updates, deletes and rows whose keys others refer to before they exist are saved by the consumer's own context at
/// once, as before.
/// </summary>
internal sealed class InboxWriteBehind(DbContext batchContext)
{
    private int _pending;

    /// <summary>Set when sending the pending rows failed; the batch must not commit then, whoever caught the error.</summary>
    public InboxWriteBehindException? Failure { get; private set; }

    /// <summary>
    /// The first error of any EF statement on the batch's connection, whether or not the consumer that saw it let it
    /// through. PostgreSQL may have aborted the transaction then, and answers its COMMIT with a silent rollback.
    /// </summary>
    public Exception? FirstStatementError { get; private set; }

    public void StatementFailed(Exception exception) => FirstStatementError ??= exception;

    /// <summary>
    /// Takes over the context's unsaved changes when they are all new rows of plain entity types, and returns whether it
    /// did (nothing is left to save then). Otherwise leaves them for the context's own SaveChanges.
    /// </summary>
    public bool TryTake(DbContext context)
    {
        if (!ReferenceEquals(context.Model, batchContext.Model) || Failure is not null)
        {
            return false;
        }

        context.ChangeTracker.DetectChanges();
        List<EntityEntry>? added = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                case EntityState.Added:
                    (added ??= []).Add(entry);
                    continue;
                default:
                    return false;
            }
        }

        if (added is null)
        {
            return true;
        }

        var moving = added.Select(entry => entry.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        if (!added.TrueForAll(entry => CanMove(entry, moving)))
        {
            return false;
        }

        foreach (var entry in added)
        {
            // Only this entity: its relationships travel as foreign key values, which DetectChanges has set.
            batchContext.Entry(entry.Entity).State = EntityState.Added;
        }

        _pending += added.Count;
        // The rows are the batch's now; the consumer's context must not save them a second time.
        context.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Sends the pending rows, if any, in the batch's transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!StartFlush())
        {
            return;
        }

        // Inside the batch's transaction, which a failure rolls back whole: no savepoint round trips.
        batchContext.Database.AutoSavepointsEnabled = false;
        try
        {
            await batchContext.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            throw Failed(exception);
        }
        finally
        {
            batchContext.Database.AutoSavepointsEnabled = true;
            batchContext.ChangeTracker.Clear();
        }
    }

    /// <summary>The same for a consumer that runs its statements synchronously.</summary>
    public void Flush()
    {
        if (!StartFlush())
        {
            return;
        }

        batchContext.Database.AutoSavepointsEnabled = false;
        try
        {
            batchContext.SaveChanges();
        }
        catch (Exception exception)
        {
            throw Failed(exception);
        }
        finally
        {
            batchContext.Database.AutoSavepointsEnabled = true;
            batchContext.ChangeTracker.Clear();
        }
    }

    private bool StartFlush()
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        if (_pending == 0)
        {
            return false;
        }

        // Zero before sending: the batch context's own statements pass the interceptor without flushing again.
        _pending = 0;
        return true;
    }

    private InboxWriteBehindException Failed(Exception exception) =>
        Failure = new InboxWriteBehindException(
            "Saving the new rows of several deliveries together failed; each delivery runs again on its own.", exception);

    /// <summary>
    /// A plain new row: not part of an owned aggregate (those are saved with their owner), not pointing at a row whose
    /// key the database has yet to generate (that link lives in the consumer's change tracker), and holding no object
    /// of another row that does not move with it (the batch context would take that object for a new row as well).
    /// </summary>
    private static bool CanMove(EntityEntry entry, HashSet<object> moving)
    {
        var type = entry.Metadata;
        if (type.IsOwned() || type.HasSharedClrType || type.GetNavigations().Any(navigation => navigation.TargetEntityType.IsOwned()))
        {
            return false;
        }

        foreach (var property in entry.Properties)
        {
            if (property.IsTemporary && property.Metadata.IsForeignKey())
            {
                return false;
            }
        }

        foreach (var navigation in entry.Navigations)
        {
            switch (navigation.CurrentValue)
            {
                case null:
                    continue;
                case System.Collections.IEnumerable related when navigation.Metadata.IsCollection:
                    if (related.Cast<object>().Any(item => !moving.Contains(item)))
                    {
                        return false;
                    }

                    continue;
                case var related when !moving.Contains(related):
                    return false;
            }
        }

        return true;
    }
}

/// <summary>Sending several deliveries' new rows together failed; no one delivery is to blame, each runs again alone.</summary>
public sealed class InboxWriteBehindException(string message, Exception innerException) : Exception(message, innerException);
