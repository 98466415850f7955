using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Regularisation;

/// <summary>
/// An application in a regularisation window, decided at once by the window's criteria (REGUL-* rules)
/// and stored with its decision. Without an account the worker applies for themself and keeps the
/// tracking code; an employer account applies only for a worker it employs (its own registration number).
/// An approval registers the worker, in the same transaction as the application and its decision.
/// </summary>
public sealed class ApplyForRegularisation(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>ISCO-08 major group 9 (elementary occupations) until an officer records the actual job.</summary>
    private const string UnknownOccupation = "9";

    public async Task<Outcome<ApplicationReceipt>> HandleAsync(ApplyForm form, CancellationToken ct)
    {
        Guid? employerId = null;
        if (user.IsAuthenticated)
        {
            // Signed-in accounts other than employers have no one to apply for; they use the public form signed out.
            if (!user.Can(Permissions.RegularisationApply) || user.EmployerId is null) return Failure.Forbidden;
            employerId = user.EmployerId;
        }
        var today = book.Today;
        var errors = new Errors();
        RegularisationWindow? window = null;
        if (form.WindowId is null) errors.Add(nameof(form.WindowId), l["Choose a regularisation window."]);
        else if ((window = await db.RegularisationWindows.AsNoTracking().FirstOrDefaultAsync(w => w.Id == form.WindowId, ct)) is null)
            errors.Add(nameof(form.WindowId), l["Choose a regularisation window."]);
        Text(errors, nameof(form.GivenName), form.GivenName, 100, l["Enter the given name."]);
        Text(errors, nameof(form.FamilyName), form.FamilyName, 100, l["Enter the family name."]);
        if (form.Sex is null || !Enum.IsDefined(form.Sex.Value)) errors.Add(nameof(form.Sex), l["Choose the sex."]);
        if (form.DateOfBirth is null) errors.Add(nameof(form.DateOfBirth), l["Enter a date."]);
        else if (form.DateOfBirth > today || form.DateOfBirth < today.AddYears(-100)) errors.Add(nameof(form.DateOfBirth), l["Enter a real date of birth."]);
        if (!ReferenceData.IsCountry(form.Citizenship?.Trim().ToUpperInvariant())) errors.Add(nameof(form.Citizenship), l["Choose a country from the list."]);
        if (!string.IsNullOrWhiteSpace(form.PassportNumber))
        {
            var passport = MigrantWorker.NormalizePassport(form.PassportNumber);
            if (passport.Length is < 5 or > 20 || !passport.All(char.IsAsciiLetterOrDigit))
                errors.Add(nameof(form.PassportNumber), l["5 to 20 letters and digits."]);
        }
        if (form.ArrivalDate is null) errors.Add(nameof(form.ArrivalDate), l["Enter a date."]);
        else if (form.ArrivalDate > today) errors.Add(nameof(form.ArrivalDate), l["The date of arrival cannot be in the future."]);
        else if (form.DateOfBirth is { } dob && form.ArrivalDate < dob) errors.Add(nameof(form.ArrivalDate), l["The arrival date cannot be before the date of birth."]);
        if (form.EmployerRegistrationNumber?.Trim().Length > 32) errors.Add(nameof(form.EmployerRegistrationNumber), l["At most {0} characters.", 32]);

        Employer? employer = null;
        var number = form.EmployerRegistrationNumber?.Trim();
        if (employerId is not null)
        {
            employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId, ct);
            if (string.IsNullOrEmpty(number)) number = employer.RegistrationNumber;
            else if (!string.Equals(number, employer.RegistrationNumber, StringComparison.OrdinalIgnoreCase))
                errors.Add(nameof(form.EmployerRegistrationNumber), l["An employer applies only for its own workers."]);
        }
        else if (!string.IsNullOrEmpty(number))
            employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.RegistrationNumber == number, ct);
        var citizenship = form.Citizenship?.Trim().ToUpperInvariant() ?? "";
        var passportNumber = string.IsNullOrWhiteSpace(form.PassportNumber) ? null : MigrantWorker.NormalizePassport(form.PassportNumber);
        if (passportNumber is not null && !errors.Any
            && await db.MigrantWorkers.AnyAsync(w => w.PassportIssuingCountry == citizenship && w.PassportNumber == passportNumber, ct))
            errors.Add(nameof(form.PassportNumber), l["A worker with this passport is already in the register."]);
        if (errors.Any) return errors.ToFailure();

        var policy = await book.InForceAsync(today, ct);
        if (policy is null) return Failure.Conflict(l["No policy set is in force."]);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var particulars = new RegularisationParticulars(form.GivenName!, form.FamilyName!, form.Sex!.Value, form.DateOfBirth!.Value,
                citizenship, passportNumber, form.ArrivalDate!.Value, number, form.DeclaredNoSeriousCriminalRecord);
            var code = RegularisationApplication.NewTrackingCode();
            while (await db.RegularisationApplications.AnyAsync(a => a.TrackingCode == code, ct)) code = RegularisationApplication.NewTrackingCode();
            var application = new RegularisationApplication(window!.Id, particulars, code, employerId, user.UserId, now);
            var decision = RegularisationRules.Check(new RuleChecks(policy), window, today, particulars, employer is not null)
                .Decide("RegularisationApplication", application.Id, new
                {
                    window = window.Id, appliedOn = today, window.OpensOn, window.ClosesOn, window.ArrivedBefore,
                    window.RequireRegisteredEmployer, window.RequireNoSeriousCriminalRecord,
                    particulars.ArrivalDate, particulars.EmployerRegistrationNumber, employerRegistered = employer is not null,
                    particulars.DeclaredNoSeriousCriminalRecord, byEmployer = employerId,
                }, now);
            MigrantWorker? worker = null;
            if (decision.Outcome == DecisionOutcome.Approved)
            {
                var workerNumber = PublicNumber.New('W');
                while (await db.MigrantWorkers.AnyAsync(w => w.WorkerNumber == workerNumber, ct)) workerNumber = PublicNumber.New('W');
                // Without a passport the register still needs a unique key: "REG" + the tracking code, until a passport is recorded.
                worker = new MigrantWorker(workerNumber, new WorkerParticulars(particulars.GivenName, particulars.FamilyName, particulars.Sex,
                    particulars.DateOfBirth, citizenship, passportNumber ?? "REG" + code, citizenship,
                    today, UnknownOccupation, MigrationDirection.Inbound, null, "ru", null, null), employer?.Id);
                db.MigrantWorkers.Add(worker);
            }
            application.Decided(decision, worker?.Id);
            db.AdmissionDecisions.Add(decision);
            db.RegularisationApplications.Add(application);
            await db.SaveChangesAsync(ct);
            return new ApplicationReceipt(code, application.Status, worker?.WorkerNumber);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }

    private static void Text(Errors errors, string field, string? value, int max, string required)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(field, required);
        else if (value.Trim().Length > max) errors.Add(field, $"≤ {max}");
    }
}

/// <summary>Public: no account needed. The receipt shows the tracking code once; the status page shows the outcome.</summary>
[AllowAnonymous]
[EnableRateLimiting(AuthSetup.PublicFormRateLimit)]
public sealed class ApplyModel(ApplyForRegularisation handler, ListWindows windows, CurrentUser user, CorridorDbContext db) : PageModel
{
    public IReadOnlyList<WindowSummary> Windows { get; private set; } = [];
    [BindProperty] public ApplyForm Input { get; set; } = new();
    public ApplicationReceipt? Receipt { get; private set; }
    public string? EmployerNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? window, CancellationToken ct)
    {
        if (user.IsAuthenticated && !user.Can(Permissions.RegularisationApply)) return Forbid();
        Input.WindowId ??= window;
        Windows = [.. (await windows.HandleAsync(ct)).Where(w => w.Status == RegularisationWindowStatus.Open)];
        if (user.EmployerId is { } id)
        {
            EmployerNumber = await db.Employers.AsNoTracking().Where(e => e.Id == id).Select(e => e.RegistrationNumber).SingleAsync(ct);
            Input.EmployerRegistrationNumber ??= EmployerNumber;
        }
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
        return await OnGetAsync(null, ct);
    }
}
