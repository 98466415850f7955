using System.Xml.Linq;
using Corridor.Domain.Protection;
using Corridor.Web.Features.Protection.Complaints;

namespace Corridor.Web.Tests.Protection;

/// <summary>
/// The complaints pages show texts the source scan cannot see — enum values, labels chosen at run time
/// and the triage item table — so each is checked here against the Russian resources.
/// </summary>
public sealed class ProtectionTranslationTests
{
    public static IEnumerable<string> DynamicKeys() =>
        Enum.GetValues<ComplaintCategory>().Select(ProtectionText.Category)
            .Concat(Enum.GetValues<ForcedLabourDimension>().Select(ProtectionText.Dimension))
            .Concat(Enum.GetValues<IloIndicator>().Select(ProtectionText.Indicator))
            .Concat(Enum.GetValues<TriageItemKind>().Select(ProtectionText.Kind))
            .Concat(Enum.GetValues<TriageItemStrength>().Select(ProtectionText.Strength))
            .Concat(Enum.GetNames<CaseStatus>())
            .Concat(Enum.GetNames<PaidFrom>())
            .Concat(Enum.GetNames<ComplaintChannel>())
            .Concat(Enum.GetValues<CaseStatus>().Select(CaseAccess.NextStep))
            .Concat(Enum.GetValues<CaseStatus>().SelectMany(CaseActions.For).Select(CaseActions.Label))
            .Concat(ForcedLabourRule.Default.Items.Select(i => i.Description))
            .Concat([CaseSlaReminders.EmployerMessage, CaseSlaReminders.WorkerMessage])
            .Distinct();

    [Fact]
    public void Every_complaints_text_shown_at_run_time_has_a_russian_translation()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Corridor.slnx"))) dir = dir.Parent;
        var resx = XDocument.Load(Path.Combine(dir.FullName, "src", "Corridor.Web", "Resources", "SharedResource.ru.resx"));
        var translated = resx.Root!.Elements("data").Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);
        var missing = DynamicKeys().Where(k => !translated.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing Russian translations:\n" + string.Join("\n", missing));
    }
}
