using Corridor.Data;
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

/// <summary>One contract the caller may see, with its standards check, its versions and the difference from the version before.</summary>
public sealed class GetContract(CorridorDbContext db, CurrentUser user)
{
    public async Task<Outcome<ContractView>> HandleAsync(Guid id, CancellationToken ct)
    {
        var c = await db.EmploymentContracts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName, w.PreferredLanguage }).SingleAsync(ct);
        var agency = c.AgencyId is { } a ? await db.RecruitmentAgencies.AsNoTracking().Where(x => x.Id == a).Select(x => x.Name).SingleAsync(ct) : null;
        var employer = c.EmployerId is { } e ? await db.Employers.AsNoTracking().Where(x => x.Id == e).Select(x => x.Name).SingleAsync(ct) : c.ForeignEmployerName ?? "";
        var caseNumber = c.SubstitutionCaseId is { } k ? await db.ViolationCases.AsNoTracking().Where(x => x.Id == k).Select(x => x.Number).SingleAsync(ct) : null;
        IReadOnlyList<ContractChange> changes = [];
        if (c.PreviousVersionId is { } p)
        {
            var previous = await db.EmploymentContracts.AsNoTracking().SingleAsync(x => x.Id == p, ct);
            changes = ContractComparison.Compare(previous.Particulars, c.Particulars);
        }
        var versions = await db.EmploymentContracts.VisibleTo(user).AsNoTracking().Where(x => x.Number == c.Number).OrderBy(x => x.VersionNumber)
            .Select(x => new ContractVersionLink(x.Id, x.VersionNumber, x.Kind, x.Status)).ToListAsync(ct);
        return new ContractView(c.Id, c.Number, c.VersionNumber, c.Kind, c.Status, c.Template, c.WorkerId, worker.WorkerNumber, worker.Name,
            worker.PreferredLanguage, c.AgencyId, agency, c.EmployerId, employer, c.ForeignEmployerCountry, c.ForeignEmployerId, c.JobOrderId,
            c.OccupationCode, c.DestinationCountry, c.StartDate, c.EndDate, c.Terms, c.DraftedAt, c.SubmittedAt, c.PolicySetNumber, c.Findings,
            c.HasFailingMandatoryFinding, c.ReviewedBy, c.ReviewedAt, c.ReviewNote, c.SignedAt, c.SignatureMethod, c.SignatureRecordedBy,
            c.SignedLanguage, c.RegisteredAt, c.RegisteredBy, c.PreviousVersionId, c.WorseThanPrevious, c.SubstitutionCaseId, caseNumber, changes,
            versions, c.Version, await History.ForAsync(db, nameof(EmploymentContract), c.Id, ct));
    }
}

/// <summary>
/// The contract page for every role: the terms, the standards check with citations, the difference from the version
/// before, and the actions the reader may take. The readable contract is shown in the language the worker reads.
/// </summary>
[Authorize(Policy = Permissions.ContractsView)]
public sealed class DetailsModel(GetContract handler, CurrentUser user, IStringLocalizer<SharedResource> l) : PageModel
{
    public ContractView Contract { get; private set; } = null!;
    public ContractDocument Document { get; private set; } = null!;
    public bool IsDrafter { get; private set; }
    public bool CanReview => user.Can(Permissions.ContractsReview);
    public bool CanSign => user.Can(Permissions.ContractsSign) && user.WorkerId == Contract.WorkerId;
    public bool CanRegister => user.Can(Permissions.ContractsRegister);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Contract = outcome.Value!;
        IsDrafter = user.Can(Permissions.ContractsDraft)
            && (user.AgencyId is { } a && Contract.AgencyId == a || user.EmployerId is { } e && Contract.EmployerId == e && Contract.AgencyId is null);
        // The worker reads their contract in the language they read; officers and the drafting side in the interface's language.
        var language = user.WorkerId == Contract.WorkerId ? Contract.Terms.WorkerLanguage : System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Document = ContractText.Render(Contract, l, language);
        return Page();
    }
}
