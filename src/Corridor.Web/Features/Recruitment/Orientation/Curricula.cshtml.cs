using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Orientation;

/// <summary>Every curriculum, by code.</summary>
public sealed class ListCurricula(CorridorDbContext db)
{
    public async Task<IReadOnlyList<CurriculumView>> HandleAsync(CancellationToken ct) =>
        [.. (await db.OrientationCurricula.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct)).Select(CurriculumView.Of)];
}

/// <summary>
/// The regulator sets a curriculum. Validity and minimum attendance default to the policy rules in force
/// (ORIENT-VALIDITY, ORIENT-ATTENDANCE); a curriculum may set its own within their ranges.
/// </summary>
public sealed class CreateCurriculum(CorridorDbContext db, CurrentUser user, PolicyBook book, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<CurriculumView>> HandleAsync(CurriculumForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.OrientationManage)) return Failure.Forbidden;
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(form.Code)) errors.Add(nameof(form.Code), l["Enter the code."]);
        if (string.IsNullOrWhiteSpace(form.TitleEn)) errors.Add(nameof(form.TitleEn), l["Enter the title."]);
        if (string.IsNullOrWhiteSpace(form.TitleRu)) errors.Add(nameof(form.TitleRu), l["Enter the title."]);
        if (form.Audience is null) errors.Add(nameof(form.Audience), l["Choose the audience."]);
        if (form.Hours is null) errors.Add(nameof(form.Hours), l["Enter the hours."]);
        if (form.Topics.Count == 0) errors.Add(nameof(form.Topics), l["Choose at least one topic."]);
        if (errors.Any) return errors.ToFailure();
        if (await db.OrientationCurricula.AnyAsync(c => c.Code == form.Code!.Trim().ToUpper(), ct))
            return Failure.Invalid(nameof(form.Code), l["A curriculum with this code already exists."]);
        var rules = (await book.InForceAsync(book.Today, ct))?.Rules ?? PolicyRules.Defaults();
        OrientationCurriculum curriculum;
        try
        {
            curriculum = new OrientationCurriculum(form.Code!, form.TitleEn!, form.TitleRu!, form.DestinationCountry, form.OccupationPrefix,
                form.Audience!.Value, form.Hours!.Value, form.Topics,
                form.ValidityMonths ?? OrientationCurriculum.DefaultValidityMonths(rules),
                form.MinimumAttendancePercent ?? OrientationCurriculum.DefaultAttendancePercent(rules));
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.OrientationCurricula.Add(curriculum);
        db.RecordAction("orientation-curriculum.created", nameof(OrientationCurriculum), curriculum.Id, new { curriculum.Code });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (db.PropertyOf(e) == nameof(OrientationCurriculum.Code))
        {
            return Failure.Invalid(nameof(form.Code), l["A curriculum with this code already exists."]);
        }
        return CurriculumView.Of(curriculum);
    }
}

[Authorize(Policy = Permissions.OrientationView)]
public sealed class CurriculaModel(ListCurricula list, CreateCurriculum create, CurrentUser user) : PageModel
{
    public IReadOnlyList<CurriculumView> Curricula { get; private set; } = [];
    public bool CanManage => user.Can(Permissions.OrientationManage);
    [BindProperty] public CurriculumForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Curricula = await list.HandleAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await create.HandleAsync(Input, ct);
        if (outcome.IsOk) return RedirectToPage("Curricula");
        Curricula = await list.HandleAsync(ct);
        return outcome.ToPage(this, _ => Page());
    }
}
