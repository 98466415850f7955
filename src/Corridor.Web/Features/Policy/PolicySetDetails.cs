using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Policy;

public sealed record RuleView(string Id, string Area, string Description, string Citation, IReadOnlyList<RuleValueView> Values);

public sealed record RuleValueView(string Key, string Label, ParameterKind Kind, decimal Value, decimal Min, decimal Max);

public sealed record CommentView(Guid Id, string AuthorName, string Organisation, string Text, DateTime CreatedAt,
    string? Response, string? RespondedByName, DateTime? RespondedAt);

public sealed record PolicySetDetails(
    Guid Id, int Number, string Title, DateOnly EffectiveFrom, PolicySetStatus Status, bool InForce,
    string DraftedByName, string LastEditedByName, DateOnly? CommentsCloseOn, string? ActivatedByName, DateTime? ActivatedAt,
    int Version, IReadOnlyList<RuleView> Rules, IReadOnlyList<CommentView> Comments, IReadOnlyList<HistoryEntry> History);

/// <summary>One policy set as people read it: every rule with its numbers and citation, the consultation, the history.</summary>
public sealed class GetPolicySet(CorridorDbContext db, PolicyBook book)
{
    /// <summary><paramref name="number"/> null means the set in force today.</summary>
    public async Task<Outcome<PolicySetDetails>> HandleAsync(int? number, CancellationToken ct)
    {
        var inForce = await book.InForceAsync(book.Today, ct);
        var set = number is null ? inForce : await book.Visible().FirstOrDefaultAsync(s => s.Number == number, ct);
        if (set is null) return Failure.NotFound;
        var rules = set.Rules;
        var comments = await db.PolicyComments.AsNoTracking().Where(c => c.PolicySetId == set.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new CommentView(c.Id, c.AuthorName, c.Organisation, c.Text, c.CreatedAt, c.Response, c.RespondedByName, c.RespondedAt))
            .ToListAsync(ct);
        return new PolicySetDetails(set.Id, set.Number, set.Title, set.EffectiveFrom, set.Status, set.Id == inForce?.Id,
            set.DraftedByName, set.LastEditedByName, set.CommentsCloseOn, set.ActivatedByName, set.ActivatedAt, set.Version,
            [.. RuleCatalogue.All.Select(r => new RuleView(r.Id, r.Area, r.Description, rules.Citation(r.Id),
                [.. r.Parameters.Select(p => new RuleValueView(p.Key, p.Label, p.Kind, rules.Get(r.Id, p.Key), p.Min, p.Max))]))],
            comments, await History.ForAsync(db, nameof(PolicySet), set.Id, ct));
    }
}

public sealed record PolicySetSummary(int Number, string Title, DateOnly EffectiveFrom, PolicySetStatus Status, string? ActivatedByName, DateTime? ActivatedAt);

/// <summary>The versions the account may see, newest first, and which is in force today.</summary>
public sealed class ListPolicySets(PolicyBook book)
{
    public async Task<(IReadOnlyList<PolicySetSummary> Sets, int? InForce)> HandleAsync(CancellationToken ct)
    {
        var sets = await book.Visible().OrderByDescending(s => s.Number)
            .Select(s => new PolicySetSummary(s.Number, s.Title, s.EffectiveFrom, s.Status, s.ActivatedByName, s.ActivatedAt))
            .ToListAsync(ct);
        return (sets, (await book.InForceAsync(book.Today, ct))?.Number);
    }
}
