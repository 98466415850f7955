using Corridor.Testing;
using Microsoft.Playwright;

namespace Corridor.E2E;

/// <summary>
/// One Chromium for the whole browser collection. Debian's /usr/bin/chromium, never a downloaded one:
/// the machine has no internet, and Playwright would otherwise look in ~/.cache/ms-playwright.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags that keep Chromium quiet and offline in a container.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started ([BrowserFact] should have skipped this test).");

    public async Task InitializeAsync()
    {
        // xunit builds fixtures even when every test is skipped; without Chromium there is nothing to start.
        if (!File.Exists(BrowserFactAttribute.ChromiumPath)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>
/// Every browser test class joins this collection: they share one Chromium and run one after another,
/// which on a 2-core machine is also the fastest order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>The real app on Kestrel with a seeded demo country, one per test class.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public CorridorAppFactory App { get; } = new(TestProvider.Sqlite, kestrel: true);
    public string RootUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath)) return; // the tests will be skipped
        RootUrl = App.RootUrl;
        await App.SeedAsync();
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
