namespace Corridor.Domain.Statistics;

/// <summary>An indicator of the analytics table, with what it counts and where the definition comes from.</summary>
public sealed record IndicatorDefinition(string Code, string Name, string Description, string Reference, string Unit, bool BySex,
    string? CategoryName = null);

/// <summary>
/// The indicators the rebuild computes (20th ICLS Guidelines concerning statistics of international labour
/// migration, 2018; methods.md §3). Texts are English keys, translated on the page.
/// </summary>
public static class Indicators
{
    public const string Stock = "MW_STOCK";
    public const string Inflow = "MW_INFLOW";
    public const string Outflow = "MW_OUTFLOW";
    public const string Emigrants = "MW_EMIGRANTS";
    public const string Returns = "MW_RETURN";
    public const string PermitsIssued = "PERMITS_ISSUED";
    public const string PermitsRefused = "PERMITS_REFUSED";
    public const string PermitsRefusedByRule = "PERMITS_REFUSED_RULE";
    public const string PermitsTransferred = "PERMITS_TRANSFERRED";
    public const string VacancyPosts = "VACANCY_POSTS";
    public const string LabourMarketTest = "LMT_OUTCOME";
    public const string Complaints = "COMPLAINTS";
    public const string WageProtection = "WAGE_PROTECTION";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(Stock, "International migrant workers (stock)",
            "Foreign workers present in the country with a labour attachment on the last day of the period (the day of the rebuild for the current period): a work permit activated (arrival) and not yet ended, including a worker released to look for a new employer during the job-search period (unemployed, still in the labour force). Each worker is counted once, with the employer of the permit in force.",
            "20th ICLS Guidelines concerning statistics of international labour migration (2018), international migrant workers (stock); methods.md §3.2", "persons", true),
        new(Inflow, "For-work international immigrants (inflow)",
            "Foreign workers who arrived to work during the period: a work permit activated that does not continue an earlier stay (a change of employer is not a new arrival). Classified as for-work by holding a work permit at entry.",
            "20th ICLS Guidelines (2018), for-work international migrants (flow); methods.md §3.3", "persons", true),
        new(Outflow, "Outflows of international migrant workers",
            "Foreign workers whose stay under a work permit ended during the period (expired, cancelled, or the job search ended) and was not continued by a new permit; counted on the day after the last day in force.",
            "20th ICLS Guidelines (2018), flows of international migrant workers; ILOSTAT ILMS outflows; methods.md §3.3", "persons", true),
        new(Emigrants, "For-work international emigrants (nationals deployed abroad)",
            "Nationals whose signed or registered employment contract abroad started during the period (origin side). By destination country.",
            "20th ICLS Guidelines (2018), for-work international migrants, origin country view; methods.md §3.3", "persons", true, "Destination country"),
        new(Returns, "Return international migrant workers",
            "Nationals who were working abroad and whose signed or registered contract abroad ended during the period (derived: the system records contract end dates, not the return journey itself). By country of last work abroad.",
            "20th ICLS Guidelines (2018), return international migrant workers; methods.md §3.4", "persons", true, "Country of last work abroad"),
        new(PermitsIssued, "Work permits issued",
            "Work permits issued during the period, by the worker's sex, age, citizenship and occupation and the employer's sector and region.",
            "Administrative source for for-work flows (20th ICLS Guidelines 2018: type of permit as a classification variable); methods.md §3.6", "permits", true),
        new(PermitsRefused, "Work permit applications refused",
            "Applications refused during the period, by the automated rules or by an officer; each application counted once.",
            "Administrative data on admission; methods.md §3.6", "applications", true),
        new(PermitsRefusedByRule, "Work permit refusals by rule",
            "Refused applications by each rule that failed (one application may fail several rules, so the categories add up to more than the applications); OFFICER when an officer refused an application that passed the rules.",
            "Administrative data on admission; methods.md §3.6", "rule failures", true, "Rule"),
        new(PermitsTransferred, "Work permits transferred (change of employer)",
            "Permits ended during the period because the worker moved to a new employer under a new permit.",
            "Administrative data on labour mobility; methods.md §3.6", "permits", true),
        new(VacancyPosts, "Vacancies advertised (posts)",
            "Posts in vacancies whose advertising started during the period, by occupation, sector and region. Vacancies have no sex: not applicable.",
            "Labour-market test data (demand side); methods.md §3.6", "posts", false),
        new(LabourMarketTest, "Labour-market test outcomes",
            "Posts certified as not filled by nationals (certificate issued in the period), and nationals referred and hired (outcome recorded in the period). Not applicable by sex.",
            "Labour-market test data; methods.md §3.6", "posts / persons", false, "Outcome"),
        new(Complaints, "Complaints by category",
            "Complaints filed during the period, once per category they name; sex and other characteristics from the worker's record when the complainant is known (_U when anonymous).",
            "Protection of migrant workers' rights (ILO C097/C143); administrative data", "complaint categories", true, "Category"),
        new(WageProtection, "Wage-protection compliance",
            "Worker-months of migrant workers in the payroll files, by whether the month raised any wage-protection alert (NOT_COMPLIANT) or none (COMPLIANT). The compliance rate is COMPLIANT / all.",
            "Wage protection (ILO C095); 20th ICLS tabulation variable earnings; methods.md §3.6", "worker-months", true, "Compliance"),
    ];

    public static IndicatorDefinition? Find(string? code) => All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
}
