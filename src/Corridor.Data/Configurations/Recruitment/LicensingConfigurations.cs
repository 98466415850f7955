using Corridor.Domain.Admission;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class LicenceApplicationConfiguration : IEntityTypeConfiguration<LicenceApplication>
{
    public void Configure(EntityTypeBuilder<LicenceApplication> b)
    {
        b.ToTable("LicenceApplications");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.AgencyId, x.SubmittedAt });
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgencyOfficerConfiguration : IEntityTypeConfiguration<AgencyOfficer>
{
    public void Configure(EntityTypeBuilder<AgencyOfficer> b)
    {
        b.ToTable("AgencyOfficers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.IdentityDocument).HasMaxLength(32);
        b.Property(x => x.Position).HasMaxLength(100);
        // Disqualification looks officers up by document across all agencies.
        b.HasIndex(x => x.IdentityDocument);
        b.HasIndex(x => x.ApplicationId);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LicenceApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EscrowEntryConfiguration : IEntityTypeConfiguration<EscrowEntry>
{
    public void Configure(EntityTypeBuilder<EscrowEntry> b)
    {
        b.ToTable("EscrowEntries");
        b.Ignore(x => x.Signed);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reference).HasMaxLength(64);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.AgencyId, x.RecordedOn });
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ViolationCase>().WithMany().HasForeignKey(x => x.ViolationCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ForeignEmployerConfiguration : IEntityTypeConfiguration<ForeignEmployer>
{
    public void Configure(EntityTypeBuilder<ForeignEmployer> b)
    {
        b.ToTable("ForeignEmployers");
        b.Ignore(x => x.Documents);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Country).HasMaxLength(3);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Sector).HasMaxLength(8);
        b.Property(x => x.DocumentsJson).HasColumnType("text");
        b.Property(x => x.InspectedBy).HasMaxLength(256);
        b.Property(x => x.InspectionNote).HasMaxLength(2000);
        b.Property(x => x.RevocationReason).HasMaxLength(2000);
        b.Property(x => x.SearchKey).HasMaxLength(300);
        b.HasIndex(x => x.SearchKey);
        b.HasIndex(x => x.Status);
    }
}

internal sealed class JobOrderConfiguration : IEntityTypeConfiguration<JobOrder>
{
    public void Configure(EntityTypeBuilder<JobOrder> b)
    {
        b.ToTable("JobOrders");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(13);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.Occupation).HasMaxLength(8);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Jobsite).HasMaxLength(300);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(2000);
        b.HasIndex(x => new { x.AgencyId, x.Status });
        b.HasIndex(x => x.ForeignEmployerId);
        b.HasOne<ForeignEmployer>().WithMany().HasForeignKey(x => x.ForeignEmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
