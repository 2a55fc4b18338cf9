using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>The service's own DbContext in the current consume scope, for the inbox filter, which is not generic over it.</summary>
public sealed class MessagingDbContextAccessor(DbContext dbContext)
{
    public DbContext DbContext { get; } = dbContext;
}
