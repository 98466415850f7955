using System.Text.RegularExpressions;

namespace Corridor.Web.Tests.Platform;

/// <summary>
/// The form tag helper adds the anti-forgery token only to forms it builds the action for; a POST form with a
/// hand-written <c>action</c> needs <c>asp-antiforgery="true"</c>, or a real browser gets "the form may have expired"
/// (tests posting through PostFormAsync fetch a token elsewhere and would not notice). Found on the contract, permit and
/// vacancy pages.
/// </summary>
public partial class AntiforgeryFormTests
{
    [GeneratedRegex("""<form\b[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormTag();

    [Fact]
    public void Every_post_form_with_a_written_action_carries_the_antiforgery_token()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx"))) dir = dir.Parent;
        var root = Path.Combine(dir!.FullName, "src", "Corridor.Web", "Features");
        var offenders = new List<string>();
        var posts = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            foreach (Match m in FormTag().Matches(File.ReadAllText(file)))
            {
                var tag = m.Value;
                if (!Regex.IsMatch(tag, """method\s*=\s*"post" """.Trim(), RegexOptions.IgnoreCase)) continue;
                posts++;
                if (Regex.IsMatch(tag, """\saction\s*=""") && !tag.Contains("asp-antiforgery=\"true\""))
                    offenders.Add($"{Path.GetRelativePath(root, file)}: {tag}");
            }
        Assert.True(posts > 20, $"only {posts} POST forms found: the scan is broken");
        Assert.True(offenders.Count == 0, "POST forms without the anti-forgery token:\n" + string.Join("\n", offenders));
    }
}
