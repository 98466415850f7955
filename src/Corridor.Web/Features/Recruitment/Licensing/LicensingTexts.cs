using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Licensing;

/// <summary>The ministry's words for licensing's enum values (English keys of the resource file), and option lists of them.</summary>
public static class LicensingTexts
{
    public static string Category(LicenceReasonCategory c, IStringLocalizer l) => c switch
    {
        LicenceReasonCategory.IllegalFees => l["Illegal fees charged to workers"],
        LicenceReasonCategory.ContractViolation => l["Contract violation or substitution"],
        LicenceReasonCategory.FinancialRequirements => l["Escrow, bond or capital below the requirement"],
        LicenceReasonCategory.Misrepresentation => l["False documents or misrepresentation"],
        LicenceReasonCategory.WorkerComplaints => l["Decided complaints of workers"],
        LicenceReasonCategory.AgencyRequest => l["At the agency's request"],
        LicenceReasonCategory.ValidityEnded => l["Validity ended"],
        _ => l["Other"],
    };

    public static string Action(LicenceAction a, IStringLocalizer l) => a switch
    {
        LicenceAction.Grant => l["Grant the licence"],
        LicenceAction.Suspend => l["Suspend the licence"],
        LicenceAction.LiftSuspension => l["Lift the suspension"],
        LicenceAction.Cancel => l["Cancel the licence"],
        _ => l["Renew the licence"],
    };

    public static string Entry(EscrowEntryKind k, IStringLocalizer l) => k switch
    {
        EscrowEntryKind.Deposit => l["Deposit"],
        EscrowEntryKind.TopUp => l["Top-up"],
        _ => l["Claim paid to a worker"],
    };

    public static string Kind(LicenceApplicationKind k, IStringLocalizer l) => k switch
    {
        LicenceApplicationKind.New => l["New licence"],
        _ => l["Renewal"],
    };

    /// <summary>The categories an officer may choose (the expiry job's own is not one).</summary>
    public static IEnumerable<SelectListItem> Categories(IStringLocalizer l) =>
        Enum.GetValues<LicenceReasonCategory>().Where(c => c != LicenceReasonCategory.ValidityEnded)
            .Select(c => new SelectListItem(Category(c, l), c.ToString()));

    public static IEnumerable<SelectListItem> Entries(IStringLocalizer l) =>
        Enum.GetValues<EscrowEntryKind>().Select(k => new SelectListItem(Entry(k, l), k.ToString()));

    public static IEnumerable<SelectListItem> Kinds(IStringLocalizer l) =>
        Enum.GetValues<LicenceApplicationKind>().Select(k => new SelectListItem(Kind(k, l), k.ToString()));

    public static IEnumerable<SelectListItem> PublicStatuses(IStringLocalizer l) =>
        Enum.GetValues<LicenceStatus>().Where(s => s != LicenceStatus.Applied).Select(s => new SelectListItem(l[s.ToString()], s.ToString()));

    public static string Accreditation(AccreditationStatus s, IStringLocalizer l) => s switch
    {
        AccreditationStatus.Applied => l["Applied"],
        AccreditationStatus.Accredited => l["Accredited"],
        AccreditationStatus.Expired => l["Expired"],
        _ => l["Revoked"],
    };

    public static string Document(EmployerDocument d, IStringLocalizer l) => d switch
    {
        EmployerDocument.BusinessRegistration => l["Business registration"],
        EmployerDocument.ManpowerRequest => l["Manpower request"],
        EmployerDocument.RecruitmentAgreement => l["Recruitment agreement with the agency"],
        EmployerDocument.MasterEmploymentContract => l["Master employment contract"],
        _ => l["Affidavit of undertaking"],
    };

    public static string JobOrder(JobOrderStatus s, IStringLocalizer l) => s switch
    {
        JobOrderStatus.Draft => l["Draft"],
        JobOrderStatus.Verified => l["Verified"],
        _ => l["Rejected"],
    };

    public static IEnumerable<SelectListItem> Accreditations(IStringLocalizer l) =>
        Enum.GetValues<AccreditationStatus>().Select(s => new SelectListItem(Accreditation(s, l), s.ToString()));

    public static IEnumerable<SelectListItem> Documents(IStringLocalizer l) =>
        Enum.GetValues<EmployerDocument>().Select(d => new SelectListItem(Document(d, l), d.ToString()));

    public static IEnumerable<SelectListItem> JobOrders(IStringLocalizer l) =>
        Enum.GetValues<JobOrderStatus>().Select(s => new SelectListItem(JobOrder(s, l), s.ToString()));
}
