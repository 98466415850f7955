namespace Corridor.Web.Features.Protection.Inspections;

/// <summary>English labels (resource keys) of the risk factors and of the enums the inspection pages show.</summary>
public static class RiskLabels
{
    public static string Factor(string key) => key switch
    {
        "sectorRisk" => "Sector risk",
        "complaints" => "Complaints",
        "wageAlerts" => "Wage-protection alerts",
        "priorViolations" => "Prior violations",
        "migrantShare" => "Migrant share",
        "size" => "Size band",
        _ => key,
    };
}
