using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Inspections;

public sealed class SanctionForm
{
    [Display(Name = "Party")] public SanctionParty? Party { get; set; }
    /// <summary>The employer's registration number or the agency's licence number.</summary>
    [Display(Name = "Registration or licence number")] public string? PartyNumber { get; set; }
    [Display(Name = "Sanction")] public SanctionKind? Kind { get; set; }
    [Display(Name = "From")] public DateOnly? From { get; set; }
    [Display(Name = "Months of debarment")] public int? Months { get; set; }
    [Display(Name = "Fine amount")] public decimal? FineAmount { get; set; }
    [Display(Name = "Decision reference")] public string? DecisionReference { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Internal note")] public string? InternalNote { get; set; }
}

public sealed class SanctionQuery
{
    [Display(Name = "Registration or licence number")] public string? Party { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>
/// Imposes a sanction on an employer or an agency, outside an inspection (a case decision, a court ruling).
/// The sanction is the source of truth for debarments; a permit debarment of an employer also opens an
/// EmployerFlag Watchlist for exactly its period (closed the day after it ends), so the permit and
/// labour-market-test rules that read the watchlist need no change and a moved clock lifts it by itself.
/// </summary>
public sealed class ImposeSanction(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(SanctionForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.SanctionsManage)) return Failure.Forbidden;
        if (form.Party is null) return Failure.Invalid(nameof(form.Party), l["Choose an employer or an agency."]);
        if (string.IsNullOrWhiteSpace(form.PartyNumber)) return Failure.Invalid(nameof(form.PartyNumber), l["Enter the registration or licence number."]);
        var number = form.PartyNumber.Trim().ToUpperInvariant();
        var partyId = form.Party == SanctionParty.Employer
            ? await db.Employers.Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct)
            : await db.RecruitmentAgencies.Where(a => a.LicenceNumber == number).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (partyId is null) return Failure.Invalid(nameof(form.PartyNumber), l["No employer or agency has this number."]);
        if (form.Kind is null) return Failure.Invalid(nameof(form.Kind), l["Choose the kind of sanction."]);
        var from = form.From ?? clock.Today();
        try
        {
            var sanction = new Sanction(form.Party.Value, partyId.Value, form.Kind.Value, from, form.Months, form.FineAmount,
                form.DecisionReference ?? "", form.Reason ?? "", internalNote: form.InternalNote);
            if (OpenWatchlistFlag(sanction) is { } flag) db.EmployerFlags.Add(flag);
            db.Sanctions.Add(sanction);
            db.RecordAction("sanction.imposed", nameof(Sanction), sanction.Id, new { sanction.Kind, sanction.From, sanction.To, sanction.DecisionReference });
            await db.SaveChangesAsync(ct);
            return sanction.Id;
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }

    /// <summary>The Watchlist flag a permit debarment of an employer keeps for its period; null for any other sanction.</summary>
    public static EmployerFlag? OpenWatchlistFlag(Sanction sanction)
    {
        if (sanction is not { Party: SanctionParty.Employer, Kind: SanctionKind.DebarmentPermits, To: { } to }) return null;
        var flag = new EmployerFlag(sanction.PartyId, EmployerFlagKind.Watchlist, sanction.From,
            $"Debarred from new permits until {to:yyyy-MM-dd} ({sanction.DecisionReference})");
        flag.Close(to.AddDays(1));
        sanction.LinkFlag(flag.Id);
        return flag;
    }
}

/// <summary>Every sanction, with internal notes, for officers.</summary>
public sealed class ListSanctions(CorridorDbContext db, CurrentUser user)
{
    public async Task<Paged<SanctionView>> HandleAsync(SanctionQuery q, CancellationToken ct)
    {
        var sanctions = db.Sanctions.AsNoTracking();
        if (!user.Can(Permissions.SanctionsView)) sanctions = sanctions.Where(_ => false);
        var rows = from s in sanctions
                   join e in db.Employers on s.PartyId equals e.Id into es
                   from e in es.DefaultIfEmpty()
                   join a in db.RecruitmentAgencies on s.PartyId equals a.Id into ags
                   from a in ags.DefaultIfEmpty()
                   select new { s, Name = e != null ? e.Name : a!.Name, Number = e != null ? e.RegistrationNumber : a!.LicenceNumber };
        if (!string.IsNullOrWhiteSpace(q.Party))
        {
            var number = q.Party.Trim().ToUpperInvariant();
            rows = rows.Where(x => x.Number == number);
        }
        return await rows.OrderByDescending(x => x.s.From).ThenBy(x => x.s.Id)
            .Select(x => new SanctionView(x.s.Id, x.s.Party, x.s.PartyId, x.Name, x.Number, x.s.Kind, x.s.From, x.s.To, x.s.FineAmount,
                x.s.DecisionReference, x.s.Reason, x.s.InternalNote, x.s.InspectionId))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}

[Authorize(Policy = Permissions.SanctionsView)]
public sealed class SanctionsModel(ListSanctions list, ImposeSanction handler, TimeProvider clock, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public SanctionQuery Query { get; set; } = new();
    [BindProperty] public SanctionForm Input { get; set; } = new();
    public Paged<SanctionView> Result { get; private set; } = null!;
    public bool CanImpose => user.Can(Permissions.SanctionsManage);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new SanctionForm { From = clock.Today(), PartyNumber = Query.Party };
        Result = await list.HandleAsync(Query, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect($"/protection/sanctions?Query.Party={Uri.EscapeDataString(Input.PartyNumber ?? "")}");
        outcome.AddTo(ModelState);
        Result = await list.HandleAsync(Query, ct);
        return Page();
    }
}
