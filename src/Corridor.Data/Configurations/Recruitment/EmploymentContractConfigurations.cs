using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class EmploymentContractConfiguration : IEntityTypeConfiguration<EmploymentContract>
{
    public void Configure(EntityTypeBuilder<EmploymentContract> b)
    {
        b.ToTable("EmploymentContracts");
        b.Ignore(x => x.Terms);
        b.Ignore(x => x.Findings);
        b.Ignore(x => x.HasFailingMandatoryFinding);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.Particulars);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(13);
        // Every version of one contract shares its number.
        b.HasIndex(x => new { x.Number, x.VersionNumber }).IsUnique();
        b.Property(x => x.ForeignEmployerName).HasMaxLength(200);
        b.Property(x => x.ForeignEmployerCountry).HasMaxLength(3);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.TermsJson).HasColumnType("text");
        b.Property(x => x.FindingsJson).HasColumnType("text");
        b.Property(x => x.ReviewedBy).HasMaxLength(256);
        b.Property(x => x.ReviewNote).HasMaxLength(2000);
        b.Property(x => x.SignatureRecordedBy).HasMaxLength(256);
        b.Property(x => x.SignedLanguage).HasMaxLength(2);
        b.Property(x => x.RegisteredBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Status, x.SubmittedAt });
        b.HasIndex(x => x.WorkerId);
        b.HasIndex(x => x.AgencyId);
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => x.PreviousVersionId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmploymentContract>().WithMany().HasForeignKey(x => x.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ViolationCase>().WithMany().HasForeignKey(x => x.SubstitutionCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WageBenchmarkConfiguration : IEntityTypeConfiguration<WageBenchmark>
{
    public void Configure(EntityTypeBuilder<WageBenchmark> b)
    {
        b.ToTable("WageBenchmarks");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Country).HasMaxLength(3);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.KztPerUnit).HasPrecision(18, 6);
        b.Property(x => x.Source).HasMaxLength(500);
        b.HasIndex(x => new { x.Country, x.OccupationCode, x.EffectiveFrom });
    }
}
