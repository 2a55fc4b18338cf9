using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Notifications.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class NotificationsDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NotificationsDbContext>().UseServiceDatabase("Host=localhost;Database=notificationsdb").Options);
}
