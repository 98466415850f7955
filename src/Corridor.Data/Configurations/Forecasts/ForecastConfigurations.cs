using Corridor.Domain.Forecasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Forecasts;

internal sealed class MigrantStockConfiguration : IEntityTypeConfiguration<MigrantStock>
{
    public void Configure(EntityTypeBuilder<MigrantStock> b)
    {
        b.ToTable("MigrantStocks");
        b.HasKey(x => new { x.Year, x.Destination, x.Origin });
        b.Property(x => x.Destination).HasMaxLength(3);
        b.Property(x => x.Origin).HasMaxLength(3);
        b.HasIndex(x => new { x.Origin, x.Year });
    }
}

internal sealed class PopulationFigureConfiguration : IEntityTypeConfiguration<PopulationFigure>
{
    public void Configure(EntityTypeBuilder<PopulationFigure> b)
    {
        b.ToTable("PopulationFigures");
        b.HasKey(x => new { x.LocationCode, x.Sex, x.AgeGroup, x.Year });
        b.Property(x => x.LocationName).HasMaxLength(100);
        b.Property(x => x.AgeGroup).HasMaxLength(8);
        // WPP gives thousands to three decimals (308,286.775 thousand).
        b.Property(x => x.Thousands).HasPrecision(18, 3);
    }
}

internal sealed class ParticipationRateSetConfiguration : IEntityTypeConfiguration<ParticipationRateSet>
{
    public void Configure(EntityTypeBuilder<ParticipationRateSet> b)
    {
        b.ToTable("ParticipationRateSets");
        b.Ignore(x => x.Rates);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.RatesJson).HasColumnType("text");
        b.Property(x => x.Source).HasMaxLength(1000);
        b.Property(x => x.EnteredBy).HasMaxLength(256);
        b.HasIndex(x => x.Number).IsUnique();
    }
}

internal sealed class LabourForceScenarioConfiguration : IEntityTypeConfiguration<LabourForceScenario>
{
    public void Configure(EntityTypeBuilder<LabourForceScenario> b)
    {
        b.ToTable("LabourForceScenarios");
        b.Ignore(x => x.Targets);
        b.Ignore(x => x.Demand);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Country).HasMaxLength(3);
        b.Property(x => x.TargetsJson).HasColumnType("text");
        b.Property(x => x.DemandJson).HasColumnType("text");
        b.Property(x => x.SavedBy).HasMaxLength(256);
    }
}
