using System.ComponentModel.DataAnnotations;
using Corridor.Data;
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

/// <summary>The regulator's licensing decisions; expiry is the daily job's.</summary>
public enum LicenceAction
{
    Grant = 1,
    Suspend = 2,
    LiftSuspension = 3,
    Cancel = 4,
    Renew = 5,
}

public sealed class LicenceChangeForm
{
    /// <summary>Required to suspend or cancel: what the public register shows.</summary>
    [Display(Name = "Reason category")] public LicenceReasonCategory? Category { get; set; }
    /// <summary>Always required; internal, never on the public register.</summary>
    [Display(Name = "Reason")] public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed record LicenceChangeResult(Guid Id, int Version, LicenceStatus Status, DateOnly? LicenceValidUntil);

/// <summary>
/// Grant (Applied → Licensed, with a qualified new application, validity from AGENCY-LICENCE-YEARS), Suspend, Lift
/// suspension, Cancel, Renew (within AGENCY-RENEWAL-WINDOW, with a qualified renewal application). Each needs a
/// reason and leaves a named audit action with it.
/// </summary>
public sealed class ChangeLicence(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<LicenceChangeResult>> HandleAsync(Guid agencyId, LicenceAction action, LicenceChangeForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.LicensingManage)) return Failure.Forbidden;
        if (!Enum.IsDefined(action)) return Failure.NotFound;
        var agency = await db.RecruitmentAgencies.FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null) return Failure.NotFound;
        if (string.IsNullOrWhiteSpace(form.Reason)) return Failure.Invalid(nameof(form.Reason), l["Give the reason."]);
        if (action is LicenceAction.Suspend or LicenceAction.Cancel && form.Category is null)
            return Failure.Invalid(nameof(form.Category), l["Choose the reason category."]);

        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = (await book.InForceAsync(today, ct))?.Rules ?? Corridor.Domain.Policy.PolicyRules.Defaults();
        var years = rules.GetInt(LicenceRequirements.LicenceYears, "years");
        var window = rules.GetInt(LicenceRequirements.RenewalWindow, "months");
        Guid? applicationId = null;
        if (action is LicenceAction.Grant or LicenceAction.Renew)
        {
            var kind = action == LicenceAction.Grant ? LicenceApplicationKind.New : LicenceApplicationKind.Renewal;
            var application = await db.LicenceApplications.Where(a => a.AgencyId == agencyId && a.Kind == kind && a.UsedAt == null)
                .OrderByDescending(a => a.SubmittedAt).FirstOrDefaultAsync(ct);
            if (application is null || !application.Qualified)
                return Failure.Conflict(l["There is no application meeting every requirement: file one and correct what failed first."]);
            if (action == LicenceAction.Renew && !agency.InRenewalWindow(window, today))
                return Failure.Conflict(l["A licence can be renewed only within the renewal window before its validity ends."]);
            application.Use(now);
            applicationId = application.Id;
        }

        db.Entry(agency).Property(a => a.Version).OriginalValue = form.Version;
        try
        {
            switch (action)
            {
                case LicenceAction.Grant: agency.Grant(years, form.Reason, today); break;
                case LicenceAction.Suspend: agency.Suspend(form.Category!.Value, form.Reason, today); break;
                case LicenceAction.LiftSuspension: agency.LiftSuspension(form.Reason, today); break;
                case LicenceAction.Cancel: agency.Cancel(form.Category!.Value, form.Reason, today); break;
                case LicenceAction.Renew: agency.Renew(years, window, form.Reason, today); break;
            }
        }
        catch (DomainException e)
        {
            return e.Field switch
            {
                nameof(RecruitmentAgency.StatusNote) => Failure.Invalid(nameof(form.Reason), l[e.Message]),
                nameof(RecruitmentAgency.StatusCategory) => Failure.Invalid(nameof(form.Category), l[e.Message]),
                _ => Failure.Conflict(l[e.Message]),
            };
        }
        db.RecordAction($"agency-licence.{ActionName(action)}", nameof(RecruitmentAgency), agency.Id, new
        {
            agency.LicenceNumber, status = agency.Status.ToString(), category = agency.StatusCategory?.ToString(),
            agency.LicenceValidUntil, reason = agency.StatusNote, applicationId,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return new LicenceChangeResult(agency.Id, agency.Version, agency.Status, agency.LicenceValidUntil);
    }

    public static string ActionName(LicenceAction action) => action switch
    {
        LicenceAction.Grant => "granted",
        LicenceAction.Suspend => "suspended",
        LicenceAction.LiftSuspension => "suspension-lifted",
        LicenceAction.Cancel => "cancelled",
        _ => "renewed",
    };

    /// <summary>URL segment of each action, e.g. /recruitment/licences/{id}/lift-suspension.</summary>
    public static string Slug(LicenceAction action) => action switch
    {
        LicenceAction.LiftSuspension => "lift-suspension",
        _ => action.ToString().ToLowerInvariant(),
    };

    public static LicenceAction? FromSlug(string slug) =>
        Enum.GetValues<LicenceAction>().Cast<LicenceAction?>().FirstOrDefault(a => Slug(a!.Value) == slug);
}

[Authorize(Policy = Permissions.LicensingManage)]
public sealed class ChangeModel(ChangeLicence handler, CorridorDbContext db) : PageModel
{
    [BindProperty] public LicenceChangeForm Input { get; set; } = new();
    public RecruitmentAgency Agency { get; private set; } = null!;
    public LicenceAction Action { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string change, CancellationToken ct)
    {
        if (!await LoadAsync(id, change, ct)) return NotFound();
        Input.Version = Agency.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string change, CancellationToken ct)
    {
        if (!await LoadAsync(id, change, ct)) return NotFound();
        return (await handler.HandleAsync(id, Action, Input, ct)).ToPage(this, _ => Redirect($"/recruitment/licences/{id}"));
    }

    private async Task<bool> LoadAsync(Guid id, string slug, CancellationToken ct)
    {
        if (ChangeLicence.FromSlug(slug) is not { } action) return false;
        Action = action;
        Agency = (await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct))!;
        return Agency is not null;
    }
}
