using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Agencies;

/// <summary>The fields an officer fills in to register or correct a private recruitment agency (never its licence status).</summary>
public class AgencyForm
{
    /// <summary>Fixed at registration; an edit must send the number unchanged.</summary>
    [Display(Name = "Licence number")] public string? LicenceNumber { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    /// <summary>ISO 3166-1 alpha-3 of the country that licensed the agency.</summary>
    [Display(Name = "Licensed in (country)")] public string? Country { get; set; }
    /// <summary>Optional code of the district (or region) of the agency's office here, e.g. KZ-AST-01.</summary>
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "Address")] public string? Address { get; set; }
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "E-mail")] public string? Email { get; set; }

    public static T From<T>(RecruitmentAgency a, string? orgUnitCode) where T : AgencyForm, new() => new()
    {
        LicenceNumber = a.LicenceNumber, Name = a.Name, Country = a.Country,
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
        RuleFor(x => x.Address).AtMost(300, l);
        RuleFor(x => x.Phone).Phone(l);
        RuleFor(x => x.Email).Email(l);
    }
}

/// <summary>
/// Registration adds the licence status: normally Applied (the licensing workflow then grants it); Licensed only to
/// record a licence granted before Corridor, with its validity date and the reason (e.g. the decision that granted it).
/// Every later change of status goes through the licensing transitions.
/// </summary>
public sealed class RegisterAgencyForm : AgencyForm
{
    [Display(Name = "Licence status")] public LicenceStatus? Status { get; set; }
    /// <summary>Required for a licence recorded as granted.</summary>
    [Display(Name = "Licence valid until")] public DateOnly? LicenceValidUntil { get; set; }
    /// <summary>Required for a licence recorded as granted: where the licence decision is (audited).</summary>
    [Display(Name = "Reason")] public string? Reason { get; set; }
}

public sealed class RegisterAgencyFormValidator : AbstractValidator<RegisterAgencyForm>
{
    public RegisterAgencyFormValidator(IStringLocalizer<SharedResource> l)
    {
        Include(new AgencyFormValidator(l));
        RuleFor(x => x.Status).NotNull().WithMessage(_ => l["Choose the licence status."])
            .IsInEnum().WithMessage(_ => l["Choose the licence status."])
            .Must(s => s is null or LicenceStatus.Applied or LicenceStatus.Licensed)
            .WithMessage(_ => l["Register an agency as Applied, or as Licensed to record a licence granted before; other statuses come from the licensing decisions."]);
        RuleFor(x => x.LicenceValidUntil).NotNull().When(x => x.Status is LicenceStatus.Licensed)
            .WithMessage(_ => l["Enter the date until which the licence is valid (only an application has none)."]);
        RuleFor(x => x.LicenceValidUntil).Null().When(x => x.Status is LicenceStatus.Applied)
            .WithMessage(_ => l["An application has no validity date yet."]);
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Status is LicenceStatus.Licensed)
            .WithMessage(_ => l["Say where the licence was granted (decision or register reference)."]).AtMost(2000, l);
    }
}
