using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Protection;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.Ignore(x => x.CategoryList);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.TrackingCode).HasMaxLength(16);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Categories).HasMaxLength(400);
        b.Property(x => x.Narrative).HasMaxLength(4000);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.AgencyName).HasMaxLength(200);
        b.Property(x => x.ComplainantName).HasMaxLength(200);
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.HasIndex(x => x.WorkerId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProtectionCaseConfiguration : IEntityTypeConfiguration<ProtectionCase>
{
    public void Configure(EntityTypeBuilder<ProtectionCase> b)
    {
        b.ToTable("ProtectionCases", t => t.HasCheckConstraint("ck_protection_cases_amounts",
            "amount_claimed >= 0 AND amount_recovered >= 0 AND amount_paid_to_worker >= 0"));
        b.Ignore(x => x.CategoryList);
        b.Ignore(x => x.TriageItemList);
        b.Ignore(x => x.Triage);
        b.Ignore(x => x.JointlyLiable);
        b.Ignore(x => x.IsOpen);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(13);
        b.Property(x => x.OriginType).HasMaxLength(32);
        b.Property(x => x.Categories).HasMaxLength(400);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.AgencyName).HasMaxLength(200);
        b.Property(x => x.TriageItems).HasMaxLength(2000);
        b.Property(x => x.TriageResultJson).HasColumnType("text");
        b.Property(x => x.TriageRuleVersion).HasMaxLength(64);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.OriginType, x.OriginId });
        b.HasIndex(x => new { x.Status, x.Priority });
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => x.AgencyId);
        b.HasIndex(x => x.WorkerId);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
