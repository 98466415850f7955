using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Clearance;

public sealed record ClearanceCheckView(ClearanceRequirement Requirement, bool Met, string Text);

public sealed record ClearanceView(Guid Id, string Number, ClearanceStatus Status, bool FastLane, Guid WorkerId, string WorkerNumber, string WorkerName,
    Guid? AgencyId, string? AgencyName, Guid ContractId, string ContractNumber, string EmployerName, string DestinationCountry, string OccupationCode,
    string Jobsite, DateOnly DecidedOn, DateOnly? ValidUntil, string? VerificationCode, string? RevocationReason, DateTime? RevokedAt,
    Guid? PreviousClearanceId, IReadOnlyList<ClearanceCheckView> Checks, int Version, string WorkerInitials);

public sealed class ClearanceRequestForm
{
    [Display(Name = "Contract")]
    public Guid? ContractId { get; set; }
}

public sealed class ClearanceRevokeForm
{
    [Display(Name = "Reason for the revocation")]
    public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed class ClearanceListQuery
{
    public ClearanceStatus? Status { get; set; }
    public string? Destination { get; set; }
    public bool? FastLane { get; set; }
    public Guid? WorkerId { get; set; }
    public Guid? AgencyId { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }
}

internal static class ClearanceViews
{
    public static async Task<ClearanceView> ViewAsync(CorridorDbContext db, DeploymentClearance c, DateOnly today, IStringLocalizer l, CancellationToken ct)
    {
        var w = await db.MigrantWorkers.AsNoTracking().Where(x => x.Id == c.WorkerId)
            .Select(x => new { x.WorkerNumber, x.GivenName, x.FamilyName, Name = x.GivenName + " " + x.FamilyName }).SingleAsync(ct);
        var agency = c.AgencyId is { } aid ? await db.RecruitmentAgencies.AsNoTracking().Where(a => a.Id == aid).Select(a => a.Name).SingleAsync(ct) : null;
        var contract = await db.EmploymentContracts.AsNoTracking().Where(k => k.Id == c.ContractId).Select(k => k.Number).SingleAsync(ct);
        return new ClearanceView(c.Id, c.Number, c.StatusOn(today), c.FastLane, c.WorkerId, w.WorkerNumber, w.Name, c.AgencyId, agency, c.ContractId,
            contract, c.EmployerName, c.DestinationCountry, c.OccupationCode, c.Jobsite, c.DecidedOn, c.ValidUntil, c.VerificationCode,
            c.RevocationReason, c.RevokedAt, c.PreviousClearanceId,
            [.. c.Checks.Select(x => new ClearanceCheckView(x.Requirement, x.Met, l[x.Message, x.Args.Cast<object>().ToArray()].Value))], c.Version,
            // The same initials as the public verify page shows, whatever spaces the names hold.
            Corridor.Domain.Admission.WorkPermit.Initials(w.GivenName, w.FamilyName));
    }
}

/// <summary>
/// The agency (for its own worker) or the regulator requests a clearance for a contract; on the fast lane the worker may
/// ask too. Every requirement is checked and the decision stored either way: Issued when all are met, Refused with the
/// unmet ones listed — asking again makes a new decision.
/// </summary>
public sealed class RequestClearance(CorridorDbContext db, CurrentUser user, ClearanceRequirements requirements, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ClearanceView>> HandleAsync(ClearanceRequestForm form, bool fastLane, CancellationToken ct)
    {
        if (!user.Can(fastLane ? Permissions.ClearancesFastLane : Permissions.ClearancesRequest)) return Failure.Forbidden;
        if (form.ContractId is not { } id) return Failure.Invalid(nameof(form.ContractId), l["Choose the contract."]);
        // The contracts the account may see: an agency those it drafted, a worker their own, the regulator all.
        var contract = await db.EmploymentContracts.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null || contract.Kind == ContractKind.DestinationCopy) return Failure.NotFound;
        if (!user.Can(Permissions.ClearancesViewAll) && user.AgencyId is null && user.WorkerId is null) return Failure.Forbidden;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var inForce = await db.DeploymentClearances.AsNoTracking()
            .Where(c => c.ContractId == id && c.Status == ClearanceStatus.Issued && c.ValidUntil >= today).Select(c => c.Number).FirstOrDefaultAsync(ct);
        if (inForce is not null) return Failure.Conflict(l["This contract already has a clearance in force ({0}).", inForce]);

        var evaluation = await requirements.EvaluateAsync(contract, fastLane, today, ct);
        var clearance = new DeploymentClearance(evaluation.Subject, evaluation.Checks, fastLane, evaluation.PreviousClearanceId, user.Name, now);
        db.DeploymentClearances.Add(clearance);
        db.RecordAction(clearance.Status == ClearanceStatus.Issued ? "deployment-clearance.issued" : "deployment-clearance.refused",
            nameof(DeploymentClearance), clearance.Id,
            new { clearance.Number, contract = contract.Number, fastLane, unmet = clearance.Unmet.Select(u => u.Requirement.ToString()).ToArray() });
        await db.SaveChangesAsync(ct);
        return await ClearanceViews.ViewAsync(db, clearance, today, l, ct);
    }
}

