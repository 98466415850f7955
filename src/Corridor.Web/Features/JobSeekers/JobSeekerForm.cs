using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Common;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.JobSeekers;

/// <summary>The fields an employment-service officer fills in to register or correct a national job seeker.</summary>
public class JobSeekerForm
{
    /// <summary>Kazakhstan IIN (12 digits, starting with the date of birth as YYMMDD); fixed at registration.</summary>
    [Display(Name = "IIN (national identification number)")] public string? NationalId { get; set; }
    [Display(Name = "Given name")] public string? GivenName { get; set; }
    [Display(Name = "Family name")] public string? FamilyName { get; set; }
    [Display(Name = "Sex")] public Sex? Sex { get; set; }
    [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; set; }
    /// <summary>ISCO-08 code of the occupation sought.</summary>
    [Display(Name = "Occupation sought (ISCO-08)")] public string? OccupationCode { get; set; }
    /// <summary>Code of the district (or region) of the employment centre, e.g. KZ-AKM-01.</summary>
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "Phone")] public string? Phone { get; set; }
    [Display(Name = "E-mail")] public string? Email { get; set; }

    public static T From<T>(NationalJobSeeker j, string? orgUnitCode) where T : JobSeekerForm, new() => new()
    {
        NationalId = j.NationalId, GivenName = j.GivenName, FamilyName = j.FamilyName, Sex = j.Sex, DateOfBirth = j.DateOfBirth,
        OccupationCode = j.OccupationCode, OrgUnitCode = orgUnitCode, Phone = j.Phone, Email = j.Email,
    };

    /// <summary>
    /// A Kazakhstan IIN: 12 digits whose first six are the date of birth as YYMMDD. The century is
    /// in the 7th digit, so a date counts when it exists in either century.
    /// </summary>
    public static bool IsIinFormat(string? iin) => iin is not null && iin.Trim() is { Length: 12 } t && t.All(char.IsAsciiDigit);

    public static bool IsIinDate(string? iin)
    {
        if (!IsIinFormat(iin)) return false;
        var t = iin!.Trim();
        int yy = int.Parse(t[..2]), mm = int.Parse(t[2..4]), dd = int.Parse(t[4..6]);
        return mm is >= 1 and <= 12 && dd >= 1 && (dd <= DateTime.DaysInMonth(2000 + yy, mm) || dd <= DateTime.DaysInMonth(1900 + yy, mm));
    }
}

/// <summary>The registry's rules for a job seeker record: each failure names its field.</summary>
public sealed class JobSeekerFormValidator : AbstractValidator<JobSeekerForm>
{
    public JobSeekerFormValidator(IStringLocalizer<SharedResource> l, MinimumWorkingAge minimumAge, TimeProvider clock)
    {
        RuleFor(x => x.NationalId).NotEmpty().WithMessage(_ => l["Enter the IIN."])
            .Must(id => string.IsNullOrWhiteSpace(id) || JobSeekerForm.IsIinFormat(id)).WithMessage(_ => l["An IIN has 12 digits."])
            .Must(id => !JobSeekerForm.IsIinFormat(id) || JobSeekerForm.IsIinDate(id))
            .WithMessage(_ => l["The first six digits of an IIN are the date of birth (YYMMDD); these are not a date."]);
        RuleFor(x => x.GivenName).NotEmpty().WithMessage(_ => l["Enter the given name."]).AtMost(100, l);
        RuleFor(x => x.FamilyName).NotEmpty().WithMessage(_ => l["Enter the family name."]).AtMost(100, l);
        RuleFor(x => x.Sex).NotNull().WithMessage(_ => l["Choose the sex."]).IsInEnum().WithMessage(_ => l["Choose the sex."]);
        RuleFor(x => x.DateOfBirth).DateOfBirth(l, clock, minimumAge, years => l["The job seeker must be at least {0} years old.", years]);
        RuleFor(x => x.OccupationCode).NotEmpty().WithMessage(_ => l["Choose the occupation."]).Occupation(l);
        RuleFor(x => x.OrgUnitCode).NotEmpty().WithMessage(_ => l["Choose the district."]);
        RuleFor(x => x.Phone).Phone(l);
        RuleFor(x => x.Email).Email(l);
    }
}

/// <summary>An edit also sets the status (active, placed, withdrawn); registration always starts active.</summary>
public sealed class EditJobSeekerFormValidator : AbstractValidator<EditJobSeekerForm>
{
    public EditJobSeekerFormValidator(IValidator<JobSeekerForm> common, IStringLocalizer<SharedResource> l)
    {
        Include(common);
        RuleFor(x => x.Status).NotNull().WithMessage(_ => l["Choose the status."]).IsInEnum().WithMessage(_ => l["Choose the status."]);
    }
}
