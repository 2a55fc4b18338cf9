using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Features.Audit;
using PartnershipHub.Identity.Features.Connect;
using PartnershipHub.Identity.Features.Federation;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Features.Recovery;
using PartnershipHub.Identity.Features.Passwordless;
using PartnershipHub.Identity.Features.Staff;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseApiRequestTimeouts();
app.UseIdentityPipeline();
await app.MigrateDatabaseIfConfiguredAsync<IdentityDbContext>();
await app.RunStartupSeedsAsync<IdentityDbContext>();

app.MapConnectApi();
app.MapAccountApi();
app.MapTwoFactorApi();
app.MapInvitationApi();
app.MapUsersApi();
app.MapAuditApi();
app.MapStaffApi();
app.MapStaffContactsApi();
app.MapRecoveryApi();
app.MapSignInCodeApi();
app.MapPasskeyApi();
app.MapFederationApi();
app.Run();

public partial class Program;
