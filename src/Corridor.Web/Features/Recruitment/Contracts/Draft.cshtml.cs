using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

/// <summary>What the shared contract form needs from its page.</summary>
public interface IContractFormPage
{
    ContractForm Input { get; }
    /// <summary>Only a new contract names its worker; later versions keep the worker.</summary>
    bool AskWorker { get; }
    /// <summary>A national employer's own contract: the employer is the account's, no foreign employer to name.</summary>
    bool ForNationalEmployer { get; }
}

/// <summary>
/// An agency drafts a contract for one of its own workers (with a foreign employer), or a national employer for one
/// of its own workers. The draft is stored as it is; the standards check runs when it is submitted.
/// </summary>
public sealed class DraftContract(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ContractStepResult>> HandleAsync(ContractForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ContractsDraft) || (user.AgencyId is null && user.EmployerId is null)) return Failure.Forbidden;
        var errors = new FieldErrors();
        Guid? workerId = null;
        if (string.IsNullOrWhiteSpace(form.WorkerNumber)) errors.Add(nameof(form.WorkerNumber), l["Enter the worker number."]);
        else
        {
            var number = form.WorkerNumber.Trim().ToUpperInvariant();
            var workers = db.MigrantWorkers.AsNoTracking().Where(w => w.WorkerNumber == number);
            workers = user.AgencyId is { } agency ? workers.Where(w => w.AgencyId == agency) : workers.Where(w => w.CurrentEmployerId == user.EmployerId);
            workerId = await workers.Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
            if (workerId is null) errors.Add(nameof(form.WorkerNumber), l["None of your workers has this number."]);
        }
        var particulars = form.ToParticulars(user.AgencyId, user.AgencyId is null ? user.EmployerId : null, l);
        if (!particulars.IsOk)
        {
            foreach (var (field, messages) in particulars.Errors!) foreach (var m in messages) errors.Add(field, m);
        }
        if (errors.Any) return errors.ToFailure();
        try
        {
            var contract = new EmploymentContract(workerId!.Value, particulars.Value!, clock.GetUtcNow().UtcDateTime);
            while (await db.EmploymentContracts.AnyAsync(c => c.Number == contract.Number, ct))
                contract = new EmploymentContract(workerId.Value, particulars.Value!, clock.GetUtcNow().UtcDateTime);
            db.EmploymentContracts.Add(contract);
            db.RecordAction("contract.drafted", nameof(EmploymentContract), contract.Id, new { contract.Number, template = contract.Template.ToString() });
            await db.SaveChangesAsync(ct);
            return new ContractStepResult(contract.Id, contract.Number, contract.Status, contract.Version, [], [], null);
        }
        catch (DomainException e)
        {
            return ContractAccess.Invalid(e, l);
        }
    }
}

[Authorize(Policy = Permissions.ContractsDraft)]
public sealed class DraftModel(DraftContract handler, CurrentUser user) : PageModel, IContractFormPage
{
    [BindProperty] public ContractForm Input { get; set; } = new();
    public bool AskWorker => true;
    public bool ForNationalEmployer => user.AgencyId is null && user.EmployerId is not null;

    public void OnGet()
    {
        // Sensible model-contract defaults; the drafter changes what differs.
        Input = new ContractForm
        {
            Template = ContractTemplate.GeneralWorker, WagePeriod = WagePeriod.Monthly, Accommodation = BenefitProvision.Provided,
            Food = BenefitProvision.Provided, HoursPerDay = 8, HoursPerWeek = 40, DailyRestHours = 12, RestDaysPerWeek = 2, WeeklyRestHours = 48,
            PaidLeaveDays = 24, OvertimeRatePercent = 150, TransportToJobsite = CostBearer.Employer, ReturnTravel = CostBearer.Employer,
            InsuranceByEmployer = true, MedicalCareByEmployer = true, NoticeDays = 30, WorkerLanguage = "ru",
            DestinationCountry = ForNationalEmployer ? "KAZ" : null,
        };
        Pad();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        Pad();
        return outcome.ToPage(this, r => RedirectToPage("Details", new { id = r.Id }));
    }

    private void Pad() => ContractFormPages.Pad(Input);
}

internal static class ContractFormPages
{
    /// <summary>Four deduction rows on the form, so a page without scripts can add deductions.</summary>
    public static void Pad(ContractForm form)
    {
        form.Deductions ??= [];
        while (form.Deductions.Count < 4) form.Deductions.Add(new DeductionLine());
    }
}
