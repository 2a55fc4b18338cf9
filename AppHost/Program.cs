using PartnershipHub.AppHost;
using PartnershipHub.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume();
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging).WithManagementPlugin();

var identity = builder.AddProject<Projects.Identity_Api>(ResourceNames.Identity)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.IdentityDb), messaging, ApiAudiences.Identity)
    .WithExternalHttpEndpoints();

// Internships and Guidance consume the demo events Students and Companies publish at start-up, so those two wait
// until the consumers' queues exist (a publish to an exchange without bound queues is dropped).
var internships = builder.AddProject<Projects.Internships_Api>(ResourceNames.Internships)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.InternshipsDb), messaging, ApiAudiences.Internships)
    .WithIdentity(identity);

var guidance = builder.AddProject<Projects.Guidance_Api>(ResourceNames.Guidance)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.GuidanceDb), messaging, ApiAudiences.Guidance)
    .WithIdentity(identity);

var students = builder.AddProject<Projects.Students_Api>(ResourceNames.Students)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.StudentsDb), messaging, ApiAudiences.Students)
    .WithIdentity(identity)
    .WaitFor(internships).WaitFor(guidance);

var companies = builder.AddProject<Projects.Companies_Api>(ResourceNames.Companies)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.CompaniesDb), messaging, ApiAudiences.Companies)
    .WithIdentity(identity)
    .WaitFor(internships).WaitFor(guidance);

// The portal calls every API with the signed-in user's token, by service-discovery name.
builder.AddProject<Projects.Portal_Web>(ResourceNames.Portal)
    .WithIdentity(identity)
    .WithReference(students).WithReference(companies).WithReference(internships).WithReference(guidance)
    .WithReference(messaging)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

builder.Build().Run();
