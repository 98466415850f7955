using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Levies;

/// <summary>The fund records a payment against a statement; more than the balance is refused.</summary>
public sealed class RecordLevyPayment(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(Guid statementId, LevyPaymentForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.LeviesManage)) return Failure.Forbidden;
        var statement = await db.LevyStatements.VisibleTo(user).FirstOrDefaultAsync(s => s.Id == statementId, ct);
        if (statement is null) return Failure.NotFound;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new Errors();
        if (form.Amount is not { } amount) errors.Add(nameof(form.Amount), l["Give the amount paid."]);
        else if (amount <= 0) errors.Add(nameof(form.Amount), l["The amount must be more than zero."]);
        if (form.PaidOn is not { } paidOn) errors.Add(nameof(form.PaidOn), l["Give the day of payment."]);
        else if (paidOn > today) errors.Add(nameof(form.PaidOn), l["A payment cannot be dated in the future."]);
        if (form.Reference is { Length: > 64 }) errors.Add(nameof(form.Reference), l["At most {0} characters.", 64]);
        if (errors.Any) return errors.ToFailure();
        if (form.Version is { } version) db.Entry(statement).Property(s => s.Version).OriginalValue = version;
        try
        {
            var payment = statement.Pay(form.Amount!.Value, form.PaidOn!.Value, form.Reference, user.Name);
            db.LevyPayments.Add(payment);
            await db.SaveChangesAsync(ct);
            return payment.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else recorded a payment on this statement meanwhile. Reload and try again."]);
        }
    }
}

[Authorize(Policy = Permissions.LeviesManage)]
public sealed class RecordPaymentModel(RecordLevyPayment handler, GetLevyStatement get, TimeProvider clock) : PageModel
{
    public LevyStatementDetails Statement { get; private set; } = null!;
    [BindProperty] public LevyPaymentForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Statement = outcome.Value!;
        Input.Amount ??= Statement.Balance;
        Input.PaidOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Input.Version ??= Statement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, Input, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/levies/{id}");
        outcome.AddTo(ModelState);
        return await OnGetAsync(id, ct);
    }
}
