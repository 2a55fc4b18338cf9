using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// The locks behind <see cref="InboxKey{TMessage}"/> (docs/decisions/0016): one PostgreSQL transaction-level advisory
/// lock per key, taken by an inbox batch before any of its consumers runs and always in ascending order. Two batches
/// about one key therefore run one after the other (in one service or across its replicas), and batches sharing
/// several keys cannot deadlock on them. Work outside the inbox that changes several keys' state in one transaction
/// (a demo seed) takes the same locks first, with <see cref="LockInboxKeysAsync"/>.
/// </summary>
public static class InboxKeyLocks
{
    /// <summary>Takes the locks of <c>@keys</c>, an ascending bigint array; PostgreSQL evaluates the volatile call after the sort.</summary>
    internal const string LockSql = "SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k ORDER BY k";

    /// <summary>
    /// Waits until no inbox batch (of this service or another replica) holds any of <paramref name="keys"/>, and keeps
    /// deliveries about them waiting until the current transaction ends.
    /// </summary>
    public static async Task LockInboxKeysAsync(this DbContext db, IEnumerable<Guid> keys, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Inbox key locks last until the transaction ends: begin one first.");
        }

        var ids = LockIds(keys);
        if (ids.Length > 0)
        {
            // As long as it takes (a timeout would cancel the statement, which PostgreSQL logs as an error).
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(0);
            try
            {
                await db.Database.ExecuteSqlRawAsync(LockSql, [KeysParameter(ids)], cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(timeout);
            }
        }
    }

    internal static NpgsqlParameter KeysParameter(long[] ids) => new("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids };

    /// <summary>The keys' lock ids, distinct and ascending (the order every taker uses).</summary>
    internal static long[] LockIds(IEnumerable<Guid> keys) => [.. keys.Select(LockId).Distinct().Order()];

    /// <summary>
    /// A key's 64-bit lock id. Two keys sharing one only wait for each other now and then. The single-bigint lock space is
    /// apart from the two-int one (a service's own advisory locks, such as Guidance's progress refresh).
    /// </summary>
    internal static long LockId(Guid key)
    {
        Span<byte> bytes = stackalloc byte[16];
        key.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes) ^ BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]);
    }
}
