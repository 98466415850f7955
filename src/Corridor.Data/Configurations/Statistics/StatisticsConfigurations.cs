using Corridor.Domain.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Statistics;

/// <summary>The analytics table: bulk-loaded by the rebuild (binary COPY / prepared INSERT), read by dashboards and exports.</summary>
internal sealed class StatisticsValueConfiguration : IEntityTypeConfiguration<StatisticsValue>
{
    public void Configure(EntityTypeBuilder<StatisticsValue> b)
    {
        b.ToTable("StatisticsValues");
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.Indicator).HasMaxLength(32);
        b.Property(x => x.Period).HasMaxLength(8);
        b.Property(x => x.Region).HasMaxLength(32);
        b.Property(x => x.Sex).HasMaxLength(2);
        b.Property(x => x.AgeGroup).HasMaxLength(8);
        b.Property(x => x.Citizenship).HasMaxLength(3);
        b.Property(x => x.Isco).HasMaxLength(2);
        b.Property(x => x.SkillLevel).HasMaxLength(8);
        b.Property(x => x.Isic).HasMaxLength(2);
        b.Property(x => x.Category).HasMaxLength(64);
        // Every dashboard query names an indicator and a period.
        b.HasIndex(x => new { x.Indicator, x.Period });
    }
}

internal sealed class StatisticsRebuildConfiguration : IEntityTypeConfiguration<StatisticsRebuild>
{
    public void Configure(EntityTypeBuilder<StatisticsRebuild> b)
    {
        b.ToTable("StatisticsRebuilds");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.StartedBy).HasMaxLength(256);
        b.Property(x => x.Stage).HasMaxLength(64);
        b.Property(x => x.Error).HasMaxLength(1000);
        b.HasIndex(x => x.StartedAt);
    }
}