public sealed class GetClearance(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ClearanceView>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.ClearancesView)) return Failure.Forbidden;
        var c = await db.DeploymentClearances.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        return await ClearanceViews.ViewAsync(db, c, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), l, ct);
    }
}

public sealed record ClearanceRow(Guid Id, string Number, ClearanceStatus Status, bool FastLane, string WorkerNumber, string WorkerName,
    string? AgencyName, string EmployerName, string DestinationCountry, DateOnly DecidedOn, DateOnly? ValidUntil, int Unmet);

/// <summary>Clearances the caller may see, newest first, filtered by status (as the clock sees it), destination, fast lane, worker, agency.</summary>
public sealed class ListClearances(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Paged<ClearanceRow>> HandleAsync(ClearanceListQuery query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var q = db.DeploymentClearances.VisibleTo(user).AsNoTracking();
        q = query.Status switch
        {
            ClearanceStatus.Issued => q.Where(c => c.Status == ClearanceStatus.Issued && c.ValidUntil >= today),
            ClearanceStatus.Expired => q.Where(c => c.Status == ClearanceStatus.Issued && c.ValidUntil < today),
            { } s => q.Where(c => c.Status == s),
            null => q,
        };
        if (!string.IsNullOrWhiteSpace(query.Destination)) q = q.Where(c => c.DestinationCountry == query.Destination.Trim().ToUpper());
        if (query.FastLane is { } fast) q = q.Where(c => c.FastLane == fast);
        if (query.WorkerId is { } wid) q = q.Where(c => c.WorkerId == wid);
        if (query.AgencyId is { } aid) q = q.Where(c => c.AgencyId == aid);
        var page = await (from c in q
                          join w in db.MigrantWorkers on c.WorkerId equals w.Id
                          join a in db.RecruitmentAgencies on c.AgencyId equals a.Id into agencies
                          from a in agencies.DefaultIfEmpty()
                          orderby c.DecidedAt descending
                          select new { c, w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName, Agency = a == null ? null : a.Name })
            .ToPagedAsync(query.Page, query.PageSize, ct);
        return new Paged<ClearanceRow>([.. page.Items.Select(x => new ClearanceRow(x.c.Id, x.c.Number, x.c.StatusOn(today), x.c.FastLane, x.WorkerNumber,
            x.Name, x.Agency, x.c.EmployerName, x.c.DestinationCountry, x.c.DecidedOn, x.c.ValidUntil, x.c.Unmet.Count()))], page.Page, page.PageSize, page.Total);
    }
}

