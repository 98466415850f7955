namespace Corridor.Web.Features.Shared;

/// <summary>Registry rules a country sets in configuration (section "Registry").</summary>
public sealed class RegistryOptions
{
    /// <summary>Minimum age for employment (C138 sets 15 as the general floor).</summary>
    public int MinimumWorkingAge { get; set; } = 15;
}
