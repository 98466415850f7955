using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class OrientationCurriculumConfiguration : IEntityTypeConfiguration<OrientationCurriculum>
{
    public void Configure(EntityTypeBuilder<OrientationCurriculum> b)
    {
        b.ToTable("OrientationCurricula");
        b.Ignore(x => x.Topics);
        b.Ignore(x => x.MinimumHours);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.TitleEn).HasMaxLength(200);
        b.Property(x => x.TitleRu).HasMaxLength(200);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.OccupationPrefix).HasMaxLength(4);
        b.Property(x => x.TopicList).HasMaxLength(400);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class OrientationSessionConfiguration : IEntityTypeConfiguration<OrientationSession>
{
    public void Configure(EntityTypeBuilder<OrientationSession> b)
    {
        // The seat count never goes below zero nor above the capacity, whatever writes it.
        b.ToTable("OrientationSessions", t => t.HasCheckConstraint("ck_orientation_sessions_enrolled", "enrolled >= 0 AND enrolled <= capacity"));
        b.Ignore(x => x.SeatsLeft);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Provider).HasMaxLength(200);
        b.Property(x => x.Venue).HasMaxLength(300);
        b.Property(x => x.Language).HasMaxLength(16);
        b.Property(x => x.CancellationReason).HasMaxLength(1000);
        // The sessions list filters by date and status.
        b.HasIndex(x => new { x.StartsOn, x.Status });
        b.HasIndex(x => x.CurriculumId);
        b.HasOne<OrientationCurriculum>().WithMany().HasForeignKey(x => x.CurriculumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrientationEnrolmentConfiguration : IEntityTypeConfiguration<OrientationEnrolment>
{
    public void Configure(EntityTypeBuilder<OrientationEnrolment> b)
    {
        b.ToTable("OrientationEnrolments");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.EnrolledBy).HasMaxLength(256);
        b.Property(x => x.AttendedHours).HasPrecision(6, 2);
        // A worker holds at most one seat in a session.
        b.HasIndex(x => new { x.SessionId, x.WorkerId }).IsUnique();
        b.HasIndex(x => x.WorkerId);
        b.HasOne<OrientationSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrientationCurriculum>().WithMany().HasForeignKey(x => x.CurriculumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrientationCertificateConfiguration : IEntityTypeConfiguration<OrientationCertificate>
{
    public void Configure(EntityTypeBuilder<OrientationCertificate> b)
    {
        b.ToTable("OrientationCertificates");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(16);
        b.Property(x => x.VerificationCode).HasMaxLength(64);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.OccupationPrefix).HasMaxLength(4);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.VerificationCode).IsUnique();
        b.HasIndex(x => x.EnrolmentId).IsUnique();
        b.HasIndex(x => new { x.WorkerId, x.ValidUntil });
        b.HasOne<OrientationEnrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrientationSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrientationCurriculum>().WithMany().HasForeignKey(x => x.CurriculumId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
