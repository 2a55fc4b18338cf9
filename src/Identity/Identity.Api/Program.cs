using PartnershipHub.Identity.Account;
using PartnershipHub.Identity.Connect;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Staff;
using PartnershipHub.Identity.Users;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
app.UseIdentityPipeline();
await app.MigrateDatabaseIfConfiguredAsync<IdentityDbContext>();
await app.SeedIdentityAsync();

app.MapConnectApi();
app.MapAccountApi();
app.MapTwoFactorApi();
app.MapInvitationApi();
app.MapUsersApi();
app.MapAuditApi();
app.MapStaffApi();
app.Run();

public partial class Program;
