using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Workers;

/// <summary>Registers a migrant worker and gives them a public worker number with a check digit.</summary>
public sealed class RegisterWorker(CorridorDbContext db, CurrentUser user, IValidator<WorkerForm> validator, WorkerLinks links,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<Guid>> HandleAsync(WorkerForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.WorkersRegister)) return Failure.Forbidden;
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid) return Failure.Invalid(validation);

        var (employerId, agencyId, failure) = await links.ResolveAsync(form, null, ct);
        if (failure is not null) return failure;

        var number = PublicNumber.New('W');
        while (await db.MigrantWorkers.AnyAsync(w => w.WorkerNumber == number, ct)) number = PublicNumber.New('W');

        return await db.SaveNewAsync(() => new MigrantWorker(number, form.ToParticulars(), employerId, agencyId), l, ct);
    }
}

[Authorize(Policy = Permissions.WorkersRegister)]
public sealed class RegisterModel(RegisterWorker handler) : RegisterPage<WorkerForm>(handler.HandleAsync);
