using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed class OfficerForm
{
    [Display(Name = "Officer's full name")] public string? FullName { get; set; }
    [Display(Name = "Identity document number")] public string? IdentityDocument { get; set; }
    [Display(Name = "Position")] public string? Position { get; set; }
    [Display(Name = "Police clearance issued on")] public DateOnly? PoliceClearanceDate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(IdentityDocument)
        && string.IsNullOrWhiteSpace(Position) && PoliceClearanceDate is null;
}

/// <summary>A licence application as filed: the declared figures (national currency) and the officers.</summary>
public sealed class LicenceApplicationForm
{
    [Display(Name = "Kind of application")] public LicenceApplicationKind? Kind { get; set; }
    [Display(Name = "Paid-up capital")] public decimal? PaidUpCapital { get; set; }
    [Display(Name = "Escrow deposit")] public decimal? EscrowDeposit { get; set; }
    [Display(Name = "Surety bond")] public decimal? SuretyBond { get; set; }
    public List<OfficerForm> Officers { get; set; } = [];
}

public sealed record LicenceApplicationResult(Guid ApplicationId, bool Qualified, int PolicySetNumber, IReadOnlyList<RuleResult> Results);

/// <summary>
/// The regulator files an agency's application (new licence or renewal): the requirements are checked against the
/// policy in force and stored with their citations; officers of a cancelled agency make it fail, naming that agency.
/// </summary>
public sealed class FileLicenceApplication(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<LicenceApplicationResult>> HandleAsync(Guid agencyId, LicenceApplicationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.LicensingManage)) return Failure.Forbidden;
        var agency = await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null) return Failure.NotFound;

        if (form.Kind is not { } kind || !Enum.IsDefined(kind)) return Failure.Invalid(nameof(form.Kind), l["Choose the kind of application."]);
        if (kind == LicenceApplicationKind.New && agency.Status != LicenceStatus.Applied)
            return Failure.Invalid(nameof(form.Kind), l["Only an agency registered as Applied can apply for a new licence."]);
        if (kind == LicenceApplicationKind.Renewal && agency.Status != LicenceStatus.Licensed)
            return Failure.Invalid(nameof(form.Kind), l["Only a licence in force can be renewed."]);
        foreach (var (value, field) in new[] { (form.PaidUpCapital, nameof(form.PaidUpCapital)), (form.EscrowDeposit, nameof(form.EscrowDeposit)), (form.SuretyBond, nameof(form.SuretyBond)) })
        {
            if (value is null) return Failure.Invalid(field, l["Enter the amount."]);
            if (value < 0 || value > 10_000_000_000_000m) return Failure.Invalid(field, l["Enter an amount between 0 and 10,000,000,000,000."]);
        }
        var officers = form.Officers.Where(o => !o.IsBlank).ToList();
        if (officers.Count == 0) return Failure.Invalid("Officers", l["Declare at least one officer."]);
        for (var i = 0; i < form.Officers.Count; i++)
        {
            var o = form.Officers[i];
            if (o.IsBlank) continue;
            if (string.IsNullOrWhiteSpace(o.FullName) || o.FullName.Trim().Length > 200) return Failure.Invalid($"Officers[{i}].FullName", l["Enter the officer's name."]);
            if (string.IsNullOrWhiteSpace(o.IdentityDocument) || AgencyOfficer.NormalizeDocument(o.IdentityDocument).Length is < 3 or > 32)
                return Failure.Invalid($"Officers[{i}].IdentityDocument", l["Enter the officer's identity document number."]);
            if (string.IsNullOrWhiteSpace(o.Position) || o.Position.Trim().Length > 100) return Failure.Invalid($"Officers[{i}].Position", l["Enter the officer's position."]);
        }

        var today = clock.Today();
        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No policy set is in force."]);

        var declared = officers.Select(o => new OfficerDeclaration(o.FullName!.Trim(), AgencyOfficer.NormalizeDocument(o.IdentityDocument!),
            o.Position!.Trim(), o.PoliceClearanceDate)).ToList();
        var docs = declared.Select(d => d.IdentityDocument).Distinct().ToList();
        var hits = await (
            from o in db.AgencyOfficers.AsNoTracking()
            join a in db.RecruitmentAgencies.AsNoTracking() on o.AgencyId equals a.Id
            where docs.Contains(o.IdentityDocument) && a.Status == LicenceStatus.Cancelled && a.Id != agencyId
            select new { o.IdentityDocument, a.Name, a.LicenceNumber }).Distinct().ToListAsync(ct);
        var disqualified = hits.Select(h => new DisqualifiedOfficer(h.IdentityDocument,
            declared.First(d => d.IdentityDocument == h.IdentityDocument).FullName, h.Name, h.LicenceNumber))
            .OrderBy(d => d.FullName, StringComparer.Ordinal).ThenBy(d => d.LicenceNumber, StringComparer.Ordinal).ToList();

        var checks = LicenceRequirements.Check(new RuleChecks(policy), form.PaidUpCapital!.Value, form.EscrowDeposit!.Value,
            form.SuretyBond!.Value, declared, disqualified, today);
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new LicenceApplication(agencyId, kind, form.PaidUpCapital.Value, form.EscrowDeposit.Value, form.SuretyBond.Value, now, user.Name);
        var decision = checks.Decide("AgencyLicenceApplication", application.Id,
            new { agency.LicenceNumber, kind = kind.ToString(), form.PaidUpCapital, form.EscrowDeposit, form.SuretyBond, officers = declared }, now);
        application.Decided(decision);
        db.AdmissionDecisions.Add(decision);
        db.LicenceApplications.Add(application);
        foreach (var d in declared)
            db.AgencyOfficers.Add(new AgencyOfficer(agencyId, application.Id, d.FullName, d.IdentityDocument, d.Position, d.PoliceClearanceDate));
        db.RecordAction("agency-licence.application-filed", nameof(RecruitmentAgency), agencyId,
            new { applicationId = application.Id, kind = kind.ToString(), application.Qualified, failed = decision.Failed.Select(r => r.RuleId).ToArray() });
        await db.SaveChangesAsync(ct);
        return new LicenceApplicationResult(application.Id, application.Qualified, policy.Number, decision.Results);
    }
}

[Authorize(Policy = Permissions.LicensingManage)]
public sealed class ApplyModel(FileLicenceApplication handler, CorridorDbContext db) : PageModel
{
    public const int OfficerRows = 4;

    [BindProperty] public LicenceApplicationForm Input { get; set; } = new();
    public RecruitmentAgency Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Kind = Agency.Status == LicenceStatus.Licensed ? LicenceApplicationKind.Renewal : LicenceApplicationKind.New;
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var outcome = await handler.HandleAsync(id, Input, ct);
        Pad();
        return outcome.ToPage(this, r => Redirect($"/recruitment/licences/{id}#application-{r.ApplicationId}"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Agency = (await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct))!;
        return Agency is not null;
    }

    private void Pad()
    {
        while (Input.Officers.Count < OfficerRows) Input.Officers.Add(new OfficerForm());
    }
}
