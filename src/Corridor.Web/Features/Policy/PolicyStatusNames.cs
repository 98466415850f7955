using Corridor.Domain.Policy;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Policy;

/// <summary>
/// A policy set's status in words. Its own keys, because "Active" and "Withdrawn" are already a job
/// seeker's statuses and read quite differently in Russian ("Ищет работу", "Снят с учёта").
/// </summary>
public static class PolicyStatusNames
{
    public static string StatusName(this IStringLocalizer l, PolicySetStatus status) => status switch
    {
        PolicySetStatus.Draft => l["Draft"],
        PolicySetStatus.OpenForComment => l["Open for comment"],
        PolicySetStatus.Active => l["Adopted"],
        PolicySetStatus.Withdrawn => l["Withdrawn draft"],
        _ => status.ToString(),
    };
}
