using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Messaging;

/// <summary>
/// Events about one trainer are handled one at a time: the consumer's transaction takes a lock on the trainer id, so a
/// registration and a departure delivered together cannot both decide on a database that shows neither.
/// </summary>
internal static class TrainerEventOrder
{
    public static Task LockAsync(IdentityDbContext db, Guid trainerId, CancellationToken cancellationToken)
    {
        var bytes = trainerId.ToByteArray();
        var key = BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8);
        return db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }

    /// <summary>
    /// Remembers that the trainer left or was erased (at this version), so a registration that arrives late opens no
    /// account; a newer remembered version is kept. The caller saves.
    /// </summary>
    public static async Task RememberDepartureAsync(
        IdentityDbContext db, Guid trainerId, Guid companyId, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var departure = await db.TrainerDepartures.FindAsync([trainerId], cancellationToken);
        if (departure is null)
        {
            db.TrainerDepartures.Add(new TrainerDeparture { TrainerId = trainerId, CompanyId = companyId, Version = version, RecordedAt = now });
        }
        else if (departure.Version < version)
        {
            departure.Version = version;
            departure.CompanyId = companyId;
            departure.RecordedAt = now;
        }
    }
}
