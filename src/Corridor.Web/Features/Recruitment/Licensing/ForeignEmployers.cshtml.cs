using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Corridor.Web.Infrastructure.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed class ForeignEmployerForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    /// <summary>ISO 3166-1 alpha-3 of the country of employment.</summary>
    [Display(Name = "Country of employment")] public string? Country { get; set; }
    [Display(Name = "Address")] public string? Address { get; set; }
    /// <summary>ISIC Rev.4 section letter.</summary>
    [Display(Name = "Sector (ISIC section)")] public string? Sector { get; set; }
}

public sealed class EmployerDocumentForm
{
    [Display(Name = "Document")] public EmployerDocument? Document { get; set; }
    [Display(Name = "Received")] public bool Received { get; set; }
    [Display(Name = "Received on")] public DateOnly? ReceivedOn { get; set; }
    public int Version { get; set; }
}

public sealed class AccreditationForm
{
    [Display(Name = "Inspection note")] public string? InspectionNote { get; set; }
    [Display(Name = "Inspected on")] public DateOnly? InspectedOn { get; set; }
    [Display(Name = "Accredited until")] public DateOnly? AccreditedUntil { get; set; }
    public int Version { get; set; }
}

public sealed class RevocationForm
{
    [Display(Name = "Reason")] public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed record ForeignEmployerSummary(Guid Id, string Name, string Country, string Sector, AccreditationStatus Status, DateOnly? AccreditedUntil);

public sealed record ForeignEmployerDetails(Guid Id, string Name, string Country, string? Address, string Sector, AccreditationStatus Status,
    IReadOnlyList<DocumentItem> Documents, string? InspectedBy, string? InspectionNote, DateOnly? InspectedOn, DateOnly? AccreditedUntil,
    string? RevocationReason, int Version, IReadOnlyList<HistoryEntry> History);

public sealed class ForeignEmployerQuery
{
    [Display(Name = "Name")] public string? Q { get; set; }
    [Display(Name = "Accreditation status")] public AccreditationStatus? Status { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>
/// Foreign employers and their accreditation: the regulator or the attaché registers an employer and ticks off its documents;
/// the attaché (partner account) or the regulator accredits it after inspection, with a note and an end date, or revokes it.
/// </summary>
public sealed class ForeignEmployers(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task<Paged<ForeignEmployerSummary>> ListAsync(ForeignEmployerQuery q, CancellationToken ct)
    {
        var query = db.ForeignEmployers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = SearchText.Normalize(q.Q);
            query = query.Where(e => e.SearchKey.Contains(term));
        }
        if (q.Status is { } s) query = query.Where(e => e.Status == s);
        return query.OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new ForeignEmployerSummary(e.Id, e.Name, e.Country, e.Sector, e.Status, e.AccreditedUntil))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }

