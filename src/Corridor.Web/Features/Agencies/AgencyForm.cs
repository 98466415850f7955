using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Agencies;

/// <summary>The fields an officer fills in to register or correct a private recruitment agency.</summary>
public class AgencyForm
{
    /// <summary>Fixed at registration; an edit must send the number unchanged.</summary>
    [Display(Name = "Licence number")] public string? LicenceNumber { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    /// <summary>ISO 3166-1 alpha-3 of the country that licensed the agency.</summary>
    [Display(Name = "Licensed in (country)")] public string? Country { get; set; }
    [Display(Name = "Licence status")] public LicenceStatus? Status { get; set; }
    /// <summary>Required unless the status is Applied.</summary>
    [Display(Name = "Licence valid until")] public DateOnly? LicenceValidUntil { get; set; }
    /// <summary>Optional code of the district (or region) of the agency's office here, e.g. KZ-AST-01.</summary>
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "Address")] public string? Address { get; set; }
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "E-mail")] public string? Email { get; set; }

    public static T From<T>(RecruitmentAgency a, string? orgUnitCode) where T : AgencyForm, new() => new()
    {
        LicenceNumber = a.LicenceNumber, Name = a.Name, Country = a.Country, Status = a.Status, LicenceValidUntil = a.LicenceValidUntil,
        OrgUnitCode = orgUnitCode, Address = a.Address, Phone = a.Phone, Email = a.Email,
    };
}

/// <summary>The registry's rules for an agency record: each failure names its field.</summary>
public sealed class AgencyFormValidator : AbstractValidator<AgencyForm>
{
    public AgencyFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.LicenceNumber).NotEmpty().WithMessage(_ => l["Enter the licence number."])
            .Matches(@"^\s*[A-Za-z0-9][A-Za-z0-9/.-]{2,31}\s*$")
            .WithMessage(_ => l["A licence number has 3 to 32 letters, digits, hyphens, dots or slashes."]);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Enter the name."]).AtMost(200, l);
        RuleFor(x => x.Country).NotEmpty().WithMessage(_ => l["Choose the country that licensed the agency."]).Country(l);
        RuleFor(x => x.Status).NotNull().WithMessage(_ => l["Choose the licence status."])
            .IsInEnum().WithMessage(_ => l["Choose the licence status."]);
        RuleFor(x => x.LicenceValidUntil).NotNull().When(x => x.Status is not null and not LicenceStatus.Applied)
            .WithMessage(_ => l["Enter the date until which the licence is valid (only an application has none)."]);
        RuleFor(x => x.Address).AtMost(300, l);
        RuleFor(x => x.Phone).Phone(l);
        RuleFor(x => x.Email).Email(l);
    }
}
