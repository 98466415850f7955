using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Admission;

internal sealed class NationalQuotaConfiguration : IEntityTypeConfiguration<NationalQuota>
{
    public void Configure(EntityTypeBuilder<NationalQuota> b)
    {
        b.ToTable("NationalQuotas", t => t.HasCheckConstraint("ck_national_quotas_allocated", "allocated >= 0 AND allocated <= total"));
        b.Ignore(x => x.Remaining);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.IsicSection).HasMaxLength(1);
        b.HasIndex(x => new { x.Year, x.IsicSection }).IsUnique();
    }
}

internal sealed class QuotaRoundConfiguration : IEntityTypeConfiguration<QuotaRound>
{
    public void Configure(EntityTypeBuilder<QuotaRound> b)
    {
        b.ToTable("QuotaRounds", t => t.HasCheckConstraint("ck_quota_rounds_allocated", "allocated >= 0 AND allocated <= released"));
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.QuotaId, x.Number }).IsUnique();
        b.HasOne<NationalQuota>().WithMany().HasForeignKey(x => x.QuotaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuotaRequestConfiguration : IEntityTypeConfiguration<QuotaRequest>
{
    public void Configure(EntityTypeBuilder<QuotaRequest> b)
    {
        b.ToTable("QuotaRequests");
        b.Ignore(x => x.Breakdown);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OriginCountry).HasMaxLength(3);
        b.Property(x => x.PointsJson).HasColumnType("text");
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.RoundId, x.Status });
        b.HasIndex(x => x.EmployerId);
        b.HasOne<QuotaRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
