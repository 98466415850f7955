using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corridor.Domain.Registry;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Web.Tests.I18n;

/// <summary>
/// Every text the UI shows must exist in Russian: the test collects the keys used in pages, forms
/// and validators (L["…"], [Display(Name = "…")]) plus the enum and audit-action names shown through
/// the localizer, and compares them with SharedResource.ru.resx.
/// </summary>
public partial class RussianTranslationTests
{
    private static readonly string WebRoot = Path.Combine(FindRepoRoot(), "src", "Corridor.Web");

    [GeneratedRegex("""\b[Ll]\["((?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""Display\(Name = "([^"]+)"\)""")]
    private static partial Regex DisplayName();

    /// <summary>Domain rules speak English; the web layer shows their messages through the localizer.</summary>
    [GeneratedRegex("""(?:DomainException|RuleProblem|new)\("((?:[^"\\]|\\.)+)"[,)]""")]
    private static partial Regex DomainMessage();

    public static IEnumerable<string> UsedKeys()
    {
        var files = Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/"));
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match m in LocalizerKey().Matches(text)) keys.Add(Regex.Unescape(m.Groups[1].Value));
            foreach (Match m in DisplayName().Matches(text)) keys.Add(m.Groups[1].Value);
        }
        var domainRoot = Path.Combine(FindRepoRoot(), "src", "Corridor.Domain");
        foreach (var file in Directory.EnumerateFiles(domainRoot, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/")))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in DomainMessage().Matches(text))
                if (m.Value.StartsWith("DomainException") || file.EndsWith("PolicyRules.cs")) keys.Add(Regex.Unescape(m.Groups[1].Value));
        }
        // The rule catalogue's texts (citations are data and stay as written).
        foreach (var rule in Corridor.Domain.Policy.RuleCatalogue.All)
        {
            keys.Add(rule.Area);
            keys.Add(rule.Description);
            foreach (var p in rule.Parameters) keys.Add(p.Label);
        }
        // The statistics indicators' texts (their references are citations and stay as written).
        foreach (var indicator in Corridor.Domain.Statistics.Indicators.All)
        {
            keys.Add(indicator.Name);
            keys.Add(indicator.Description);
            keys.Add(indicator.Unit);
            if (indicator.CategoryName is { } category) keys.Add(category);
        }
        // Every enum of the domain is shown somewhere through L[value.ToString()] (status columns, filters, choices),
        // and audit actions through L[event.Action].
        foreach (var name in DomainEnumNames().Concat(["created", "updated", "deleted"]))
            keys.Add(name);
        return keys;
    }

    public static IEnumerable<string> DomainEnumNames() =>
        typeof(Corridor.Domain.Common.Entity).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic)
            .SelectMany(Enum.GetNames);

    [Fact]
    public void Every_ui_text_has_a_russian_translation()
    {
        var resx = XDocument.Load(Path.Combine(WebRoot, "Resources", "SharedResource.ru.resx"));
        var translated = resx.Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        var used = UsedKeys().ToList();
        Assert.True(used.Count > 100, $"only {used.Count} keys found: the scan is broken");
        var missing = used.Where(k => !translated.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing Russian translations:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Pages_render_in_russian_after_the_language_switch()
    {
        using var app = new CorridorAppFactory();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var switched = await client.GetAsync("/culture?c=ru&returnUrl=/account/login");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("Войти", html);
        Assert.DoesNotContain(">Sign in<", html);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Corridor.slnx not found above the test output.");
    }
}

/// <summary>English has no resource file: code names shown through the localizer read as words.</summary>
public class CodeNameTests
{
    [Theory]
    [InlineData("SeekingEmployer", "Seeking employer")]
    [InlineData("NoLmtCertificate", "No lmt certificate")]
    [InlineData("ISCOCode", "ISCO code")]
    [InlineData("Over90Days", "Over 90 days")]
    [InlineData("Open", "Open")]
    public void Code_names_become_words(string code, string words) =>
        Assert.Equal(words, Corridor.Web.Infrastructure.Http.CodeNameLocalizerFactory.Humanise(code));

    [Fact]
    public async Task An_english_page_shows_statuses_as_words_and_russian_keeps_its_translation()
    {
        using var app = new CorridorAppFactory();
        var en = (Microsoft.Extensions.Localization.IStringLocalizer)app.Services
            .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Corridor.Web.SharedResource>>();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
            Assert.Equal("Seeking employer", en["SeekingEmployer"].Value);
            Assert.Equal("Status", en["Status"].Value);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ru");
            Assert.NotEqual("Seeking employer", en["SeekingEmployer"].Value);
            Assert.NotEqual("SeekingEmployer", en["SeekingEmployer"].Value);
        }
        finally { System.Globalization.CultureInfo.CurrentUICulture = previous; }
        await Task.CompletedTask;
    }
}
