using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Protection.Complaints;

/// <summary>
/// Intake of a complaint on any channel, opening its case in the same transaction: a signed-in worker
/// for themself (portal), a case officer on a worker's behalf, or anyone without an account
/// (anonymous, no identity kept). Other signed-in accounts (employers, agencies) cannot file.
/// </summary>
public sealed class FileComplaint(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public static readonly string[] Languages = ["en", "ru", "kk", "uz", "tg", "ky", "ne", "tl", "bn", "hi"];

    public async Task<Outcome<ComplaintReceipt>> HandleAsync(ComplaintForm form, CancellationToken ct)
    {
        ComplaintChannel channel;
        Guid? workerId = null;
        var errors = new Errors();
        if (!user.IsAuthenticated) channel = ComplaintChannel.Anonymous;
        else if (!user.Can(Permissions.ComplaintsFile)) return Failure.Forbidden;
        else if (user.WorkerId is { } own) { channel = ComplaintChannel.Portal; workerId = own; }
        else channel = ComplaintChannel.Officer;

        if (form.Categories.Count == 0) errors.Add(nameof(form.Categories), l["Choose at least one category."]);
        else if (form.Categories.Any(c => !Enum.IsDefined(c))) errors.Add(nameof(form.Categories), l["Choose categories from the list."]);
        if (string.IsNullOrWhiteSpace(form.Narrative)) errors.Add(nameof(form.Narrative), l["Describe what happened."]);
        else if (form.Narrative.Trim().Length > 4000) errors.Add(nameof(form.Narrative), l["At most {0} characters.", 4000]);
        var language = string.IsNullOrWhiteSpace(form.Language) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : form.Language.Trim().ToLowerInvariant();
        if (!Languages.Contains(language)) errors.Add(nameof(form.Language), l["Choose a language from the list."]);
        if (form.AmountClaimed is < 0 or > 1_000_000_000_000m) errors.Add(nameof(form.AmountClaimed), l["Enter an amount of zero or more."]);
        foreach (var (field, value) in new[] { (nameof(form.EmployerName), form.EmployerName), (nameof(form.AgencyName), form.AgencyName), (nameof(form.ComplainantName), form.ComplainantName) })
            if (value?.Trim().Length > 200) errors.Add(field, l["At most {0} characters.", 200]);

        if (channel != ComplaintChannel.Officer)
        {
            // The portal files for the signed-in worker; anonymous complaints carry no identity at all.
            if (!string.IsNullOrWhiteSpace(form.WorkerNumber)) errors.Add(nameof(form.WorkerNumber), l["Only a case officer names the worker."]);
            if (!string.IsNullOrWhiteSpace(form.ComplainantName)) errors.Add(nameof(form.ComplainantName), l["Only a case officer names the complainant."]);
        }
        else if (!string.IsNullOrWhiteSpace(form.WorkerNumber))
        {
            var number = form.WorkerNumber.Trim().ToUpperInvariant();
            workerId = await db.MigrantWorkers.AsNoTracking().Where(w => w.WorkerNumber == number).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
            if (workerId is null) errors.Add(nameof(form.WorkerNumber), l["No worker has this number."]);
        }

        Guid? employerId = null, agencyId = null;
        if (!string.IsNullOrWhiteSpace(form.EmployerNumber))
        {
            var number = form.EmployerNumber.Trim();
            employerId = await db.Employers.AsNoTracking().Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
            if (employerId is null) errors.Add(nameof(form.EmployerNumber), l["No employer has this registration number."]);
        }
        if (!string.IsNullOrWhiteSpace(form.AgencyNumber))
        {
            var number = form.AgencyNumber.Trim();
            agencyId = await db.RecruitmentAgencies.AsNoTracking().Where(a => a.LicenceNumber == number).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (agencyId is null) errors.Add(nameof(form.AgencyNumber), l["No agency has this licence number."]);
        }
        // A worker complaining from the portal without naming anyone complains about their own employer and agency.
        if (channel == ComplaintChannel.Portal && employerId is null && agencyId is null
            && string.IsNullOrWhiteSpace(form.EmployerName) && string.IsNullOrWhiteSpace(form.AgencyName) && !errors.Any)
        {
            var w = await db.MigrantWorkers.AsNoTracking().SingleAsync(x => x.Id == workerId, ct);
            employerId = w.CurrentEmployerId;
            agencyId = w.AgencyId;
        }
        var parties = new ComplaintParties(employerId, form.EmployerName, agencyId, form.AgencyName);
        if (!parties.Any && !errors.Any) errors.Add(nameof(form.EmployerName), l["Name the employer or the agency the complaint is against."]);
        if (errors.Any) return errors.ToFailure();

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var code = Complaint.NewTrackingCode();
            while (await db.Complaints.AnyAsync(c => c.TrackingCode == code, ct)) code = Complaint.NewTrackingCode();
            var complaint = new Complaint(code, channel, language, form.Categories, form.Narrative!, parties, workerId,
                form.ComplainantName, form.ConsentToDisclose, user.UserId, now);
            var number = PublicNumber.New('K');
            while (await db.ProtectionCases.AnyAsync(c => c.Number == number, ct)) number = PublicNumber.New('K');
            // The case keeps the registered names too, so a party's page needs no join to the complaint.
            var employerName = parties.EmployerName;
            if (employerId is { } eid) employerName ??= await db.Employers.Where(e => e.Id == eid).Select(e => e.Name).SingleAsync(ct);
            var agencyName = parties.AgencyName;
            if (agencyId is { } aid) agencyName ??= await db.RecruitmentAgencies.Where(a => a.Id == aid).Select(a => a.Name).SingleAsync(ct);
            var @case = new ProtectionCase(number, CaseOrigin.Complaint, complaint.Id, complaint.Id, complaint.Categories,
                parties with { EmployerName = employerName, AgencyName = agencyName }, workerId, form.AmountClaimed ?? 0, now);
            db.Complaints.Add(complaint);
            db.ProtectionCases.Add(@case);
            db.RecordAction("complaint.filed", nameof(ProtectionCase), @case.Id, new { channel = channel.ToString(), @case.Number, complaint.Categories });
            await db.SaveChangesAsync(ct);
            var mayOpen = user.IsAuthenticated;
            return new ComplaintReceipt(code, @case.Status, mayOpen ? @case.Id : null, mayOpen ? @case.Number : null);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

/// <summary>One form, three channels: what it asks depends on who is signed in (anonymous, a worker, a case officer).</summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicFormRateLimit)]
public sealed class FileModel(FileComplaint handler, CurrentUser user) : PageModel
{
    [BindProperty] public ComplaintForm Input { get; set; } = new();
    public ComplaintReceipt? Receipt { get; private set; }
    public bool Anonymous => !user.IsAuthenticated;
    public bool ByOfficer => user.IsAuthenticated && user.WorkerId is null;

    public IActionResult OnGet()
    {
        if (user.IsAuthenticated && !user.Can(Permissions.ComplaintsFile)) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Receipt = outcome.Value;
            ModelState.Clear();
            Input = new();
        }
        else outcome.AddTo(ModelState);
        return Page();
    }
}
