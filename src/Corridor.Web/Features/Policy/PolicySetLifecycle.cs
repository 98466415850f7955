using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Policy;

/// <summary>
/// The steps of a policy set's life after drafting. Each acts on the version the officer was looking
/// at: a set changed since then is refused (409), so a checker never activates rules they did not see.
/// </summary>
public sealed class PolicySetLifecycle(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public Task<Outcome<int>> OpenForCommentAsync(int number, int version, DateOnly? closeOn, CancellationToken ct) =>
        ActAsync(number, version, "policy.opened-for-comment", set =>
        {
            if (closeOn is null) throw new DomainException(l["Choose the last day for comments."], nameof(PolicySet.CommentsCloseOn));
            set.OpenForComment(closeOn.Value, book.Today, book.Me);
            return new { closeOn };
        }, ct);

    public Task<Outcome<int>> ActivateAsync(int number, int version, CancellationToken ct) =>
        ActAsync(number, version, "policy.activated", async set =>
        {
            var unanswered = await db.PolicyComments.CountAsync(c => c.PolicySetId == set.Id && c.Response == null, ct);
            set.Activate(book.Me, book.Today, clock.GetUtcNow().UtcDateTime, unanswered);
            return (object)new { set.EffectiveFrom };
        }, ct);

    public Task<Outcome<int>> WithdrawAsync(int number, int version, CancellationToken ct) =>
        ActAsync(number, version, "policy.withdrawn", set => { set.Withdraw(book.Me); return new { }; }, ct);

    private Task<Outcome<int>> ActAsync(int number, int version, string action, Func<PolicySet, object> act, CancellationToken ct) =>
        ActAsync(number, version, action, set => Task.FromResult(act(set)), ct);

    private async Task<Outcome<int>> ActAsync(int number, int version, string action, Func<PolicySet, Task<object>> act, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var set = await db.PolicySets.FirstOrDefaultAsync(s => s.Number == number, ct);
        if (set is null) return Failure.NotFound;
        if (set.Version != version)
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        try
        {
            var data = await act(set);
            db.Entry(set).Property(s => s.Version).OriginalValue = version;
            db.RecordAction(action, nameof(PolicySet), set.Id, data);
            await db.SaveChangesAsync(ct);
            return set.Version;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
    }
}

/// <summary>Tripartite consultation: social partners comment while a set is open; policy officers answer every comment.</summary>
public sealed class PolicyConsultation(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> CommentAsync(int number, string? text, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyComment)) return Failure.Forbidden;
        var set = await book.Visible().FirstOrDefaultAsync(s => s.Number == number, ct);
        if (set is null) return Failure.NotFound;
        if (!set.AcceptsCommentsOn(book.Today)) return Failure.Invalid("Text", l["This policy set is not open for comment."]);
        if (string.IsNullOrWhiteSpace(text)) return Failure.Invalid("Text", l["Write the comment."]);
        if (text.Length > 4000) return Failure.Invalid("Text", l["At most {0} characters.", 4000]);
        var comment = new PolicyComment(set.Id, book.Me, user.DisplayName, text);
        db.PolicyComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }

    public async Task<Outcome<Guid>> RespondAsync(int number, Guid commentId, string? response, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var set = await db.PolicySets.AsNoTracking().FirstOrDefaultAsync(s => s.Number == number, ct);
        var comment = set is null ? null : await db.PolicyComments.FirstOrDefaultAsync(c => c.Id == commentId && c.PolicySetId == set.Id, ct);
        if (set is null || comment is null) return Failure.NotFound;
        if (!set.IsEditable) return Failure.Invalid("Response", l["The consultation on this policy set is closed."]);
        if (string.IsNullOrWhiteSpace(response)) return Failure.Invalid("Response", l["Write the response."]);
        if (response.Length > 4000) return Failure.Invalid("Response", l["At most {0} characters.", 4000]);
        comment.Respond(response, book.Me, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }
}
