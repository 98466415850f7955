using Corridor.Domain.Admission;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Protection;

internal sealed class RiskScoreConfiguration : IEntityTypeConfiguration<RiskScore>
{
    public void Configure(EntityTypeBuilder<RiskScore> b)
    {
        b.ToTable("RiskScores");
        b.Ignore(x => x.Breakdown);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.BreakdownJson).HasColumnType("text");
        b.Property(x => x.Score).HasPrecision(12, 2);
        // One current score per employer: the daily job updates it in place, so repeating the run changes nothing twice.
        b.HasIndex(x => x.EmployerId).IsUnique();
        b.HasIndex(x => x.Score);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskSignalConfiguration : IEntityTypeConfiguration<RiskSignal>
{
    public void Configure(EntityTypeBuilder<RiskSignal> b)
    {
        b.ToTable("RiskSignals");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Source).HasMaxLength(200);
        b.HasIndex(x => new { x.EmployerId, x.Kind, x.ReportedOn });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("Inspections");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(13);
        b.Property(x => x.PlannedByName).HasMaxLength(200);
        b.Property(x => x.InspectorName).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.EmployerId, x.Status, x.VisitedOn });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.FollowUpOfId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> b)
    {
        b.ToTable("InspectionFindings");
        b.Ignore(x => x.IsWageArrears);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ViolationCode).HasMaxLength(32);
        b.Property(x => x.Citation).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasIndex(x => x.InspectionId);
        b.HasIndex(x => new { x.EmployerId, x.FoundOn });
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmployerFlag>().WithMany().HasForeignKey(x => x.EmployerFlagId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SanctionConfiguration : IEntityTypeConfiguration<Sanction>
{
    public void Configure(EntityTypeBuilder<Sanction> b)
    {
        b.ToTable("Sanctions");
        b.Ignore(x => x.IsDebarment);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DecisionReference).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.InternalNote).HasMaxLength(2000);
        b.HasIndex(x => new { x.PartyId, x.Kind, x.From });
        b.HasIndex(x => new { x.Kind, x.To });
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmployerFlag>().WithMany().HasForeignKey(x => x.EmployerFlagId).OnDelete(DeleteBehavior.Restrict);
    }
}
