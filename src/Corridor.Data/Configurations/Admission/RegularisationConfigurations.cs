using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Admission;

internal sealed class RegularisationWindowConfiguration : IEntityTypeConfiguration<RegularisationWindow>
{
    public void Configure(EntityTypeBuilder<RegularisationWindow> b)
    {
        b.ToTable("RegularisationWindows", t => t.HasCheckConstraint("ck_regularisation_windows_dates", "closes_on >= opens_on"));
        b.Ignore(x => x.Estimates);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.EstimatesJson).HasColumnType("text");
        b.Property(x => x.OpenedByName).HasMaxLength(200);
        b.HasIndex(x => x.OpensOn);
    }
}

internal sealed class RegularisationApplicationConfiguration : IEntityTypeConfiguration<RegularisationApplication>
{
    public void Configure(EntityTypeBuilder<RegularisationApplication> b)
    {
        b.ToTable("RegularisationApplications");
        b.Ignore(x => x.Particulars);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.Citizenship).HasMaxLength(3);
        b.Property(x => x.PassportNumber).HasMaxLength(20);
        b.Property(x => x.EmployerRegistrationNumber).HasMaxLength(32);
        b.Property(x => x.TrackingCode).HasMaxLength(16);
        b.HasIndex(x => x.TrackingCode).IsUnique();
        b.HasIndex(x => new { x.WindowId, x.Status });
        b.HasIndex(x => new { x.WindowId, x.Citizenship, x.Sex });
        b.HasIndex(x => x.SubmittedByEmployerId);
        b.HasOne<RegularisationWindow>().WithMany().HasForeignKey(x => x.WindowId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.SubmittedByEmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
