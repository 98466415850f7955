using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Remittances;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Remittances;

/// <summary>An analyst enters one provider's price in a corridor for a quarter; every field error is reported at once.</summary>
public sealed class EnterRemittancePrice(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ServiceView>> HandleAsync(PriceForm f, CancellationToken ct)
    {
        if (!user.Can(Permissions.RemittancesManage)) return Failure.Forbidden;
        var errors = new Errors();
        var missing = new HashSet<string>();
        void Required<T>(T? value, string field) where T : struct
        {
            if (value is not null) return;
            errors.Add(field, l["A value is required."]);
            missing.Add(field);
        }
        Required(f.CollectedOn, nameof(f.CollectedOn));
        Required(f.ProviderType, nameof(f.ProviderType));
        Required(f.Amount200, nameof(f.Amount200));
        Required(f.Fee200, nameof(f.Fee200));
        Required(f.Rate200, nameof(f.Rate200));
        Required(f.Amount500, nameof(f.Amount500));
        Required(f.Fee500, nameof(f.Fee500));
        Required(f.Rate500, nameof(f.Rate500));
        Required(f.InterbankRate, nameof(f.InterbankRate));
        Required(f.Speed, nameof(f.Speed));
        Required(f.Transparent, nameof(f.Transparent));
        var price = new RemittancePrice(f.Period ?? "", f.CollectedOn ?? default, f.SendingCountry ?? "", f.ReceivingCountry ?? "", f.Provider ?? "",
            f.ProviderType ?? RemittanceProviderType.Other, f.SendingCurrency ?? "", f.ReceivingCurrency, f.Amount200 ?? 0, f.Fee200 ?? 0, f.Rate200 ?? 0,
            f.Amount500 ?? 0, f.Fee500 ?? 0, f.Rate500 ?? 0, f.InterbankRate ?? 0, f.Speed ?? TransferSpeed.SixDaysOrMore, f.AccessPoint,
            f.Transparent ?? false, f.Note);
        foreach (var (field, message) in RemittanceService.Check(price))
            if (!missing.Contains(field)) errors.Add(field, l[message]);
        if (!errors.Any)
        {
            var period = price.Period.Trim().ToUpperInvariant();
            var sending = price.SendingCountry.Trim().ToUpperInvariant();
            var receiving = price.ReceivingCountry.Trim().ToUpperInvariant();
            var provider = price.Provider.Trim();
            if (await db.RemittanceServices.AnyAsync(s => s.Period == period && s.SendingCountry == sending && s.ReceivingCountry == receiving && s.Provider == provider, ct))
                errors.Add(nameof(f.Provider), l["This provider already has a price in this corridor for the quarter."]);
        }
        if (errors.Any) return errors.ToFailure();
        try
        {
            var service = new RemittanceService(price, "Analyst entry", user.Name);
            db.RemittanceServices.Add(service);
            db.RecordAction("remittance-price.entered", nameof(RemittanceService), service.Id, new { service.Period, service.SendingCountry, service.ReceivingCountry, service.Provider });
            await db.SaveChangesAsync(ct);
            return ServiceView.Of(service);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

[Authorize(Policy = Permissions.RemittancesManage)]
public sealed class AddModel(EnterRemittancePrice handler, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public PriceForm Input { get; set; } = new();
    public ServiceView? Saved { get; private set; }
    public IEnumerable<SelectListItem> Countries => Corridor.Web.Features.Shared.Choices.Countries();
    public IEnumerable<SelectListItem> ProviderTypes => RemittanceText.ProviderTypes(l);
    public IEnumerable<SelectListItem> Speeds => RemittanceText.Speeds(l);
    public IEnumerable<SelectListItem> YesNo => RemittanceText.YesNo(l);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (!outcome.IsOk)
        {
            outcome.AddTo(ModelState);
            return Page();
        }
        Saved = outcome.Value;
        ModelState.Clear();
        // Keep the corridor and quarter: analysts usually enter several providers of one corridor in a row.
        Input = new PriceForm
        {
            Period = Input.Period, CollectedOn = Input.CollectedOn, SendingCountry = Input.SendingCountry, ReceivingCountry = Input.ReceivingCountry,
            SendingCurrency = Input.SendingCurrency, ReceivingCurrency = Input.ReceivingCurrency, Amount200 = Input.Amount200, Amount500 = Input.Amount500,
            InterbankRate = Input.InterbankRate,
        };
        return Page();
    }
}
