using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed class JobOrderForm
{
    [Display(Name = "Foreign employer")] public Guid? ForeignEmployerId { get; set; }
    /// <summary>The regulator names the agency; an agency account always creates for itself.</summary>
    [Display(Name = "Recruitment agency")] public Guid? AgencyId { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? Occupation { get; set; }
    [Display(Name = "Positions")] public int? Positions { get; set; }
    [Display(Name = "Monthly wage")] public decimal? MonthlyWage { get; set; }
    /// <summary>ISO 4217, e.g. AED.</summary>
    [Display(Name = "Currency")] public string? Currency { get; set; }
    [Display(Name = "Hours per week")] public int? HoursPerWeek { get; set; }
    [Display(Name = "Jobsite")] public string? Jobsite { get; set; }
    [Display(Name = "Destination country")] public string? DestinationCountry { get; set; }
    [Display(Name = "Valid until")] public DateOnly? ValidUntil { get; set; }
}

public sealed class JobOrderDecisionForm
{
    [Display(Name = "Note")] public string? Note { get; set; }
    public int Version { get; set; }
}

public sealed record JobOrderView(Guid Id, string Number, Guid ForeignEmployerId, string ForeignEmployerName, AccreditationStatus EmployerStatus,
    Guid AgencyId, string AgencyName, string Occupation, int Positions, decimal MonthlyWage, string Currency, int HoursPerWeek, string Jobsite,
    string DestinationCountry, DateOnly ValidUntil, JobOrderStatus Status, string? DecidedBy, string? DecisionNote, DateOnly? DecidedOn, int Version);

public sealed class JobOrderQuery
{
    [Display(Name = "Job order status")] public JobOrderStatus? Status { get; set; }
    public Guid? ForeignEmployerId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

/// <summary>Whether an agency may recruit against a job order on a day, with every reason why not.</summary>
public sealed record RecruitmentEligibility(bool MayRecruit, IReadOnlyList<string> Reasons);

/// <summary>
/// Job orders: an agency drafts them for itself (the regulator for any agency); the attaché or the regulator verifies
/// them only for an accredited employer, or rejects them with a reason. An agency sees only its own (404 otherwise).
/// </summary>
public sealed class JobOrders(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private IQueryable<JobOrderView> Views(IQueryable<JobOrder> orders) =>
        from o in orders
        join e in db.ForeignEmployers on o.ForeignEmployerId equals e.Id
        join a in db.RecruitmentAgencies on o.AgencyId equals a.Id
        orderby o.ValidUntil descending, o.Number
        select new JobOrderView(o.Id, o.Number, e.Id, e.Name, e.Status, a.Id, a.Name, o.Occupation, o.Positions, o.MonthlyWage, o.Currency,
            o.HoursPerWeek, o.Jobsite, o.DestinationCountry, o.ValidUntil, o.Status, o.DecidedBy, o.DecisionNote, o.DecidedOn, o.Version);

    public Task<Paged<JobOrderView>> ListAsync(JobOrderQuery q, CancellationToken ct)
    {
        var orders = db.JobOrders.AsNoTracking().VisibleTo(user);
        if (q.Status is { } s) orders = orders.Where(o => o.Status == s);
        if (q.ForeignEmployerId is { } f) orders = orders.Where(o => o.ForeignEmployerId == f);
        return Views(orders).ToPagedAsync(q.Page, q.PageSize, ct);
    }

    public async Task<Outcome<JobOrderView>> GetAsync(Guid id, CancellationToken ct) =>
        await Views(db.JobOrders.AsNoTracking().VisibleTo(user).Where(o => o.Id == id)).FirstOrDefaultAsync(ct) is { } v ? v : Failure.NotFound;

    public async Task<Outcome<Guid>> CreateAsync(JobOrderForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.JobOrdersCreate)) return Failure.Forbidden;
        // An agency account creates for its own agency whatever the form says; only the regulator names another.
        var agencyId = user.AgencyId ?? form.AgencyId;
        if (agencyId is null || !await db.RecruitmentAgencies.AnyAsync(a => a.Id == agencyId, ct))
            return Failure.Invalid(nameof(form.AgencyId), l["Choose the recruitment agency."]);
        if (form.ForeignEmployerId is not { } employerId || !await db.ForeignEmployers.AnyAsync(e => e.Id == employerId, ct))
            return Failure.Invalid(nameof(form.ForeignEmployerId), l["Choose the foreign employer."]);
        if (string.IsNullOrWhiteSpace(form.Occupation) || !ReferenceData.IsIscoCode(form.Occupation.Trim()))
            return Failure.Invalid(nameof(form.Occupation), l["Not an ISCO-08 occupation code."]);
        if (form.Positions is not { } positions || positions is < 1 or > 10_000) return Failure.Invalid(nameof(form.Positions), l["Between 1 and 10,000 positions."]);
        if (form.MonthlyWage is not { } wage || wage <= 0 || wage > 100_000_000) return Failure.Invalid(nameof(form.MonthlyWage), l["Enter the monthly wage."]);
        if (string.IsNullOrWhiteSpace(form.Currency) || form.Currency.Trim().Length != 3 || !form.Currency.Trim().All(char.IsAsciiLetter))
            return Failure.Invalid(nameof(form.Currency), l["Enter the three-letter ISO 4217 currency code."]);
        if (form.HoursPerWeek is not { } hours) return Failure.Invalid(nameof(form.HoursPerWeek), l["Hours per week must be between 1 and 84."]);
        if (string.IsNullOrWhiteSpace(form.Jobsite) || form.Jobsite.Trim().Length > 300) return Failure.Invalid(nameof(form.Jobsite), l["Enter the jobsite."]);
        if (string.IsNullOrWhiteSpace(form.DestinationCountry) || !ReferenceData.IsCountry(form.DestinationCountry.Trim()))
            return Failure.Invalid(nameof(form.DestinationCountry), l["Not an ISO 3166-1 alpha-3 country code."]);
        if (form.ValidUntil is not { } until || until < clock.Today()) return Failure.Invalid(nameof(form.ValidUntil), l["Enter a date from today on."]);
        return await db.SaveNewAsync(() =>
        {
            var order = new JobOrder(employerId, agencyId.Value, form.Occupation, positions, wage, form.Currency, hours, form.Jobsite,
                form.DestinationCountry, until);
            db.RecordAction("job-order.created", nameof(JobOrder), order.Id, new { order.Number, agencyId, employerId, positions });
            return order;
        }, l, ct);
    }

    public Task<Outcome<int>> VerifyAsync(Guid id, JobOrderDecisionForm form, CancellationToken ct) => DecideAsync(id, form, verify: true, ct);

    public Task<Outcome<int>> RejectAsync(Guid id, JobOrderDecisionForm form, CancellationToken ct) => DecideAsync(id, form, verify: false, ct);

    private async Task<Outcome<int>> DecideAsync(Guid id, JobOrderDecisionForm form, bool verify, CancellationToken ct)
    {
        if (!user.Can(Permissions.JobOrdersVerify)) return Failure.Forbidden;
        var order = await db.JobOrders.VisibleTo(user).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return Failure.NotFound;
        var employer = await db.ForeignEmployers.AsNoTracking().SingleAsync(e => e.Id == order.ForeignEmployerId, ct);
        db.Entry(order).Property(o => o.Version).OriginalValue = form.Version;
        try
        {
            if (verify) order.Verify(employer, user.Name, form.Note ?? "", clock.Today());
            else order.Reject(user.Name, form.Note ?? "", clock.Today());
        }
        catch (DomainException e)
        {
            return e.Field is null or nameof(JobOrder.ValidUntil) ? Failure.Conflict(l[e.Message]) : Failure.Invalid("Note", l[e.Message]);
        }
        db.RecordAction(verify ? "job-order.verified" : "job-order.rejected", nameof(JobOrder), order.Id, new { order.Number, note = order.DecisionNote });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return order.Version;
    }

    /// <summary>
    /// For later modules (deployment clearance): may <paramref name="agencyId"/> recruit against this job order on
    /// <paramref name="day"/>? Only a verified order of its own, still valid, of an employer accredited that day.
    /// Checks no permission: callers decide who may ask.
    /// </summary>
    public async Task<RecruitmentEligibility> EligibilityAsync(Guid jobOrderId, Guid agencyId, DateOnly day, CancellationToken ct)
    {
        var order = await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == jobOrderId, ct);
        if (order is null || order.AgencyId != agencyId) return new(false, ["The job order is not this agency's."]);
        var employer = await db.ForeignEmployers.AsNoTracking().SingleAsync(e => e.Id == order.ForeignEmployerId, ct);
        var reasons = new List<string>();
        if (order.Status != JobOrderStatus.Verified) reasons.Add("The job order is not verified.");
        else if (order.ValidUntil < day) reasons.Add("The job order's validity has ended.");
        if (!employer.AccreditedOn(day)) reasons.Add("The foreign employer is not accredited.");
        return new(reasons.Count == 0, reasons);
    }
}

