using System.Globalization;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Contracts;

/// <summary>One clause of the readable contract: a heading and its sentences.</summary>
public sealed record ContractClause(string Heading, IReadOnlyList<string> Sentences);

/// <summary>One finding of the standards check as a reader sees it, in their language.</summary>
public sealed record ContractFindingText(string RuleId, bool Passed, bool Mandatory, string Text, string Citation);

/// <summary>The readable contract in one language: the clauses with the values filled in, and the check's results.</summary>
public sealed record ContractDocument(string Language, string Title, IReadOnlyList<ContractClause> Clauses, string FindingsHeading, IReadOnlyList<ContractFindingText> Findings);

/// <summary>
/// The model contract texts: the structured contract rendered as a readable contract, clause by clause, from the
/// localized sentence templates (English and Russian) with the contract's values filled in. The parties' own words
/// (addresses, termination terms) are kept as written.
/// </summary>
public static class ContractText
{
    /// <summary>The languages the model contract is written in (CONTRACT-LANGUAGE checks the worker reads one).</summary>
    public static readonly IReadOnlyCollection<string> Languages = ["en", "ru"];

    /// <summary>Renders in <paramref name="language"/> whatever the reader's own interface language is.</summary>
    public static ContractDocument Render(ContractView c, IStringLocalizer l, string language)
    {
        var lang = Languages.Contains(language) ? language : "en";
        var previous = CultureInfo.CurrentUICulture;
        var previousCulture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(lang);
            return new ContractDocument(lang, l["Employment contract {0}, version {1}", c.Number, c.VersionNumber], Build(c, l), l["Standards check"],
                [.. c.Findings.Select(f => new ContractFindingText(f.RuleId, f.Passed, f.Mandatory, l[f.Message, f.Args].Value, f.Citation))]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousCulture;
        }
    }

    private static string A(decimal amount) => ContractTerms.Amount(amount);

    private static List<ContractClause> Build(ContractView c, IStringLocalizer l)
    {
        var t = c.Terms;
        var clauses = new List<ContractClause>();
        void Clause(string heading, params string?[] sentences) =>
            clauses.Add(new ContractClause(l[heading], [.. sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!)]));
        string Benefit(BenefitProvision p, decimal allowance, string provided, string allowanceText, string none) => p switch
        {
            BenefitProvision.Provided => l[provided],
            BenefitProvision.Allowance => l[allowanceText, A(allowance), t.Currency],
            _ => l[none],
        };

        Clause("1. The parties",
            l["Employer: {0}, {1}.", c.EmployerName, Blank(t.EmployerAddress, l)],
            l["Worker: {0}, worker number {1}.", c.WorkerName, c.WorkerNumber],
            c.AgencyName is null ? null : l["Recruitment agency: {0}.", c.AgencyName].Value);
        Clause("2. The work and the workplace",
            l["The worker is employed as: {0} (ISCO-08 {1}, {2}).", Blank(t.JobDescription, l), c.OccupationCode, Choices.OccupationName(c.OccupationCode)],
            l["Workplace: {0}, {1}.", Blank(t.WorkplaceAddress, l), Choices.CountryName(c.DestinationCountry)],
            c.Template == ContractTemplate.DomesticWorker ? l["This contract follows the model contract for domestic workers (ILO Convention No. 189)."].Value : null);
        Clause("3. Duration and probation",
            c.EndDate is { } end ? l["The contract starts on {0} and ends on {1}.", c.StartDate.ToString("yyyy-MM-dd"), end.ToString("yyyy-MM-dd")]
                : l["The contract starts on {0} and has no fixed end.", c.StartDate.ToString("yyyy-MM-dd")],
            t.ProbationDays > 0 ? l["Probation lasts {0} days.", t.ProbationDays] : l["There is no probation period."]);
        Clause("4. Wage, allowances and deductions",
            l["The wage is {0} {1}, paid: {2}.", A(t.Wage), t.Currency, l[t.WagePeriod.ToString()].Value.ToLower(CultureInfo.CurrentCulture)],
            l["Accommodation: {0}", Benefit(t.Accommodation, t.AccommodationAllowance, "provided free of charge.", "an allowance of {0} {1}.", "not provided.")],
            l["Food: {0}", Benefit(t.Food, t.FoodAllowance, "provided free of charge.", "an allowance of {0} {1}.", "not provided.")],
            t.Deductions.Count == 0 ? l["No deductions are made from the wage."]
                : l["Deductions from the wage: {0}.", string.Join("; ", t.Deductions.Select(d => $"{l[d.Kind.ToString()]} {A(d.Amount)} {t.Currency}"))]);
        Clause("5. Hours of work and rest",
            l["Normal hours are {0} a day and {1} a week.", A(t.HoursPerDay), A(t.HoursPerWeek)],
            l["Daily rest: at least {0} hours.", A(t.DailyRestHours)],
            l["Weekly rest: {0} days a week, including at least {1} consecutive hours.", t.RestDaysPerWeek, t.WeeklyRestHours],
            l["Overtime is paid at {0} % of the normal hourly wage.", t.OvertimeRatePercent]);
        Clause("6. Paid leave", l["Paid annual leave: {0} days a year.", t.PaidLeaveDays]);
        Clause("7. Travel",
            l["Transport to the jobsite is paid by: {0}.", l[t.TransportToJobsite.ToString()]],
            l["Return travel at the end of the contract is paid by: {0}.", l[t.ReturnTravel.ToString()]]);
        Clause("8. Insurance and medical care",
            t.InsuranceByEmployer ? l["The employer insures the worker: {0}.", Blank(t.InsuranceCover, l)] : l["The employer provides no insurance."],
            t.MedicalCareByEmployer ? l["The employer provides medical care free of charge."] : l["The employer does not provide medical care."]);
        Clause("9. Termination",
            l["Either party may end the contract with {0} days' notice.", t.NoticeDays],
            string.IsNullOrWhiteSpace(t.TerminationTerms) ? null : t.TerminationTerms);
        Clause("10. Dispute settlement", Blank(t.DisputeSettlement, l));
        Clause("11. Language",
            l["This contract is given in {0}, a language the worker reads.", l[LanguageName(t.WorkerLanguage)]],
            l["No recruitment fee or cost may be charged to the worker (ILO C181 Art. 7)."]);
        Clause("12. Signature",
            c.SignedAt is { } at
                ? l["Signed by the worker on {0} ({1}).", at.ToString("yyyy-MM-dd"), l[c.SignatureMethod?.ToString() ?? ""]]
                : l["Not yet signed."]);
        return clauses;
    }

    private static string Blank(string text, IStringLocalizer l) => string.IsNullOrWhiteSpace(text) ? l["(not stated)"] : text;

    public static string LanguageName(string code) => code switch
    {
        "en" => "English",
        "ru" => "Russian",
        "kk" => "Kazakh",
        "uz" => "Uzbek",
        "tg" => "Tajik",
        "ky" => "Kyrgyz",
        _ => code,
    };
}
