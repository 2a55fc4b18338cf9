using PartnershipHub.AppHost;
using PartnershipHub.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume();
var messaging = builder.AddRabbitMQ(ResourceNames.Messaging).WithManagementPlugin();

var identity = builder.AddProject<Projects.Identity_Api>(ResourceNames.Identity)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.IdentityDb), messaging, ApiAudiences.Identity)
    .WithExternalHttpEndpoints();

builder.AddProject<Projects.Students_Api>(ResourceNames.Students)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.StudentsDb), messaging, ApiAudiences.Students)
    .WithIdentity(identity);

builder.AddProject<Projects.Companies_Api>(ResourceNames.Companies)
    .WithPartnershipHubDefaults(postgres.AddDatabase(ResourceNames.CompaniesDb), messaging, ApiAudiences.Companies)
    .WithIdentity(identity);

builder.Build().Run();
