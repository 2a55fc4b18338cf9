using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace PartnershipHub.Persistence;

/// <summary>
/// Start-up work that replicas of one service must not do at the same time (migrations, seeding, key creation):
/// a PostgreSQL session advisory lock in the service's own database, held while the work runs. The second replica
/// waits, then finds the first one's result.
/// </summary>
public static class ReplicaLock
{
    public static async Task RunAsync(string connectionString, string name, Func<Task> work, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var key = KeyOf(name);
        // No command timeout: waiting for the other replica's work is the point (a timeout would cancel the statement,
        // which PostgreSQL logs as an error); the caller's token ends the wait.
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 })
        {
            take.Parameters.AddWithValue("key", key);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await work();
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", key);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>A stable 64-bit key for a name (advisory locks are per database, so names need only differ within one).</summary>
    internal static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
}
