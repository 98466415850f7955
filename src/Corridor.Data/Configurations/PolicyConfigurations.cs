using Corridor.Domain.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations;

internal sealed class PolicySetConfiguration : IEntityTypeConfiguration<PolicySet>
{
    public void Configure(EntityTypeBuilder<PolicySet> b)
    {
        b.ToTable("PolicySets");
        b.Ignore(x => x.Rules);
        b.Ignore(x => x.IsEditable);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.RulesJson).HasColumnType("text");
        b.Property(x => x.DraftedByName).HasMaxLength(256);
        b.Property(x => x.LastEditedByName).HasMaxLength(256);
        b.Property(x => x.ActivatedByName).HasMaxLength(256);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Status, x.EffectiveFrom });
    }
}

internal sealed class PolicyCommentConfiguration : IEntityTypeConfiguration<PolicyComment>
{
    public void Configure(EntityTypeBuilder<PolicyComment> b)
    {
        b.ToTable("PolicyComments");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Response).HasMaxLength(4000);
        b.Property(x => x.RespondedByName).HasMaxLength(256);
        b.HasIndex(x => x.PolicySetId);
        b.HasOne<PolicySet>().WithMany().HasForeignKey(x => x.PolicySetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AdmissionDecisionConfiguration : IEntityTypeConfiguration<Corridor.Domain.Admission.AdmissionDecision>
{
    public void Configure(EntityTypeBuilder<Corridor.Domain.Admission.AdmissionDecision> b)
    {
        b.ToTable("AdmissionDecisions");
        b.Ignore(x => x.Results);
        b.Ignore(x => x.Failed);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Subject).HasMaxLength(64);
        b.Property(x => x.InputsJson).HasColumnType("text");
        b.Property(x => x.ResultsJson).HasColumnType("text");
        b.HasIndex(x => new { x.Subject, x.SubjectId });
        b.HasIndex(x => x.PolicySetNumber);
    }
}

internal sealed class EmployerFlagConfiguration : IEntityTypeConfiguration<Corridor.Domain.Admission.EmployerFlag>
{
    public void Configure(EntityTypeBuilder<Corridor.Domain.Admission.EmployerFlag> b)
    {
        b.ToTable("EmployerFlags");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.HasIndex(x => new { x.EmployerId, x.Kind });
        b.HasOne<Corridor.Domain.Registry.Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
