using Corridor.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations;

internal sealed class CorridorUserConfiguration : IEntityTypeConfiguration<CorridorUser>
{
    public void Configure(EntityTypeBuilder<CorridorUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.PreferredCulture).HasMaxLength(16);
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => x.AgencyId);
        b.HasIndex(x => x.WorkerId);
    }
}
