using Corridor.Data;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Workers;

/// <summary>Checks a worker form needs the database for: passport uniqueness and who the worker belongs to.</summary>
public sealed class WorkerLinks(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// Employer and agency accounts always register workers to themselves; officers may name an
    /// employer and an agency by their public numbers.
    /// </summary>
    public async Task<(Guid? EmployerId, Guid? AgencyId, Failure? Failure)> ResolveAsync(WorkerForm form, Guid? workerId, CancellationToken ct)
    {
        var passport = MigrantWorker.NormalizePassport(form.PassportNumber!);
        var issuer = form.PassportIssuingCountry!.Trim().ToUpperInvariant();
        if (await db.MigrantWorkers.AnyAsync(w => w.PassportIssuingCountry == issuer && w.PassportNumber == passport && w.Id != workerId, ct))
            return (null, null, Failure.Invalid(nameof(WorkerForm.PassportNumber),
                l["A worker with this passport number issued by {0} is already registered.", issuer]));

        if (user.EmployerId is { } ownEmployer) return (ownEmployer, null, null);
        if (user.AgencyId is { } ownAgency) return (null, ownAgency, null);

        Guid? employerId = null, agencyId = null;
        if (!string.IsNullOrWhiteSpace(form.EmployerRegistrationNumber))
        {
            var number = form.EmployerRegistrationNumber.Trim();
            employerId = await db.Employers.Where(e => e.RegistrationNumber == number).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
            if (employerId is null)
                return (null, null, Failure.Invalid(nameof(WorkerForm.EmployerRegistrationNumber), l["No employer has this registration number."]));
        }
        if (!string.IsNullOrWhiteSpace(form.AgencyLicenceNumber))
        {
            var number = form.AgencyLicenceNumber.Trim();
            agencyId = await db.RecruitmentAgencies.Where(a => a.LicenceNumber == number).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (agencyId is null)
                return (null, null, Failure.Invalid(nameof(WorkerForm.AgencyLicenceNumber), l["No agency has this licence number."]));
        }
        return (employerId, agencyId, null);
    }
}
