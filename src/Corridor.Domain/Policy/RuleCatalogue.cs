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
    public const string Orientation = "Pre-departure orientation";
    public const string EmploymentContracts = "Employment contracts";
    public const string RecruitmentFees = "Recruitment fees";
    public const string Recruitment = "Recruitment";
    public const string Inspections = "Inspections";
    public const string Complaints = "Complaints and cases";

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

        new("ORIENT-REQUIRED", Orientation, "A worker going abroad is cleared for deployment only with a valid pre-departure orientation certificate for the destination (and occupation, when the curriculum names one).",
            "Policy default (Philippines: PDOS mandatory before the OEC; Nepal: orientation certificate required for the labour permit; Bangladesh: BMET pre-departure training certificate); ILO C97 Annex I Art. 5", []),
        new("ORIENT-VALIDITY", Orientation, "An orientation certificate stays valid for this many months after issue (new curricula start from this value).",
            "Policy default (12 months; the anchor systems tie orientation to one deployment)",
            [new("months", "Validity (months)", ParameterKind.Integer, 1, 60, 12)]),
        new("ORIENT-ATTENDANCE", Orientation, "A certificate is issued only when the worker attended at least this share of the curriculum's hours (new curricula start from this value).",
            "Policy default (Nepal: biometric attendance checks against proxies; full attendance)",
            [new("minimumPercent", "Minimum attendance (% of the hours)", ParameterKind.Percent, 50, 100, 100)]),
        new("CONTRACT-PARTICULARS", EmploymentContracts, "A general worker's contract states the employer's address, the workplace, the type of work, normal hours, daily rest, termination with notice and dispute settlement.",
            "ILO C97 Annex I Art. 5 (written contract before departure); policy default (Philippines DMW standard contract, 2016 Rules Sec. 135)", []),
        new("CONTRACT-C189-ART7", EmploymentContracts, "A domestic worker's contract states every particular of C189 Art. 7 (a)–(k), including its duration.",
            "ILO C189 Art. 7 (contract particulars); Art. 8 (before crossing the border)", []),
        new("CONTRACT-WEEKLY-REST", EmploymentContracts, "The worker has at least this many consecutive hours of weekly rest.",
            "ILO C189 Art. 10(2) (domestic workers: at least 24 consecutive hours); C014 Art. 2 and C106 Art. 6 (24 consecutive hours in every 7 days)",
            [new("minConsecutiveHours", "Minimum consecutive weekly rest (hours)", ParameterKind.Integer, 24, 72, 24)]),
        new("CONTRACT-PAY-PERIOD", EmploymentContracts, "The wage is paid at regular intervals, at most this many days apart.",
            "ILO C189 Art. 12(1) (at least once a month); C95 Art. 12(1)",
            [new("maxDaysBetweenPayments", "Longest interval between payments (days)", ParameterKind.Integer, 7, 31, 31)]),
        new("CONTRACT-NO-FEES", EmploymentContracts, "No recruitment fee or related cost (travel to the jobsite, documents, medical, training, equipment) is charged to the worker or deducted from the wage.",
            "ILO C181 Art. 7(1); C189 Art. 15(1)(e); ILO General principles for fair recruitment No. 7 (employer pays)", []),
        new("CONTRACT-EQUAL-TREATMENT", EmploymentContracts, "The wage is not below nationals' wage for the occupation at destination, where the regulator records one.",
            "ILO C97 Art. 6(1)(a)(i) and Annex I; C143 Art. 10", []),
        new("CONTRACT-MIN-WAGE", EmploymentContracts, "The monthly wage is at least the higher of the destination's minimum wage and the policy floor.",
            "Policy default (Philippines DMW: not below the higher of the host and home minimum wage); ILO C131 Art. 2; C189 Art. 11",
            [new("policyFloorMonthlyKzt", "Policy floor (KZT a month)", ParameterKind.Decimal, 0, 100_000_000, 85_000)]),
        new("CONTRACT-MAX-HOURS", EmploymentContracts, "Normal hours do not exceed these limits.",
            "ILO C001 Art. 2 (8 hours a day, 48 a week); C189 Art. 10(1); policy default (Philippines DMW: 8 hours a day)",
            [
                new("maxDailyHours", "Maximum hours a day", ParameterKind.Integer, 4, 12, 8),
                new("maxWeeklyHours", "Maximum hours a week", ParameterKind.Integer, 20, 60, 48),
            ]),
        new("CONTRACT-OVERTIME", EmploymentContracts, "Overtime is paid at least at this percentage of the normal hourly wage.",
            "ILO C001 Art. 6(2) (not less than one and one-quarter times the regular rate); C189 Art. 10(1)",
            [new("minRatePercent", "Minimum overtime rate (%)", ParameterKind.Integer, 100, 300, 125)]),
        new("CONTRACT-PAID-LEAVE", EmploymentContracts, "The worker has at least this many days of paid annual leave.",
            "ILO C132 Art. 3(3) (at least three working weeks); C189 Art. 7(g) and Art. 10(1)",
            [new("minDays", "Minimum paid annual leave (days)", ParameterKind.Integer, 0, 60, 15)]),
        new("CONTRACT-RETURN-TRAVEL", EmploymentContracts, "The employer pays the worker's return travel at the end of the contract.",
            "ILO C189 Art. 7(j); C97 Annex I; policy default (Philippines DMW standard contract: repatriation at the employer's expense)", []),
        new("CONTRACT-LANGUAGE", EmploymentContracts, "The contract is given in a language the worker reads.",
            "ILO C189 Art. 7 (easily understandable); C97 Annex I Art. 5; ILO General principles for fair recruitment No. 8", []),
        new("CONTRACT-PROBATION", EmploymentContracts, "A probation period lasts at most this many days (advisory).",
            "Policy default (Labour Code of the Republic of Kazakhstan Art. 36: at most three months); C189 Art. 7(i)",
            [new("maxDays", "Longest probation (days)", ParameterKind.Integer, 0, 366, 90)]),
        new("CONTRACT-MEDICAL-INSURANCE", EmploymentContracts, "The employer provides insurance and medical care (advisory).",
            "Policy default (Philippines DMW standard contract: free emergency medical and dental treatment); ILO C97 Art. 6(1)(b)", []),
        new("CONTRACT-SUBSTITUTION", EmploymentContracts, "The contract registered at destination, or a later amendment, is no worse for the worker than the approved one; a worse term opens a case.",
            "ILO C97 Annex I Art. 5; ILO General principles for fair recruitment No. 8–9; policy default (Philippines RA 8042 Sec. 6(i): substitution to the worker's prejudice)", []),
        // Employer pays: the default cap is nothing at all; the regulator's dated exceptions (C181 Art. 7(2)) may allow more.
        new("FEE-CAP", RecruitmentFees, "Workers may pay recruitment fees and related costs of at most this many months of basic wage, unless an exception in force for the destination and occupation says otherwise; any amount above the cap opens a violation case against the agency.",
            "ILO C181 Art. 7; ILO General principles for fair recruitment, principle 7 (employer pays)",
            [new("capMonths", "Cap (months of basic wage; 0 = employer pays)", ParameterKind.Decimal, 0, 12, 0)]),
        new("FEE-DOMESTIC-ZERO", RecruitmentFees, "Domestic workers (ISCO-08 9111) never pay recruitment fees or related costs; any amount opens a violation case against the agency.",
            "ILO C189 Art. 15(1)(e)", []),
        // Agency licensing: amounts in national currency (KZT), the Philippine figures converted at about 9 KZT per PhP and rounded.
        new("AGENCY-CAPITAL", Recruitment, "A recruitment agency needs at least this paid-up capital to be licensed.",
            "Policy default (Philippines DMW: PhP 5 M paid-up capital, 2016 Revised POEA Rules Part II); ILO C181 Art. 3",
            [new("minimumCapital", "Minimum paid-up capital", ParameterKind.Decimal, 0, 10_000_000_000, 45_000_000)]),
        new("AGENCY-ESCROW", Recruitment, "A recruitment agency keeps at least this deposit in escrow for workers' claims; below it, it may not deploy.",
            "Policy default (Philippines DMW: PhP 1 M escrow deposit, 2016 Revised POEA Rules Part II)",
            [new("requiredDeposit", "Required escrow deposit", ParameterKind.Decimal, 0, 10_000_000_000, 9_000_000)]),
        new("AGENCY-BOND", Recruitment, "A recruitment agency posts a surety bond of at least this amount.",
            "Policy default (Philippines DMW surety bond, 2016 Revised POEA Rules Part II)",
            [new("minimumBond", "Minimum surety bond", ParameterKind.Decimal, 0, 10_000_000_000, 900_000)]),
        new("AGENCY-CLEARANCE", Recruitment, "Every officer of an agency has a police clearance no older than this many months.",
            "Policy default (Philippines DMW: NBI clearance of all officers and staff)",
            [new("maxAgeMonths", "Maximum age of a clearance (months)", ParameterKind.Integer, 1, 36, 6)]),
        new("AGENCY-DISQUALIFIED", Recruitment, "No officer of an agency whose licence was cancelled may be an officer of an agency applying for a licence.",
            "Policy default (Philippines DMW: disqualified persons, 2016 Revised POEA Rules Part II)", []),
        new("AGENCY-LICENCE-YEARS", Recruitment, "A recruitment licence is granted or renewed for this many years.",
            "Policy default (Philippines DMW: licence valid 4 years)",
            [new("years", "Validity (years)", ParameterKind.Integer, 1, 10, 4)]),
        new("AGENCY-RENEWAL-WINDOW", Recruitment, "A licence may be renewed only in the last this many months of its validity.",
            "Policy default (Philippines DMW)",
            [new("months", "Renewal window (months before expiry)", ParameterKind.Integer, 1, 24, 3)]),
        new("INSP-RISK-WEIGHTS", Inspections, "Employers are ranked for inspection by a risk score: the weighted sum of the sector's risk level, complaints, wage-protection alerts and violations found within the look-back period, the migrant share of the workforce (0 to 1) and the size band (1: under 10, 2: 10-49, 3: 50-249, 4: 250 and more).",
            "ILO C081 Art. 10, 16 (inspections as often as needed, staff by risk); policy default",
            [
                new("sectorRisk", "Weight: sector risk level", ParameterKind.Decimal, 0, 100, 10),
                new("complaints", "Weight: per complaint", ParameterKind.Decimal, 0, 100, 5),
                new("wageAlerts", "Weight: per wage-protection alert", ParameterKind.Decimal, 0, 100, 4),
                new("priorViolations", "Weight: per violation found", ParameterKind.Decimal, 0, 100, 8),
                new("migrantShare", "Weight: migrant share of the workforce (0 to 1)", ParameterKind.Decimal, 0, 100, 20),
                new("size", "Weight: size band", ParameterKind.Decimal, 0, 100, 2),
                new("lookbackMonths", "Look-back for complaints, alerts and violations (months)", ParameterKind.Integer, 1, 120, 24),
            ]),
        new("INSP-SECTOR-RISK", Inspections, "The risk level of each ISIC section (0 to 5); construction, agriculture and fishing, and domestic work are high by default.",
            "ILO C081 Art. 10, 16; policy default",
            [
                new("A", "A: Agriculture, forestry and fishing", ParameterKind.Integer, 0, 5, 3),
                new("B", "B: Mining and quarrying", ParameterKind.Integer, 0, 5, 2),
                new("C", "C: Manufacturing", ParameterKind.Integer, 0, 5, 2),
                new("D", "D: Electricity and gas", ParameterKind.Integer, 0, 5, 1),
                new("E", "E: Water and waste", ParameterKind.Integer, 0, 5, 2),
                new("F", "F: Construction", ParameterKind.Integer, 0, 5, 3),
                new("G", "G: Wholesale and retail trade", ParameterKind.Integer, 0, 5, 1),
                new("H", "H: Transport and storage", ParameterKind.Integer, 0, 5, 2),
                new("I", "I: Accommodation and food service", ParameterKind.Integer, 0, 5, 2),
                new("J", "J: Information and communication", ParameterKind.Integer, 0, 5, 1),
                new("K", "K: Finance and insurance", ParameterKind.Integer, 0, 5, 1),
                new("L", "L: Real estate", ParameterKind.Integer, 0, 5, 1),
                new("M", "M: Professional and technical activities", ParameterKind.Integer, 0, 5, 1),
                new("N", "N: Administrative and support services", ParameterKind.Integer, 0, 5, 2),
                new("O", "O: Public administration", ParameterKind.Integer, 0, 5, 1),
                new("P", "P: Education", ParameterKind.Integer, 0, 5, 1),
                new("Q", "Q: Health and social work", ParameterKind.Integer, 0, 5, 1),
                new("R", "R: Arts and recreation", ParameterKind.Integer, 0, 5, 1),
                new("S", "S: Other services", ParameterKind.Integer, 0, 5, 1),
                new("T", "T: Households as employers (domestic work)", ParameterKind.Integer, 0, 5, 3),
                new("U", "U: Extraterritorial organisations", ParameterKind.Integer, 0, 5, 1),
            ]),
        new("INSP-PLAN", Inspections, "The inspection plan lists, per region, this many employers with the highest risk score that were not inspected within the given months.",
            "ILO C081 Art. 16; policy default",
            [
                new("topN", "Employers per region", ParameterKind.Integer, 1, 500, 10),
                new("skipInspectedMonths", "Skip employers inspected within (months)", ParameterKind.Integer, 0, 60, 12),
            ]),
        new("CASE-CONCILIATION", Complaints, "A case in conciliation must be settled or escalated to adjudication within this many days of the start of conciliation.",
            "Policy default (Philippines SEnA: 30-day single-entry approach)",
            [new("days", "Conciliation period (days)", ParameterKind.Integer, 1, 180, 30)]),
        new("CASE-ADJUDICATION", Complaints, "A case in adjudication must be decided within this many days of escalation.",
            "Policy default (Philippines NLRC: decision within 90 days)",
            [new("days", "Adjudication period (days)", ParameterKind.Integer, 1, 365, 90)]),
        new("CASE-FORCED-LABOUR", Complaints, "Triage flags a likely forced-labour case when a dimension has an involuntariness and a penalty item, one of them strong; a likely trafficking case when unfree recruitment is positive and the worker was recruited across a border. Flagged cases go for urgent referral.",
            "ILO C29 Art. 2(1); ILO, Hard to see, harder to count (2012); item table illustrative", []),
    ];

    private static readonly Dictionary<string, RuleDefinition> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static RuleDefinition? Find(string id) => ById.GetValueOrDefault(id);
}
