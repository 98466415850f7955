using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Infrastructure.Http;

/// <summary>
/// Pages show enum values through the localizer (<c>L[status.ToString()]</c>): Russian comes from the resource file,
/// and English, which has no resource file (the keys are the English texts), would show the code name
/// ("SeekingEmployer"). This wrapper turns an untranslated code name into words ("Seeking employer") so every
/// enum reads as text in English without a second list of names to keep in step.
/// </summary>
public sealed partial class CodeNameLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new CodeNameLocalizer(inner.Create(resourceSource));
    public IStringLocalizer Create(string baseName, string location) => new CodeNameLocalizer(inner.Create(baseName, location));

    private sealed class CodeNameLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Words(inner[name]);
        public LocalizedString this[string name, params object[] arguments] => Words(inner[name, arguments]);
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private static LocalizedString Words(LocalizedString s) =>
            s.ResourceNotFound && CodeName().IsMatch(s.Value) ? new LocalizedString(s.Name, Humanise(s.Value), true, s.SearchedLocation) : s;
    }

    /// <summary>A PascalCase identifier of at least two words, e.g. "SeekingEmployer", "NoLmtCertificate", "HIVTest".</summary>
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*$")]
    private static partial Regex CodeName();

    /// <summary>"SeekingEmployer" → "Seeking employer"; acronyms keep their capitals ("ISCOCode" → "ISCO code").</summary>
    public static string Humanise(string codeName)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i < codeName.Length; i++)
        {
            var c = codeName[i];
            var prev = codeName[i - 1];
            var next = i + 1 < codeName.Length ? codeName[i + 1] : '\0';
            var boundary = char.IsUpper(c) && (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && char.IsLower(next)))
                           || char.IsDigit(c) && char.IsLetter(prev);
            if (!boundary) continue;
            words.Add(codeName[start..i]);
            start = i;
        }
        words.Add(codeName[start..]);
        var text = new StringBuilder(words[0]);
        foreach (var w in words.Skip(1))
            text.Append(' ').Append(w.Length > 1 && w.All(char.IsUpper) ? w : w.ToLowerInvariant());
        return text.ToString();
    }
}
