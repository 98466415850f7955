using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Recruitment.Fees;

public sealed record FeeCapExceptionView(Guid Id, string DestinationCountry, string IscoPrefix, decimal CapMonths, DateOnly ValidFrom, DateOnly? ValidTo,
    string Citation, string CreatedBy, DateTime CreatedAt, int Version);

/// <summary>The regulator's dated table of exceptions to the employer-pays default, newest first.</summary>
public sealed class ListFeeCapExceptions(CorridorDbContext db)
{
    public Task<List<FeeCapExceptionView>> HandleAsync(CancellationToken ct) =>
        db.FeeCapExceptions.AsNoTracking().OrderByDescending(e => e.ValidFrom).ThenBy(e => e.DestinationCountry).ThenBy(e => e.IscoPrefix)
            .Select(e => new FeeCapExceptionView(e.Id, e.DestinationCountry, e.IscoPrefix, e.CapMonths, e.ValidFrom, e.ValidTo, e.Citation, e.CreatedBy, e.CreatedAt, e.Version))
            .ToListAsync(ct);
}

/// <summary>
/// Adds an exception (C181 Art. 7(2): decided after consulting the social partners, for certain categories of
/// workers). Entries are never edited: amounts already checked keep the cap stored with them.
/// </summary>
public sealed class AddFeeCapException(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(FeeCapExceptionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.FeeCapsManage)) return Failure.Forbidden;
        var errors = new Errors();
        if (form.CapMonths is null) errors.Add(nameof(form.CapMonths), l["Give the cap."]);
        if (form.ValidFrom is null) errors.Add(nameof(form.ValidFrom), l["Give the first day."]);
        if (errors.Any) return errors.ToFailure();
        try
        {
            var entry = new FeeCapException(form.DestinationCountry ?? "", form.IscoPrefix, form.CapMonths!.Value, form.ValidFrom!.Value, form.ValidTo,
                form.Citation ?? "", user.Name);
            db.FeeCapExceptions.Add(entry);
            db.RecordAction("fee-cap-exception.added", nameof(FeeCapException), entry.Id,
                new { entry.DestinationCountry, entry.IscoPrefix, entry.CapMonths, entry.ValidFrom, entry.ValidTo });
            await db.SaveChangesAsync(ct);
            return entry.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

public sealed class EndFeeCapExceptionForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Last day in force")] public DateOnly? LastDay { get; set; }
    public int? Version { get; set; }
}

/// <summary>Ends an exception after a given day (the only change an entry takes); amounts paid until then keep their cap.</summary>
public sealed class EndFeeCapException(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, EndFeeCapExceptionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.FeeCapsManage)) return Failure.Forbidden;
        var entry = await db.FeeCapExceptions.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Failure.NotFound;
        if (form.LastDay is not { } lastDay) return Failure.Invalid(nameof(form.LastDay), l["Give the last day in force."]);
        if (form.Version is { } version) db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        try
        {
            entry.End(lastDay);
            db.RecordAction("fee-cap-exception.ended", nameof(FeeCapException), entry.Id, new { entry.DestinationCountry, entry.IscoPrefix, LastDay = lastDay });
            await db.SaveChangesAsync(ct);
            return entry.Version;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(nameof(form.LastDay), l[e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this entry meanwhile. Reload and try again."]);
        }
    }
}

[Authorize(Policy = Permissions.RecruitmentCostsViewAll)]
public sealed class CapsModel(ListFeeCapExceptions list, AddFeeCapException add, EndFeeCapException end, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public FeeCapExceptionForm Input { get; set; } = new();
    public List<FeeCapExceptionView> Entries { get; private set; } = [];
    public bool CanManage => user.Can(Permissions.FeeCapsManage);
    public IEnumerable<SelectListItem> Countries => Choices.Countries();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ValidFrom ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Entries = await list.HandleAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await add.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect("/recruitment/caps");
        outcome.AddTo(ModelState);
        Entries = await list.HandleAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid id, DateOnly? lastDay, int? version, CancellationToken ct)
    {
        ModelState.Clear(); // the add form was not sent
        var outcome = await end.HandleAsync(id, new EndFeeCapExceptionForm { LastDay = lastDay, Version = version }, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) return Redirect("/recruitment/caps");
        outcome.AddTo(ModelState, prefix: "End");
        Entries = await list.HandleAsync(ct);
        return Page();
    }
}
