using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class ViolationCaseConfiguration : IEntityTypeConfiguration<ViolationCase>
{
    public void Configure(EntityTypeBuilder<ViolationCase> b)
    {
        b.ToTable("ViolationCases");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(13);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.SubjectType).HasMaxLength(64);
        b.Property(x => x.RuleId).HasMaxLength(32);
        b.Property(x => x.Finding).HasMaxLength(ViolationCase.FindingMaxLength);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.Property(x => x.ClosedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.AgencyId, x.Status });
        b.HasIndex(x => new { x.EmployerId, x.Status });
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
