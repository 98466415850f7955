using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Registry;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("OrgUnits");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameRu).HasMaxLength(200);
        b.Property(x => x.Path).HasMaxLength(400);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Path);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> b)
    {
        b.ToTable("Employers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.RegistrationNumber).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.IsicSection).HasMaxLength(1);
        b.Property(x => x.IsicDivision).HasMaxLength(2);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.SearchKey).HasMaxLength(300);
        b.HasIndex(x => x.RegistrationNumber).IsUnique();
        b.HasIndex(x => x.SearchKey);
        b.HasIndex(x => x.IsicSection);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecruitmentAgencyConfiguration : IEntityTypeConfiguration<RecruitmentAgency>
{
    public void Configure(EntityTypeBuilder<RecruitmentAgency> b)
    {
        b.ToTable("RecruitmentAgencies");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.LicenceNumber).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Country).HasMaxLength(3);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.SearchKey).HasMaxLength(300);
        b.Property(x => x.StatusNote).HasMaxLength(2000);
        b.HasIndex(x => x.LicenceNumber).IsUnique();
        b.HasIndex(x => x.SearchKey);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MigrantWorkerConfiguration : IEntityTypeConfiguration<MigrantWorker>
{
    public void Configure(EntityTypeBuilder<MigrantWorker> b)
    {
        b.ToTable("MigrantWorkers");
        b.Ignore(x => x.Particulars);
        b.Ignore(x => x.FullName);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.WorkerNumber).HasMaxLength(16);
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.Citizenship).HasMaxLength(3);
        b.Property(x => x.PassportNumber).HasMaxLength(20);
        b.Property(x => x.PassportIssuingCountry).HasMaxLength(3);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.PreferredLanguage).HasMaxLength(8);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.SearchKey).HasMaxLength(300);
        b.HasIndex(x => x.WorkerNumber).IsUnique();
        b.HasIndex(x => new { x.PassportIssuingCountry, x.PassportNumber }).IsUnique();
        b.HasIndex(x => x.SearchKey);
        b.HasIndex(x => x.CurrentEmployerId);
        b.HasIndex(x => x.AgencyId);
        b.HasIndex(x => new { x.Citizenship, x.Sex });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.CurrentEmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NationalJobSeekerConfiguration : IEntityTypeConfiguration<NationalJobSeeker>
{
    public void Configure(EntityTypeBuilder<NationalJobSeeker> b)
    {
        b.ToTable("NationalJobSeekers");
        b.Ignore(x => x.FullName);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.NationalId).HasMaxLength(20);
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.Phone).HasMaxLength(32);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.SearchKey).HasMaxLength(300);
        b.HasIndex(x => x.NationalId).IsUnique();
        b.HasIndex(x => x.SearchKey);
        b.HasIndex(x => x.OccupationCode);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