    public async Task<Outcome<ForeignEmployerDetails>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForeignEmployersView)) return Failure.Forbidden;
        var e = await db.ForeignEmployers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Failure.NotFound;
        return new ForeignEmployerDetails(e.Id, e.Name, e.Country, e.Address, e.Sector, e.Status, e.Documents, e.InspectedBy, e.InspectionNote,
            e.InspectedOn, e.AccreditedUntil, e.RevocationReason, e.Version, await History.ForAsync(db, nameof(ForeignEmployer), e.Id, ct));
    }

    public async Task<Outcome<Guid>> RegisterAsync(ForeignEmployerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForeignEmployersManage)) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 200) return Failure.Invalid(nameof(form.Name), l["Enter the name (at most 200 characters)."]);
        if (string.IsNullOrWhiteSpace(form.Country) || !ReferenceData.IsCountry(form.Country.Trim()))
            return Failure.Invalid(nameof(form.Country), l["Not an ISO 3166-1 alpha-3 country code."]);
        if (form.Address?.Trim().Length > 300) return Failure.Invalid(nameof(form.Address), l["At most 300 characters."]);
        if (string.IsNullOrWhiteSpace(form.Sector) || !ReferenceData.IsicSections.Any(s => s.Code == form.Sector.Trim().ToUpperInvariant()))
            return Failure.Invalid(nameof(form.Sector), l["Choose the sector."]);
        return await db.SaveNewAsync(() =>
        {
            var e = new ForeignEmployer(form.Name, form.Country, form.Address, form.Sector);
            db.RecordAction("foreign-employer.registered", nameof(ForeignEmployer), e.Id, new { e.Name, e.Country });
            return e;
        }, l, ct);
    }

    public async Task<Outcome<int>> RecordDocumentAsync(Guid id, EmployerDocumentForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForeignEmployersManage)) return Failure.Forbidden;
        var e = await db.ForeignEmployers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Failure.NotFound;
        if (form.Document is not { } document || !Enum.IsDefined(document)) return Failure.Invalid(nameof(form.Document), l["Choose the document."]);
        if (form.ReceivedOn > clock.Today()) return Failure.Invalid(nameof(form.ReceivedOn), l["The date cannot be in the future."]);
        return await ChangeAsync(e, form.Version, x => x.RecordDocument(document, form.Received, form.ReceivedOn), "foreign-employer.document-recorded",
            new { document = document.ToString(), form.Received, form.ReceivedOn }, ct);
    }

    public async Task<Outcome<int>> AccreditAsync(Guid id, AccreditationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForeignEmployersAccredit)) return Failure.Forbidden;
        var e = await db.ForeignEmployers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Failure.NotFound;
        if (form.InspectedOn is not { } inspected) return Failure.Invalid(nameof(form.InspectedOn), l["Enter the date of the inspection."]);
        if (form.AccreditedUntil is not { } until) return Failure.Invalid(nameof(form.AccreditedUntil), l["Enter the end of the accreditation."]);
        return await ChangeAsync(e, form.Version, x => x.Accredit(user.Name, form.InspectionNote ?? "", inspected, until, clock.Today()),
            "foreign-employer.accredited", new { inspectionNote = form.InspectionNote, form.InspectedOn, form.AccreditedUntil }, ct);
    }

    public async Task<Outcome<int>> RevokeAsync(Guid id, RevocationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ForeignEmployersAccredit)) return Failure.Forbidden;
        var e = await db.ForeignEmployers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return Failure.NotFound;
        return await ChangeAsync(e, form.Version, x => x.Revoke(form.Reason ?? ""), "foreign-employer.revoked", new { reason = form.Reason }, ct);
    }

    private async Task<Outcome<int>> ChangeAsync(ForeignEmployer e, int version, Action<ForeignEmployer> change, string action, object data, CancellationToken ct)
    {
        db.Entry(e).Property(x => x.Version).OriginalValue = version;
        try
        {
            change(e);
        }
        catch (DomainException x)
        {
            return x.Field is null ? Failure.Conflict(l[x.Message]) : Failure.Invalid(x.Field == nameof(ForeignEmployer.RevocationReason) ? "Reason" : x.Field, l[x.Message]);
        }
        db.RecordAction(action, nameof(ForeignEmployer), e.Id, data);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return e.Version;
    }
}

/// <summary>The daily job: accreditations past their end expire.</summary>
public sealed class ExpireEmployerAccreditations(CorridorDbContext db) : IDailyJob
{
    public string Name => "foreign-employers.expire";

    public async Task<string> RunAsync(DateOnly today, CancellationToken ct)
    {
        var due = await db.ForeignEmployers.Where(e => e.Status == AccreditationStatus.Accredited && e.AccreditedUntil < today).ToListAsync(ct);
        foreach (var e in due)
        {
            e.Expire(today);
            db.RecordAction("foreign-employer.expired", nameof(ForeignEmployer), e.Id, new { e.AccreditedUntil });
        }
        if (due.Count > 0) await db.SaveChangesAsync(ct);
        return $"{due.Count} foreign employer accreditation(s) expired";
    }
}

[Authorize(Policy = Permissions.ForeignEmployersView)]
public sealed class ForeignEmployersModel(ForeignEmployers handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public ForeignEmployerQuery Query { get; set; } = new();
    public Paged<ForeignEmployerSummary> Result { get; private set; } = null!;
    public bool CanRegister => user.Can(Permissions.ForeignEmployersManage);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.ListAsync(Query, ct);
}
