using Corridor.Domain.Remittances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Remittances;

internal sealed class RemittanceServiceConfiguration : IEntityTypeConfiguration<RemittanceService>
{
    public void Configure(EntityTypeBuilder<RemittanceService> b)
    {
        b.ToTable("RemittanceServices");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Period).HasMaxLength(7);
        b.Property(x => x.SendingCountry).HasMaxLength(3);
        b.Property(x => x.ReceivingCountry).HasMaxLength(3);
        b.Property(x => x.Provider).HasMaxLength(RemittanceService.ProviderMax);
        b.Property(x => x.SendingCurrency).HasMaxLength(3);
        b.Property(x => x.ReceivingCurrency).HasMaxLength(3);
        b.Property(x => x.AccessPoint).HasMaxLength(RemittanceService.AccessPointMax);
        b.Property(x => x.Note).HasMaxLength(RemittanceService.NoteMax);
        b.Property(x => x.Source).HasMaxLength(RemittanceService.SourceMax);
        b.Property(x => x.EnteredBy).HasMaxLength(256);
        // Exchange rates need more than the two decimals money has (e.g. 0.0393 KZT per UZS).
        foreach (var rate in new[] { nameof(RemittanceService.Rate200), nameof(RemittanceService.Rate500), nameof(RemittanceService.InterbankRate) })
            b.Property(rate).HasPrecision(18, 6);
        b.Ignore(x => x.TotalCost200);
        b.Ignore(x => x.TotalCost500);
        b.Ignore(x => x.FxMargin200);
        b.Ignore(x => x.FxMargin500);
        b.Ignore(x => x.QualifiesForSmart);
        // One price per provider, corridor and quarter.
        b.HasIndex(x => new { x.Period, x.SendingCountry, x.ReceivingCountry, x.Provider }).IsUnique();
        b.HasIndex(x => new { x.SendingCountry, x.ReceivingCountry });
    }
}
