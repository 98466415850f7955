using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>
/// What posting and changing a vacancy need besides the form: whose vacancy it is, where the work is,
/// and the policy in force today.
/// </summary>
public sealed class VacancyParties(CorridorDbContext db, CurrentUser user, OrgUnitDirectory units, PolicyBook book,
    IStringLocalizer<SharedResource> l)
{
    public DateOnly Today => book.Today;

    /// <summary>An employer account posts for itself (the number is ignored); an officer names the employer.</summary>
    public async Task<(Employer? Employer, Failure? Failure)> EmployerAsync(string? registrationNumber, CancellationToken ct)
    {
        if (user.EmployerId is { } own)
        {
            var mine = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == own, ct);
            return mine is null ? (null, Failure.Forbidden) : (mine, null);
        }
        if (!user.Can(Permissions.VacanciesViewAll)) return (null, Failure.Forbidden);
        if (string.IsNullOrWhiteSpace(registrationNumber))
            return (null, Failure.Invalid("EmployerRegistrationNumber", l["Enter the employer's registration number."]));
        var number = Employer.NormalizeRegistrationNumber(registrationNumber);
        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.RegistrationNumber == number, ct);
        return employer is null ? (null, Failure.Invalid("EmployerRegistrationNumber", l["No employer has this registration number."])) : (employer, null);
    }

    public Task<(Guid? Id, Failure? Failure)> OrgUnitAsync(string? code, CancellationToken ct) => units.ResolveAsync(code, "OrgUnitCode", ct);

    public async Task<(PolicySet? Policy, Failure? Failure)> PolicyAsync(CancellationToken ct) =>
        await book.InForceAsync(Today, ct) is { } p ? (p, null) : (null, Failure.Conflict(l["No admission policy is in force today."]));
}
