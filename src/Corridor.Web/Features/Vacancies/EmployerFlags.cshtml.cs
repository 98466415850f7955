using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

public sealed record EmployerFlagRow(Guid Id, Guid EmployerId, string EmployerName, string RegistrationNumber, EmployerFlagKind Kind,
    DateOnly OpenedOn, DateOnly? ClosedOn, string Reason, string? OccupationCode, int? Count, int Version);

public sealed class EmployerFlagQuery
{
    [Display(Name = "Employer registration number")] public string? Employer { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>
/// Layoffs, wage-arrears findings and watchlist entries that an admission officer, inspector or case
/// officer records against an employer, and closes when they end; the labour market test reads them.
/// </summary>
public sealed class ManageEmployerFlags(CorridorDbContext db, CurrentUser user, IValidator<EmployerFlagForm> validator,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Task<Paged<EmployerFlagRow>> ListAsync(EmployerFlagQuery q, CancellationToken ct)
    {
        var flags = db.EmployerFlags.AsNoTracking();
        if (!user.Can(Permissions.EmployerFlagsManage)) flags = flags.Where(_ => false);
        var rows = flags.Join(db.Employers, f => f.EmployerId, e => e.Id, (f, e) => new { f, e });
        if (!string.IsNullOrWhiteSpace(q.Employer))
        {
            var number = Employer.NormalizeRegistrationNumber(q.Employer);
            rows = rows.Where(x => x.e.RegistrationNumber == number);
        }
        return rows.OrderBy(x => x.f.ClosedOn != null).ThenByDescending(x => x.f.OpenedOn).ThenBy(x => x.f.Id)
            .Select(x => new EmployerFlagRow(x.f.Id, x.e.Id, x.e.Name, x.e.RegistrationNumber, x.f.Kind, x.f.OpenedOn, x.f.ClosedOn,
                x.f.Reason, x.f.OccupationCode, x.f.Count, x.f.Version))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }

    public async Task<Outcome<Guid>> RecordAsync(EmployerFlagForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.EmployerFlagsManage)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);
        var number = Employer.NormalizeRegistrationNumber(form.EmployerRegistrationNumber!);
        var employerId = await db.Employers.Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (employerId is null) return Failure.Invalid(nameof(form.EmployerRegistrationNumber), l["No employer has this registration number."]);
        var layoff = form.Kind == EmployerFlagKind.Layoff;
        return await db.SaveNewAsync(() => new EmployerFlag(employerId.Value, form.Kind!.Value, form.OpenedOn!.Value, form.Reason!,
            layoff ? form.OccupationCode : null, layoff ? form.Count : null), l, ct);
    }

    /// <summary>Closes a record today (arrears paid, taken off the watchlist); past decisions keep what they read.</summary>
    public async Task<Outcome<int>> CloseAsync(Guid id, int version, CancellationToken ct)
    {
        if (!user.Can(Permissions.EmployerFlagsManage)) return Failure.Forbidden;
        var flag = await db.EmployerFlags.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (flag is null) return Failure.NotFound;
        return await db.SaveEditAsync(flag, version, f => f.Close(clock.Today()), l, ct);
    }
}

[Authorize(Policy = Permissions.EmployerFlagsManage)]
public sealed class EmployerFlagsModel(ManageEmployerFlags handler, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public EmployerFlagQuery Query { get; set; } = new();
    [BindProperty] public EmployerFlagForm Input { get; set; } = new();
    [BindProperty] public Guid FlagId { get; set; }
    [BindProperty] public int FlagVersion { get; set; }
    public Paged<EmployerFlagRow> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new EmployerFlagForm { EmployerRegistrationNumber = Query.Employer, OpenedOn = clock.Today() };
        Result = await handler.ListAsync(Query, ct);
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var outcome = await handler.RecordAsync(Input, ct);
        if (outcome.IsOk) return Redirect($"/vacancies/flags?Query.Employer={Uri.EscapeDataString(Input.EmployerRegistrationNumber ?? "")}");
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        Result = await handler.ListAsync(Query, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        var outcome = await handler.CloseAsync(FlagId, FlagVersion, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) return Redirect(Request.Path + Request.QueryString);
        outcome.AddTo(ModelState, prefix: "Close");
        Result = await handler.ListAsync(Query, ct);
        return Page();
    }
}