/// <summary>The regulator withdraws an issued clearance with the reason (e.g. the contract was cancelled); the pass then reads not valid.</summary>
public sealed class RevokeClearance(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<int>> HandleAsync(Guid id, ClearanceRevokeForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ClearancesRevoke)) return Failure.Forbidden;
        var c = await db.DeploymentClearances.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Failure.NotFound;
        db.Entry(c).Property(x => x.Version).OriginalValue = form.Version;
        try
        {
            c.Revoke(user.Name, form.Reason ?? "", clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException e)
        {
            return e.Field is null ? Failure.Conflict(l[e.Message]) : Failure.Invalid(nameof(form.Reason), l[e.Message]);
        }
        db.RecordAction("deployment-clearance.revoked", nameof(DeploymentClearance), id, new { c.Number, c.RevocationReason });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return c.Version;
    }
}

public sealed class WelfareFundForm
{
    [Display(Name = "Contract")]
    public Guid? ContractId { get; set; }
    [Display(Name = "Amount")]
    public decimal? Amount { get; set; }
    [Display(Name = "Currency")]
    public string? Currency { get; set; } = "USD";
    [Display(Name = "Paid on")]
    public DateOnly? PaidOn { get; set; }
    [Display(Name = "Receipt number")]
    public string? ReceiptNumber { get; set; }
}

public sealed class InsuranceForm
{
    [Display(Name = "Contract")]
    public Guid? ContractId { get; set; }
    [Display(Name = "Insurer")]
    public string? Insurer { get; set; }
    [Display(Name = "Policy number")]
    public string? PolicyNumber { get; set; }
    [Display(Name = "Covers from")]
    public DateOnly? CoversFrom { get; set; }
    [Display(Name = "Covers to")]
    public DateOnly? CoversTo { get; set; }
}

/// <summary>Only fit/unfit, the date and the clinic: any other field (a diagnosis, an HIV status) is refused, not ignored.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class MedicalForm
{
    [Display(Name = "Worker number")]
    public string? WorkerNumber { get; set; }
    [Display(Name = "Result")]
    public FitnessResult? Result { get; set; }
    [Display(Name = "Examined on")]
    public DateOnly? ExaminedOn { get; set; }
    [Display(Name = "Clinic")]
    public string? ClinicName { get; set; }
}

public sealed record RecordedResult(Guid Id, Guid WorkerId);

