using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class TrainerDepartureConfiguration : IEntityTypeConfiguration<TrainerDeparture>
{
    public void Configure(EntityTypeBuilder<TrainerDeparture> departure)
    {
        departure.ToTable("trainer_departures");
        departure.HasKey(d => d.TrainerId);
        departure.Property(d => d.TrainerId).ValueGeneratedNever();
    }
}