[Authorize(Policy = Permissions.JobOrdersView)]
public sealed class JobOrdersModel(JobOrders handler, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobOrderQuery Query { get; set; } = new();
    public Paged<JobOrderView> Result { get; private set; } = null!;
    public bool CanCreate => user.Can(Permissions.JobOrdersCreate);

    public async Task OnGetAsync(CancellationToken ct) => Result = await handler.ListAsync(Query, ct);
}

[Authorize(Policy = Permissions.JobOrdersView)]
public sealed class JobOrderModel(JobOrders handler, CurrentUser user) : PageModel
{
    public JobOrderView Order { get; private set; } = null!;
    [BindProperty] public JobOrderDecisionForm Input { get; set; } = new();
    public bool CanDecide => user.Can(Permissions.JobOrdersVerify);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) => await AfterAsync(id, await handler.VerifyAsync(id, Input, ct), ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => await AfterAsync(id, await handler.RejectAsync(id, Input, ct), ct);

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<int> outcome, CancellationToken ct)
    {
        if (outcome.IsOk) return Redirect($"/recruitment/job-orders/{id}");
        if (outcome.Status == OutcomeStatus.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.GetAsync(id, ct);
        if (!outcome.IsOk) return false;
        Order = outcome.Value!;
        Input.Version = Order.Version;
        return true;
    }
}

[Authorize(Policy = Permissions.JobOrdersCreate)]
public sealed class NewJobOrderModel(JobOrders handler, CorridorDbContext db, CurrentUser user) : PageModel
{
    [BindProperty] public JobOrderForm Input { get; set; } = new();
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Employers { get; private set; } = [];
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Agencies { get; private set; } = [];
    public bool ChoosesAgency => user.AgencyId is null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.CreateAsync(Input, ct);
        await LoadAsync(ct);
        return outcome.ToPage(this, id => Redirect($"/recruitment/job-orders/{id}"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Employers = await db.ForeignEmployers.AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(e.Name + " (" + e.Country + ")", e.Id.ToString())).ToListAsync(ct);
        if (ChoosesAgency)
            Agencies = await db.RecruitmentAgencies.AsNoTracking().Where(a => a.Status == Corridor.Domain.Registry.LicenceStatus.Licensed).OrderBy(a => a.Name)
                .Select(a => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(a.Name + " (" + a.LicenceNumber + ")", a.Id.ToString())).ToListAsync(ct);
    }
}
