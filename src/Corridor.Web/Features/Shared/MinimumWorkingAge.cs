using Corridor.Web.Features.Policy;
using Microsoft.Extensions.Options;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// The minimum age for employment the registry enforces: rule REG-MIN-AGE of the policy set in force, so the
/// number and its citation live in one place. Configuration (Registry:MinimumWorkingAge) only covers a new
/// deployment before its first policy set is active.
/// </summary>
public sealed class MinimumWorkingAge(PolicyBook book, IOptions<RegistryOptions> options)
{
    private int? _years;

    /// <summary>The age read by the last <see cref="GetAsync"/> (for the error message).</summary>
    public int Years => _years ?? options.Value.MinimumWorkingAge;

    public async Task<int> GetAsync(CancellationToken ct)
    {
        if (_years is { } known) return known;
        var policy = await book.InForceAsync(book.Today, ct);
        _years = policy?.Rules.GetInt("REG-MIN-AGE", "minimumAge") ?? options.Value.MinimumWorkingAge;
        return _years.Value;
    }
}
