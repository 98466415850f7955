using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Workers;

/// <summary>The fields an officer, employer or agency fills in to register or correct a worker.</summary>
public class WorkerForm
{
    [Display(Name = "Given name")] public string? GivenName { get; set; }
    [Display(Name = "Family name")] public string? FamilyName { get; set; }
    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Citizenship")] public string? Citizenship { get; set; }
    [Display(Name = "Passport number")] public string? PassportNumber { get; set; }
    [Display(Name = "Passport issued by")] public string? PassportIssuingCountry { get; set; }
    [Display(Name = "Passport valid until")] public DateOnly? PassportExpiry { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? OccupationCode { get; set; }
    [Display(Name = "Direction")] public MigrationDirection? Direction { get; set; } = MigrationDirection.Inbound;
    [Display(Name = "Country of work (if abroad)")] public string? DestinationCountry { get; set; }
    [Display(Name = "Language the worker reads")] public string? PreferredLanguage { get; set; } = "ru";
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "E-mail")] public string? Email { get; set; }
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "Agency licence number")] public string? AgencyLicenceNumber { get; set; }

    public WorkerParticulars ToParticulars() => new(GivenName!, FamilyName!, Sex!.Value, DateOfBirth!.Value, Citizenship!,
        PassportNumber!, PassportIssuingCountry!, PassportExpiry!.Value, OccupationCode!, Direction!.Value,
        DestinationCountry, PreferredLanguage!, Phone, Email);

    public static T From<T>(MigrantWorker w, string? employerRegistrationNumber, string? agencyLicenceNumber) where T : WorkerForm, new() => new()
    {
        GivenName = w.GivenName, FamilyName = w.FamilyName, Sex = w.Sex, DateOfBirth = w.DateOfBirth,
        Citizenship = w.Citizenship, PassportNumber = w.PassportNumber, PassportIssuingCountry = w.PassportIssuingCountry,
        PassportExpiry = w.PassportExpiry, OccupationCode = w.OccupationCode, Direction = w.Direction,
        DestinationCountry = w.DestinationCountry, PreferredLanguage = w.PreferredLanguage, Phone = w.Phone, Email = w.Email,
        EmployerRegistrationNumber = employerRegistrationNumber, AgencyLicenceNumber = agencyLicenceNumber,
    };
}

/// <summary>The registry's rules for a worker record (issue #2): each failure names its field.</summary>
public sealed class WorkerFormValidator : AbstractValidator<WorkerForm>
{
    public WorkerFormValidator(IStringLocalizer<SharedResource> l, MinimumWorkingAge minimumAge, TimeProvider clock)
    {
        // One message per field, and later checks of a chain never see the empty value the first one rejected.
        RuleLevelCascadeMode = CascadeMode.Stop;
        DateOnly Today() => clock.Today();

        RuleFor(x => x.GivenName).NotEmpty().WithMessage(_ => l["Enter the given name."]).AtMost(100, l);
        RuleFor(x => x.FamilyName).NotEmpty().WithMessage(_ => l["Enter the family name."]).AtMost(100, l);
        RuleFor(x => x.Sex).NotNull().WithMessage(_ => l["Choose the sex as written in the passport."])
            .IsInEnum().WithMessage(_ => l["Choose the sex as written in the passport."]);
        RuleFor(x => x.DateOfBirth).DateOfBirth(l, clock, minimumAge, years => l["The worker must be at least {0} years old.", years]);
        RuleFor(x => x.Citizenship).NotEmpty().WithMessage(_ => l["Choose the citizenship."]).Country(l);
        RuleFor(x => x.PassportNumber).NotEmpty().WithMessage(_ => l["Enter the passport number."])
            .Matches("^[A-Za-z0-9 ]{5,20}$").WithMessage(_ => l["A passport number has 5 to 20 letters and digits."]);
        RuleFor(x => x.PassportIssuingCountry).NotEmpty().WithMessage(_ => l["Choose the country that issued the passport."]).Country(l);
        RuleFor(x => x.PassportExpiry).NotNull().WithMessage(_ => l["Enter the passport expiry date."])
            .Must(d => d > Today()).WithMessage(_ => l["The passport has expired."]);
        RuleFor(x => x.OccupationCode).NotEmpty().WithMessage(_ => l["Choose the occupation."]).Occupation(l);
        RuleFor(x => x.Direction).NotNull().IsInEnum().WithMessage(_ => l["Choose the direction."]);
        RuleFor(x => x.DestinationCountry)
            // "Required when outbound" guards only itself; Country() accepts an empty value.
            .NotEmpty().When(x => x.Direction == MigrationDirection.Outbound, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["Choose the country of work."])
            .Country(l);
        RuleFor(x => x.PreferredLanguage).NotEmpty().WithMessage(_ => l["Choose a language."])
            .Matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$").WithMessage(_ => l["Use a language code such as ru, uz or en."]);
        RuleFor(x => x.Phone).Phone(l);
        RuleFor(x => x.Email).Email(l);
    }
}
