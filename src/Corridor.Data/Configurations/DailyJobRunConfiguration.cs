using Corridor.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations;

internal sealed class DailyJobRunConfiguration : IEntityTypeConfiguration<DailyJobRun>
{
    public void Configure(EntityTypeBuilder<DailyJobRun> b)
    {
        b.ToTable("DailyJobRuns");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.Summary).HasMaxLength(DailyJobRun.SummaryMaxLength);
        // The scheduler asks "has this job succeeded since day D?".
        b.HasIndex(x => new { x.Name, x.Day });
    }
}
