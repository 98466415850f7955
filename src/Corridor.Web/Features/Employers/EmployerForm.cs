using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Employers;

/// <summary>The fields an officer fills in to register or correct an employer.</summary>
public class EmployerForm
{
    /// <summary>Fixed at registration; an edit must send the number unchanged.</summary>
    [Display(Name = "Registration number")] public string? RegistrationNumber { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    /// <summary>ISIC Rev.4 section letter, e.g. F.</summary>
    [Display(Name = "ISIC section")] public string? IsicSection { get; set; }
    /// <summary>ISIC Rev.4 division (two digits) of that section, e.g. 41.</summary>
    [Display(Name = "ISIC division")] public string? IsicDivision { get; set; }
    /// <summary>Code of the district (or region) in the org-unit tree, e.g. KZ-AKM-01.</summary>
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "National employees")] public int? NationalEmployees { get; set; }
    [Display(Name = "Address")] public string? Address { get; set; }
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "E-mail")] public string? Email { get; set; }

    public static T From<T>(Employer e, string? orgUnitCode) where T : EmployerForm, new() => new()
    {
        RegistrationNumber = e.RegistrationNumber, Name = e.Name, IsicSection = e.IsicSection, IsicDivision = e.IsicDivision,
        OrgUnitCode = orgUnitCode, NationalEmployees = e.NationalEmployees, Address = e.Address, Phone = e.Phone, Email = e.Email,
    };
}

/// <summary>The registry's rules for an employer record: each failure names its field.</summary>
public sealed class EmployerFormValidator : AbstractValidator<EmployerForm>
{
    public EmployerFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.RegistrationNumber).NotEmpty().WithMessage(_ => l["Enter the registration number."])
            .Matches(@"^\s*[A-Za-z0-9]{5,32}\s*$").WithMessage(_ => l["A registration number has 5 to 32 letters and digits."]);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Enter the name."]).AtMost(200, l);
        RuleFor(x => x.IsicSection).NotEmpty().WithMessage(_ => l["Choose the ISIC section."])
            .Must(s => string.IsNullOrWhiteSpace(s) || ReferenceData.IsIsicSection(s)).WithMessage(_ => l["Not an ISIC Rev.4 section."]);
        RuleFor(x => x.IsicDivision).NotEmpty().WithMessage(_ => l["Choose the ISIC division."])
            .Must(d => string.IsNullOrWhiteSpace(d) || ReferenceData.IsIsicDivision(d)).WithMessage(_ => l["Not an ISIC Rev.4 division."])
            .Must((x, d) => !ReferenceData.IsIsicDivision(d) || !ReferenceData.IsIsicSection(x.IsicSection) || ReferenceData.IsIsicDivisionOf(d, x.IsicSection))
            .WithMessage((x, d) => l["Division {0} does not belong to section {1}.", d!.Trim(), x.IsicSection!.Trim().ToUpperInvariant()]);
        RuleFor(x => x.OrgUnitCode).NotEmpty().WithMessage(_ => l["Choose the district."]);
        RuleFor(x => x.NationalEmployees).NotNull().WithMessage(_ => l["Enter the number of national employees."])
            .GreaterThanOrEqualTo(0).WithMessage(_ => l["The number of national employees cannot be negative."]);
        RuleFor(x => x.Address).AtMost(300, l);
        RuleFor(x => x.Phone).Phone(l);
        RuleFor(x => x.Email).Email(l);
    }
}
