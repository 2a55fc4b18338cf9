using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.AppHost;
using PartnershipHub.AppHost.Infrastructure;
using PartnershipHub.ServiceDefaults;

// Everything here is plain http on loopback and uses no developer certificate (scripts/run.sh makes one all the same,
// only because the dashboard shows an error banner without it).
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args,
    TrustDeveloperCertificate = false,
    DeveloperCertificateDefaultHttpsTerminationEnabled = false,
});
var settings = SystemSettings.From(builder);
builder.Services.AddSingleton(settings).AddHostedService<StartupReport>().AddHostedService<ConsoleLogFiles>();
if (PortCheck.Problem(builder, settings) is { } portProblem)
{
    Console.Error.WriteLine(portProblem);
    return 2;
}

var infrastructure = builder.AddInfrastructure(settings);
var ports = settings.Ports;

var identity = builder.AddService<Projects.Identity_Api>(ResourceNames.Identity, ports.Identity, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.IdentityDb, ApiAudiences.Identity, settings)
    .WithMailPickup(settings);

// Notifications hears every other service's events (the demo data's too), so the services that publish at start-up wait
// for its queues: Internships and Guidance below, and through them Students and Companies. It starts beside Identity;
// the demo staff Identity announces at its start it seeds itself (the same rule as Students' demo mentors).
var notifications = builder.AddService<Projects.Notifications_Api>(ResourceNames.Notifications, ports.Notifications, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.NotificationsDb, ApiAudiences.Notifications, settings)
    .WithIdentity(identity)
    .WithMailPickup(settings);

// Insights keeps the programme dashboard's read model from every service's events (the demo data's too), so it starts
// beside Notifications and the same services wait for its queues. It owns the end-of-placement surveys.
var insights = builder.AddService<Projects.Insights_Api>(ResourceNames.Insights, ports.Insights, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.InsightsDb, ApiAudiences.Insights, settings)
    .WithIdentity(identity);

// Identity, Internships and Guidance consume the demo events Students and Companies publish at start-up, so those two
// wait until the consumers' queues exist (a publish to an exchange without bound queues is dropped); the three
// consumers start side by side.
var internships = builder.AddService<Projects.Internships_Api>(ResourceNames.Internships, ports.Internships, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.InternshipsDb, ApiAudiences.Internships, settings)
    .WithIdentity(identity)
    .WaitFor(notifications).WaitFor(insights);

var guidance = builder.AddService<Projects.Guidance_Api>(ResourceNames.Guidance, ports.Guidance, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.GuidanceDb, ApiAudiences.Guidance, settings)
    .WithIdentity(identity)
    .WaitFor(notifications).WaitFor(insights);

var students = builder.AddService<Projects.Students_Api>(ResourceNames.Students, ports.Students, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.StudentsDb, ApiAudiences.Students, settings)
    .WithIdentity(identity)
    .WaitFor(identity).WaitFor(internships).WaitFor(guidance);

var companies = builder.AddService<Projects.Companies_Api>(ResourceNames.Companies, ports.Companies, settings)
    .WithDatabaseAndMessaging(infrastructure, ResourceNames.CompaniesDb, ApiAudiences.Companies, settings)
    .WithIdentity(identity)
    .WaitFor(identity).WaitFor(internships).WaitFor(guidance);

// The portal calls every API with the signed-in user's token, by service-discovery name. One copy: its interactive
// circuits live in memory.
var portal = builder.AddService<Projects.Portal_Web>(ResourceNames.Portal, ports.Portal, settings, replicas: 1)
    .WithIdentity(identity).WaitFor(identity)
    .WithReference(students).WithReference(companies).WithReference(internships).WithReference(guidance)
    .WithReference(notifications).WithReference(insights)
    .WithOperatorPage(infrastructure)
    .WithExternalHttpEndpoints();

identity.WithPortalClient(portal);
notifications.WithPortalLinks(portal);

builder.Build().Run();
return 0;
