using Microsoft.Playwright;

namespace Corridor.E2E;

/// <summary>
/// A fresh browser context (own cookies, own settings) and one page for a single test. Collects the
/// console errors and uncaught script errors of every page the test visits.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Desktop width the screenshots in docs/screenshots are taken at.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private readonly List<string> _consoleErrors = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) => { if (m.Type == "error") _consoleErrors.Add($"{m.Text} @ {m.Location} (on {page.Url})"); };
        page.PageError += (_, e) => _consoleErrors.Add($"uncaught: {e} (on {page.Url})");
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public static async Task<BrowserSession> OpenAsync(BrowserFixture browser, SeededApp app, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = app.RootUrl,
            ViewportSize = Desktop,
            // en-US: English UI and a predictable mm/dd/yyyy order in native date inputs.
            Locale = "en-US",
            TimezoneId = "UTC",
        };
        configure?.Invoke(options);
        var context = await browser.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>Forgets console errors the test caused on purpose (e.g. the 404 of a page it must not see).</summary>
    public void ForgetConsoleErrors(Func<string, bool> expected) => _consoleErrors.RemoveAll(e => expected(e));

    public void AssertNoConsoleErrors() =>
        Assert.True(_consoleErrors.Count == 0, "Console errors:\n" + string.Join('\n', _consoleErrors));

    /// <summary>
    /// Full-page screenshot into docs/screenshots, only when CORRIDOR_SCREENSHOTS=1, so that ordinary
    /// test runs do not rewrite the committed images.
    /// </summary>
    public async Task ScreenshotAsync(string fileName)
    {
        if (Environment.GetEnvironmentVariable("CORRIDOR_SCREENSHOTS") != "1") return;
        var path = Path.Combine(RepoRoot.Path, "docs", "screenshots", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Corridor.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Corridor.slnx not found above " + AppContext.BaseDirectory);
    }
}
