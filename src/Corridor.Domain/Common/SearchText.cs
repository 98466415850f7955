namespace Corridor.Domain.Common;

/// <summary>
/// Search keys are stored upper-cased by the application: SQLite's LIKE and lower() fold only ASCII,
/// so Cyrillic names would not match case-insensitively otherwise. Both providers then run the same
/// plain comparison.
/// </summary>
public static class SearchText
{
    public static string Normalize(params string?[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()))
            .ToUpperInvariant();
}
