using System.ComponentModel.DataAnnotations;
using Corridor.Domain.Admission;
using Corridor.Web.Features.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>What an employer (or an admission officer for it) offers in a vacancy.</summary>
public class VacancyForm
{
    /// <summary>Only an officer posting for an employer fills this in; an employer account posts for itself.</summary>
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "Occupation (ISCO-08)")] public string? OccupationCode { get; set; }
    [Display(Name = "Number of posts")] public int? Posts { get; set; }
    [Display(Name = "Monthly wage (KZT)")] public decimal? MonthlyWage { get; set; }
    [Display(Name = "Hours a week")] public int? WeeklyHours { get; set; }
    [Display(Name = "District")] public string? OrgUnitCode { get; set; }
    [Display(Name = "Start date")] public DateOnly? StartDate { get; set; }

    public VacancyTerms ToTerms(Guid orgUnitId) =>
        new(OccupationCode!.Trim(), Posts!.Value, MonthlyWage!.Value, WeeklyHours!.Value, orgUnitId, StartDate!.Value);
}

/// <summary>The vacancy form plus the version the editor started from (optimistic concurrency).</summary>
public sealed class EditVacancyForm : VacancyForm
{
    public int Version { get; set; }
}

public sealed class VacancyFormValidator : AbstractValidator<VacancyForm>
{
    public VacancyFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.OccupationCode).NotEmpty().WithMessage(_ => l["Choose the occupation."]).Occupation(l);
        RuleFor(x => x.Posts).NotNull().WithMessage(_ => l["Enter the number of posts."])
            .InclusiveBetween(1, 10_000).WithMessage(_ => l["Between {0} and {1}.", 1, 10_000]);
        RuleFor(x => x.MonthlyWage).NotNull().WithMessage(_ => l["Enter the monthly wage."])
            .GreaterThan(0).WithMessage(_ => l["The wage must be more than zero."])
            .LessThan(100_000_000).WithMessage(_ => l["Between {0} and {1}.", 1, 100_000_000]);
        RuleFor(x => x.WeeklyHours).NotNull().WithMessage(_ => l["Enter the hours a week."])
            .InclusiveBetween(1, 60).WithMessage(_ => l["Between 1 and 60 hours a week."]);
        RuleFor(x => x.OrgUnitCode).NotEmpty().WithMessage(_ => l["Choose the district."]);
        RuleFor(x => x.StartDate).NotNull().WithMessage(_ => l["Enter the start date."]);
    }
}

/// <summary>What came of the advertising.</summary>
public sealed class OutcomeForm
{
    [Display(Name = "Nationals referred")] public int? NationalReferrals { get; set; }
    [Display(Name = "Interviews")] public int? Interviews { get; set; }
    [Display(Name = "Nationals hired")] public int? Hires { get; set; }
    [Display(Name = "Reasons the referred nationals were not hired")] public string? ReasonsNotHired { get; set; }
    public int Version { get; set; }
}

/// <summary>A layoff, wage-arrears finding, watchlist entry (or other fact) an officer records against an employer.</summary>
public sealed class EmployerFlagForm
{
    [Display(Name = "Employer registration number")] public string? EmployerRegistrationNumber { get; set; }
    [Display(Name = "Kind")] public EmployerFlagKind? Kind { get; set; }
    [Display(Name = "Date")] public DateOnly? OpenedOn { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
    [Display(Name = "Occupation of the nationals laid off (ISCO-08)")] public string? OccupationCode { get; set; }
    [Display(Name = "Number of nationals laid off")] public int? Count { get; set; }
}

public sealed class EmployerFlagFormValidator : AbstractValidator<EmployerFlagForm>
{
    public EmployerFlagFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.EmployerRegistrationNumber).NotEmpty().WithMessage(_ => l["Enter the employer's registration number."]);
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Choose the kind of record."]).IsInEnum().WithMessage(_ => l["Choose the kind of record."]);
        RuleFor(x => x.OpenedOn).NotNull().WithMessage(_ => l["Enter the date."])
            .Must(d => d <= clock.Today()).WithMessage(_ => l["The date cannot be in the future."]);
        RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => l["Give the reason for the record."]).AtMost(1000, l);
        RuleFor(x => x.OccupationCode).NotEmpty().When(x => x.Kind == EmployerFlagKind.Layoff, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["A layoff names the occupation of the nationals laid off."]).Occupation(l);
        RuleFor(x => x.Count).NotNull().When(x => x.Kind == EmployerFlagKind.Layoff, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["Enter the number of nationals laid off."])
            .GreaterThanOrEqualTo(1).When(x => x.Count is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => l["The number must be at least 1."]);
    }
}