/// <summary>
/// Records what the clearance checks besides the registers: the welfare-fund payment and the insurance for a contract,
/// the medical fitness result for a worker. An agency only for its own workers' contracts; the fund officer and the
/// regulator for anyone.
/// </summary>
public sealed class RecordClearanceEvidence(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<EmploymentContract?> ContractAsync(Guid id, CancellationToken ct)
    {
        var contract = await db.EmploymentContracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Kind != ContractKind.DestinationCopy, ct);
        if (contract is null) return null;
        if (user.AgencyId is { } agency) return contract.AgencyId == agency ? contract : null;
        return await db.MigrantWorkers.VisibleTo(user).AnyAsync(w => w.Id == contract.WorkerId, ct) ? contract : null;
    }

    public async Task<Outcome<RecordedResult>> WelfareAsync(WelfareFundForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ClearanceRecordsRecord)) return Failure.Forbidden;
        if (form.ContractId is not { } cid) return Failure.Invalid(nameof(form.ContractId), l["Choose the contract."]);
        if (form.Amount is not { } amount) return Failure.Invalid(nameof(form.Amount), l["Enter the amount."]);
        if (form.PaidOn is not { } paidOn) return Failure.Invalid(nameof(form.PaidOn), l["Enter the date of payment."]);
        var contract = await ContractAsync(cid, ct);
        if (contract is null) return Failure.NotFound;
        WelfareFundMembership m;
        try
        {
            m = new WelfareFundMembership(contract.WorkerId, contract.Id, contract.EndDate, amount, form.Currency ?? "", paidOn, form.ReceiptNumber ?? "", user.Name, Today);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.WelfareFundMemberships.Add(m);
        db.RecordAction("welfare-fund.paid", nameof(WelfareFundMembership), m.Id, new { contract = contract.Number, m.Amount, m.Currency, m.ReceiptNumber, m.CoversUntil });
        await db.SaveChangesAsync(ct);
        return new RecordedResult(m.Id, m.WorkerId);
    }

    public async Task<Outcome<RecordedResult>> InsuranceAsync(InsuranceForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ClearanceRecordsRecord)) return Failure.Forbidden;
        if (form.ContractId is not { } cid) return Failure.Invalid(nameof(form.ContractId), l["Choose the contract."]);
        if (form.CoversFrom is not { } from) return Failure.Invalid(nameof(form.CoversFrom), l["Enter the first day of cover."]);
        if (form.CoversTo is not { } to) return Failure.Invalid(nameof(form.CoversTo), l["Enter the last day of cover."]);
        var contract = await ContractAsync(cid, ct);
        if (contract is null) return Failure.NotFound;
        InsuranceCover cover;
        try
        {
            cover = new InsuranceCover(contract.WorkerId, contract.Id, form.Insurer ?? "", form.PolicyNumber ?? "", from, to, user.Name);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.InsuranceCovers.Add(cover);
        db.RecordAction("insurance-cover.recorded", nameof(InsuranceCover), cover.Id, new { contract = contract.Number, cover.Insurer, cover.PolicyNumber, cover.CoversFrom, cover.CoversTo });
        await db.SaveChangesAsync(ct);
        return new RecordedResult(cover.Id, cover.WorkerId);
    }

    public async Task<Outcome<RecordedResult>> MedicalAsync(MedicalForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.ClearanceRecordsRecord)) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(form.WorkerNumber)) return Failure.Invalid(nameof(form.WorkerNumber), l["Enter the worker number."]);
        if (form.Result is not { } result) return Failure.Invalid(nameof(form.Result), l["Choose fit or unfit."]);
        if (form.ExaminedOn is not { } on) return Failure.Invalid(nameof(form.ExaminedOn), l["Enter the date of the examination."]);
        var number = form.WorkerNumber.Trim().ToUpperInvariant();
        var worker = await db.MigrantWorkers.VisibleTo(user).AsNoTracking().FirstOrDefaultAsync(w => w.WorkerNumber == number, ct);
        // A field error keeps the officer's other entries on the form; it says no more about others' workers than a 404 would.
        if (worker is null) return Failure.Invalid(nameof(form.WorkerNumber), l["No worker with this number among the workers you may record for."]);
        MedicalFitness m;
        try
        {
            m = new MedicalFitness(worker.Id, result, on, form.ClinicName ?? "", Today);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.MedicalFitness.Add(m);
        db.RecordAction("medical-fitness.recorded", nameof(MedicalFitness), m.Id, new { worker.WorkerNumber, m.Result, m.ExaminedOn });
        await db.SaveChangesAsync(ct);
        return new RecordedResult(m.Id, m.WorkerId);
    }
}

/// <summary>The public check behind the pass's QR code: status as the clock sees it, destination, employer, validity, initials only.</summary>
public sealed record ClearanceVerification(string Number, ClearanceStatus Status, bool FastLane, string DestinationCountry, string EmployerName,
    string OccupationCode, DateOnly? ValidUntil, string WorkerInitials);

public sealed class VerifyClearance(CorridorDbContext db, TimeProvider clock)
{
    public async Task<Outcome<ClearanceVerification>> HandleAsync(string code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64) return Failure.NotFound;
        var c = await db.DeploymentClearances.AsNoTracking().FirstOrDefaultAsync(x => x.VerificationCode == code, ct);
        if (c is null) return Failure.NotFound;
        var names = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == c.WorkerId).Select(w => new { w.GivenName, w.FamilyName }).SingleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new ClearanceVerification(c.Number, c.StatusOn(today), c.FastLane, c.DestinationCountry, c.EmployerName, c.OccupationCode, c.ValidUntil,
            Corridor.Domain.Admission.WorkPermit.Initials(names.GivenName, names.FamilyName));
    }
}
