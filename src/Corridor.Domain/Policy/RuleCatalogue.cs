namespace Corridor.Domain.Policy;

public enum ParameterKind
{
    Integer = 1,
    Decimal = 2,
    Percent = 3,
}

/// <summary>One number a rule needs, with the range a policy officer may set it to.</summary>
public sealed record RuleParameter(string Key, string Label, ParameterKind Kind, decimal Min, decimal Max, decimal Default);

/// <summary>
/// A rule Corridor applies, as the catalogue defines it: what it checks, what numbers it takes, and
/// the source it rests on by default. The numbers and the citation a country uses live in its policy
/// sets (<see cref="PolicyRules"/>); the catalogue only says which rules exist.
/// </summary>
public sealed record RuleDefinition(string Id, string Area, string Description, string DefaultCitation, IReadOnlyList<RuleParameter> Parameters);

/// <summary>
/// Every rule of the admission system with defaults from the anchor systems (Korea EPS, Singapore MOM)
/// and the ILO instruments. Adding a rule here gives every new policy draft its default values.
/// </summary>
public static class RuleCatalogue
{
    public const string Registry = "Registry";
    public const string LabourMarketTest = "Labour market test";
    public const string Quotas = "Quotas and ceilings";
    public const string Permits = "Work permits";
    public const string Mobility = "Change of employer";
    public const string Levies = "Levies";
    public const string Regularisation = "Regularisation";
    public const string WageProtection = "Wage protection";

