using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Admission;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> b)
    {
        b.ToTable("Vacancies");
        b.Ignore(x => x.AdvertisingEndsOn);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.IsicSection).HasMaxLength(1);
        b.Property(x => x.ReasonsNotHired).HasMaxLength(2000);
        b.Property(x => x.CertificateNumber).HasMaxLength(16);
        b.HasIndex(x => x.CertificateNumber).IsUnique();
        b.HasIndex(x => new { x.EmployerId, x.Status });
        // The job board and the officers' list filter open vacancies by occupation.
        b.HasIndex(x => new { x.Status, x.OccupationCode });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