    public static readonly IReadOnlyList<RuleDefinition> All =
    [
        new("REG-MIN-AGE", Registry, "A worker may be registered only from the minimum age for employment.",
            "ILO C138 Art. 2(3)",
            [new("minimumAge", "Minimum age (years)", ParameterKind.Integer, 14, 18, 15)]),

        new("LMT-ADVERTISING", LabourMarketTest, "A vacancy must be advertised to nationals for this many days before a foreign worker may be sought.",
            "Policy default (Korea EPS: 14 days; 7 in agriculture and fisheries)",
            [
                new("standardDays", "Days, most sectors", ParameterKind.Integer, 1, 90, 14),
                new("agricultureDays", "Days, agriculture, forestry and fishing (ISIC A)", ParameterKind.Integer, 1, 90, 7),
            ]),
        new("LMT-CERTIFICATE", LabourMarketTest, "A labour-market-test certificate is valid for this many months after issue.",
            "Policy default (Korea EPS)",
            [new("validityMonths", "Validity (months)", ParameterKind.Integer, 1, 24, 3)]),
        new("LMT-NO-LAYOFFS", LabourMarketTest, "No certificate for an employer that laid off nationals in the same occupation within this many months.",
            "Policy default (Korea EPS)",
            [new("lookbackMonths", "Look-back (months)", ParameterKind.Integer, 0, 24, 3)]),
        new("LMT-UNFILLED", LabourMarketTest, "A certificate is issued only for posts that nationals referred during the advertising did not fill, once the outcome is recorded.",
            "Policy default (Korea EPS: labour market test)", []),
        new("LMT-NO-WAGE-ARREARS", LabourMarketTest, "No certificate for an employer with an open finding of unpaid wages.",
            "ILO C95 Art. 12; policy default", []),
        new("LMT-NOT-WATCHLISTED", LabourMarketTest, "No certificate for an employer on the ministry's watchlist.",
            "Policy default (ministry watchlist)", []),

        new("CEIL-SERVICES", Quotas, "In services, foreign workers may be at most this share of the firm's total workforce.",
            "Policy default (Singapore MOM, services)",
            [new("maxForeignSharePercent", "Maximum foreign share (%)", ParameterKind.Percent, 0, 100, 35)]),
        new("CEIL-MANUFACTURING", Quotas, "In manufacturing, foreign workers may be at most this share of the firm's total workforce.",
            "Policy default (Singapore MOM, manufacturing)",
            [new("maxForeignSharePercent", "Maximum foreign share (%)", ParameterKind.Percent, 0, 100, 60)]),
        new("CEIL-CONSTRUCTION", Quotas, "In construction, a firm may employ one foreign worker for every so many national employees.",
            "Policy default (ratio rule, 1 foreign worker per 5 nationals)",
            [new("nationalsPerForeignWorker", "National employees per foreign worker", ParameterKind.Decimal, 0.1m, 100, 5)]),
        new("QUOTA-RESERVE", Quotas, "This share of the national annual quota is held as a flexible reserve for sectors with excess demand.",
            "Policy default (Korea EPS 2025: 32,000 of 130,000)",
            [new("reservePercent", "Flexible reserve (%)", ParameterKind.Percent, 0, 50, 20)]),
        new("CEIL-ORIGIN", Quotas, "Workers of one origin country may be at most this share of a firm's total workforce (100 % = no sub-ceiling).",
            "Policy default (no sub-ceiling; Singapore MOM caps some source countries)",
            [new("maxSharePerOriginPercent", "Maximum share per origin country (%)", ParameterKind.Percent, 0, 100, 100)]),
        new("RANK-POINTS", Quotas, "When requests exceed a round, employers are ranked by points: bonuses for housing, training and safety; penalties for each fatal accident, finding of abuse or wage arrears within the look-back period or still open.",
            "Policy default (Korea EPS points system, 2025)",
            [
                new("housing", "Bonus: decent housing provided", ParameterKind.Integer, 0, 100, 20),
                new("training", "Bonus: training provided", ParameterKind.Integer, 0, 100, 5),
                new("safety", "Bonus: safety management certified", ParameterKind.Integer, 0, 100, 3),
                new("fatalAccident", "Penalty per fatal accident", ParameterKind.Integer, -100, 0, -10),
                new("abuse", "Penalty per finding of abuse", ParameterKind.Integer, -100, 0, -10),
                new("wageArrears", "Penalty per finding of wage arrears", ParameterKind.Integer, -100, 0, -5),
                new("lookbackMonths", "Penalty look-back (months)", ParameterKind.Integer, 0, 60, 24),
            ]),

        new("PERMIT-VALIDITY", Permits, "A work permit is issued for this long, may be renewed this many times, and the total stay is capped.",
            "Policy default (Korea EPS: 3 years, one extension, 4 years 10 months in all)",
            [
                new("years", "Validity (years)", ParameterKind.Integer, 1, 5, 3),
                new("renewals", "Renewals allowed", ParameterKind.Integer, 0, 5, 1),
                new("maxStayMonths", "Maximum total stay (months)", ParameterKind.Integer, 12, 240, 58),
            ]),
        new("PERMIT-AGE", Permits, "The worker's age on application must be within these limits.",
            "Policy default (Korea EPS-TOPIK eligibility: 18–39)",
            [
                new("minimumAge", "Minimum age", ParameterKind.Integer, 15, 30, 18),
                new("maximumAge", "Maximum age", ParameterKind.Integer, 25, 70, 39),
            ]),
        new("PERMIT-MIN-WAGE", Permits, "The offered monthly wage must be at least the minimum wage.",
            "Minimum wage of the Republic of Kazakhstan (85,000 KZT, 2025); ILO C131 Art. 2; C97 Art. 6",
            [new("minimumMonthlyWage", "Minimum monthly wage", ParameterKind.Decimal, 0, 100_000_000, 85_000)]),
        new("PERMIT-MAX-HOURS", Permits, "The offered normal working hours may not exceed this many hours a week.",
            "Labour Code of the Republic of Kazakhstan Art. 68; ILO C001 Art. 2",
            [new("maxWeeklyHours", "Maximum hours a week", ParameterKind.Integer, 20, 60, 40)]),
        new("PERMIT-LMT-CERTIFICATE", Permits, "A permit is applied for against a vacancy whose labour-market-test certificate is valid on the day and has a certified post still free.",
            "Policy default (Korea EPS: labour market test before employment permit)", []),
        new("PERMIT-QUOTA", Permits, "A permit takes one slot of the national quota for the employer's sector in the current year; none is issued when the quota is exhausted.",
            "Policy default (Korea EPS annual quota)", []),
        new("PERMIT-CEILING", Permits, "The employer must stay within its firm ceiling (CEIL-* rules) with this worker counted.",
            "Policy default (Singapore MOM dependency ceiling)", []),
        new("PERMIT-PASSPORT", Permits, "The worker's passport must be valid at least until the permit's last day.",
            "Policy default (Korea EPS); ILO C97 Annex I", []),
        new("PERMIT-NOT-BANNED", Permits, "No permit for an employer on the ministry's watchlist, nor for a worker who already holds a permit in force.",
            "Policy default (ministry watchlist; one employer per permit, Korea EPS)", []),
        new("PERMIT-LEVY-CURRENT", Permits, "The employer's foreign-worker levy account must be current.",
            "Policy default (Singapore MOM: levy arrears bar new permits)", []),
        new("PERMIT-RENEWAL-WINDOW", Permits, "An employer may ask to renew a permit from this many days before its end.",
            "Policy default (Korea EPS: extension requested before the permit ends)",
            [new("days", "Renewal window (days before the end)", ParameterKind.Integer, 30, 365, 120)]),
        new("PERMIT-AUTO-APPROVE", Permits, "When 1, an application that passes every rule is approved automatically; when 0, every passing application goes to an officer.",
            "Policy default (automated decision with human review, DESIGN §2.1)",
            [new("enabled", "Approve automatically (1 = yes, 0 = no)", ParameterKind.Integer, 0, 1, 1)]),
        new("PERMIT-EXPIRY-REMINDERS", Permits, "The employer and the worker are reminded this many days before a permit in force expires; a permit first seen inside a period gets only the most urgent reminder.",
            "Policy default (Korea EPS sends expiry notices; DESIGN)",
            [
                new("firstDays", "First reminder (days before expiry)", ParameterKind.Integer, 1, 365, 90),
                new("secondDays", "Second reminder (days before expiry)", ParameterKind.Integer, 1, 365, 30),
                new("thirdDays", "Last reminder (days before expiry)", ParameterKind.Integer, 1, 365, 7),
            ]),

        new("TRANSFER-JOB-SEARCH", Mobility, "A worker who leaves an employer has this many days to find a new one; meanwhile the permit reads \"seeking new employer\", not illegal.",
            "Policy default (Korea EPS: 3 months); ILO C143 Art. 8",
            [new("days", "Job-search period (days)", ParameterKind.Integer, 30, 365, 90)]),
        new("TRANSFER-UNPAID-WAGES", Mobility, "Unpaid wages for this many months let the worker change employer without the employer's consent.",
            "ILO C95 Art. 12; national policy",
            [new("months", "Months of unpaid wages", ParameterKind.Integer, 1, 6, 2)]),
        new("TRANSFER-GROUNDS", Mobility, "A worker may change employer without the employer's consent for abuse, unpaid wages, the employer's closure or the suspension of its permits; a ground the ministry's records prove is granted at once, any other goes to an admission officer, and the employer cannot block it.",
            "ILO C143 Art. 8; ILO C190; ILO C95 Art. 12; national policy (the gap criticised in Korea's EPS)", []),

        new("LEVY-SERVICES", Levies, "In services, an employer pays a monthly levy per foreign worker by skill level and by the tier of the firm's foreign share (foreign workers of the whole workforce).",
            "Policy default (Singapore MOM services levy, older table: S$300/450, 400/600, 600/800 × 350 KZT per S$, a round policy rate)",
            [
                new("tier1UpToPercent", "Tier 1: foreign share up to (%)", ParameterKind.Percent, 0, 100, 10),
                new("tier2UpToPercent", "Tier 2: foreign share up to (%); above it, tier 3", ParameterKind.Percent, 0, 100, 25),
                new("tier1HigherSkilled", "Tier 1, higher-skilled (ISCO skill level 3–4), per month", ParameterKind.Decimal, 0, 10_000_000, 105_000),
                new("tier1BasicSkilled", "Tier 1, basic-skilled (ISCO skill level 1–2), per month", ParameterKind.Decimal, 0, 10_000_000, 157_500),
                new("tier2HigherSkilled", "Tier 2, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 140_000),
                new("tier2BasicSkilled", "Tier 2, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 210_000),
                new("tier3HigherSkilled", "Tier 3, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 210_000),
                new("tier3BasicSkilled", "Tier 3, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 280_000),
            ]),
        new("LEVY-MANUFACTURING", Levies, "In manufacturing, an employer pays a monthly levy per foreign worker by skill level and by the tier of the firm's foreign share (foreign workers of the whole workforce).",
            "Policy default (Singapore MOM manufacturing levy, older table: S$250/370, 350/470, 550/650 × 350 KZT per S$, a round policy rate)",
            [
                new("tier1UpToPercent", "Tier 1: foreign share up to (%)", ParameterKind.Percent, 0, 100, 25),
                new("tier2UpToPercent", "Tier 2: foreign share up to (%); above it, tier 3", ParameterKind.Percent, 0, 100, 50),
                new("tier1HigherSkilled", "Tier 1, higher-skilled (ISCO skill level 3–4), per month", ParameterKind.Decimal, 0, 10_000_000, 87_500),
                new("tier1BasicSkilled", "Tier 1, basic-skilled (ISCO skill level 1–2), per month", ParameterKind.Decimal, 0, 10_000_000, 129_500),
                new("tier2HigherSkilled", "Tier 2, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 122_500),
                new("tier2BasicSkilled", "Tier 2, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 164_500),
                new("tier3HigherSkilled", "Tier 3, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 192_500),
                new("tier3BasicSkilled", "Tier 3, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 227_500),
            ]),
        new("LEVY-CONSTRUCTION", Levies, "In construction, an employer pays a monthly levy per foreign worker by skill level and by the tier of the firm's foreign share (foreign workers of the whole workforce).",
            "Policy default (Singapore MOM construction levy, one rate per skill level: S$300/700 × 350 KZT per S$, a round policy rate; the ratio rule CEIL-CONSTRUCTION already limits the share, so all tiers are equal)",
            [
                new("tier1UpToPercent", "Tier 1: foreign share up to (%)", ParameterKind.Percent, 0, 100, 100),
                new("tier2UpToPercent", "Tier 2: foreign share up to (%); above it, tier 3", ParameterKind.Percent, 0, 100, 100),
                new("tier1HigherSkilled", "Tier 1, higher-skilled (ISCO skill level 3–4), per month", ParameterKind.Decimal, 0, 10_000_000, 105_000),
                new("tier1BasicSkilled", "Tier 1, basic-skilled (ISCO skill level 1–2), per month", ParameterKind.Decimal, 0, 10_000_000, 245_000),
                new("tier2HigherSkilled", "Tier 2, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 105_000),
                new("tier2BasicSkilled", "Tier 2, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 245_000),
                new("tier3HigherSkilled", "Tier 3, higher-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 105_000),
                new("tier3BasicSkilled", "Tier 3, basic-skilled, per month", ParameterKind.Decimal, 0, 10_000_000, 245_000),
            ]),
        new("LEVY-GRACE", Levies, "A levy statement not paid in full this many days after its due date is in arrears; arrears block new permits.",
            "Policy default",
            [new("graceDays", "Grace after the due date (days)", ParameterKind.Integer, 0, 365, 30)]),
        new("LEVY-NO-WAGE-DEDUCTION", Levies, "The levy is the employer's charge and may never be deducted from the worker's wage.",
            "ILO C95 Art. 8–9; C181 Art. 7", []),
        // The window holds the criteria (dates, which checks apply); these rules hold what is checked and its source.
        new("REGUL-WINDOW-OPEN", Regularisation, "An application is accepted only while the regularisation window is open.",
            "ILO C143 Art. 9; national regularisation decree", []),
        new("REGUL-ARRIVED-BEFORE", Regularisation, "Only workers who arrived before the window's cut-off date qualify.",
            "ILO C143 Art. 9; national regularisation decree", []),
        new("REGUL-REGISTERED-EMPLOYER", Regularisation, "When the window requires it, the worker is employed by an employer in the register.",
            "ILO C143 Art. 9; national regularisation decree", []),
        new("REGUL-NO-SERIOUS-RECORD", Regularisation, "When the window requires it, the applicant declares no serious criminal record.",
            "ILO C143 Art. 9; national regularisation decree", []),

        new("WPS-BELOW-CONTRACT", WageProtection, "A migrant worker's basic wage for a month must be at least the wage of the registered terms (pro rata for part of a month).",
            "ILO C95 Art. 12; C97 Art. 6; terms registered with the work permit", []),
        new("WPS-MIN-WAGE", WageProtection, "A migrant worker's basic wage for a month must be at least the minimum wage of PERMIT-MIN-WAGE (pro rata for part of a month).",
            "ILO C131 Art. 2; C97 Art. 6; minimum wage of PERMIT-MIN-WAGE", []),
        new("WPS-ALLOWANCES", WageProtection, "Allowances the registered terms promise must be paid. Not checked until e-contracts are registered: the work permit's terms promise no allowances.",
            "ILO C95 Art. 12; registered employment contract", []),
        new("WPS-OVERTIME", WageProtection, "Overtime must be paid at least at this share of the contract hourly wage (monthly wage ÷ (weekly hours × 52 ÷ 12)).",
            "ILO C001 Art. 6; Labour Code of the Republic of Kazakhstan Art. 108",
            [new("ratePercent", "Overtime rate (% of the hourly wage)", ParameterKind.Percent, 100, 300, 150)]),
        new("WPS-DEDUCTION-CAP", WageProtection, "Deductions other than tax and social security may not exceed this share of the gross wage.",
            "ILO C95 Art. 8; Labour Code of the Republic of Kazakhstan Art. 115",
            [new("capPercent", "Cap on deductions (% of the gross wage)", ParameterKind.Percent, 0, 100, 50)]),
        new("WPS-DEDUCTION-FORBIDDEN", WageProtection, "No deduction may be made for recruitment fees, the foreign-worker levy (LEVY-NO-WAGE-DEDUCTION) or documents.",
            "ILO C181 Art. 7; C95 Art. 9; LEVY-NO-WAGE-DEDUCTION", []),
        new("WPS-LATE", WageProtection, "Wages must be paid within this many days after the end of the month.",
            "ILO C95 Art. 12; policy default (UAE WPS)",
            [new("days", "Days after the end of the month", ParameterKind.Integer, 0, 60, 15)]),
        new("WPS-UNPAID", WageProtection, "Every worker with a work permit active with the employer in a month must have a payroll line for it.",
            "ILO C95 Art. 12; policy default (UAE WPS)", []),
        new("WPS-EQUAL-TREATMENT", WageProtection, "At one employer, in one occupation and month, migrants' mean basic wage may not be more than this share below nationals' (where nationals' payroll is filed).",
            "ILO C97 Art. 6(1)(a)(i); C143 Art. 10",
            [new("tolerancePercent", "Tolerance (%)", ParameterKind.Percent, 0, 50, 5)]),
        new("WPS-COMPLIANCE", WageProtection, "An employer's month is compliant when at least this share of its migrant workers were paid in full and on time.",
            "Policy default (UAE WPS)",
            [new("minimumPercent", "Workers paid in full and on time (%)", ParameterKind.Percent, 0, 100, 90)]),
        new("WPS-ESCALATION", WageProtection, "Days after the wages of a month fell due (WPS-LATE) at which a non-compliant employer is reminded twice, has new permits suspended, is referred for inspection and is referred to the prosecutor.",
            "Policy default (UAE WPS, Qatar WPS 2.0 escalation)",
            [
                new("firstReminderDays", "First reminder (days)", ParameterKind.Integer, 0, 365, 3),
                new("secondReminderDays", "Second reminder (days)", ParameterKind.Integer, 0, 365, 10),
                new("suspensionDays", "Suspension of new permits (days)", ParameterKind.Integer, 0, 365, 17),
                new("inspectionDays", "Inspection requested (days)", ParameterKind.Integer, 0, 365, 30),
                new("referralDays", "Referral (days)", ParameterKind.Integer, 0, 365, 60),
            ]),
    ];

    private static readonly Dictionary<string, RuleDefinition> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleDefinition? Find(string id) => ById.GetValueOrDefault(id);
}
