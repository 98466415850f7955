using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Corridor.Testing;

public enum TestProvider
{
    Sqlite,
    Postgres,
}

public static class TestDatabases
{
    /// <summary>Base connection string of a PostgreSQL server for tests; scripts/test starts one and sets it.</summary>
    public static string? PostgresBase => Environment.GetEnvironmentVariable("CORRIDOR_TEST_POSTGRES");
    public static bool PostgresConfigured => !string.IsNullOrWhiteSpace(PostgresBase);
    public const string PostgresSkipReason = "PostgreSQL is not configured: set CORRIDOR_TEST_POSTGRES (scripts/test starts a server and sets it).";
}

/// <summary>
/// The same test on every database (bitwarden's DatabaseData idea): the method takes a
/// <see cref="TestProvider"/> and runs once per provider. An unconfigured provider is reported as
/// skipped, never as passed.
/// </summary>
[XunitTestCaseDiscoverer("Corridor.Testing.DatabaseTheoryDiscoverer", "Corridor.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : FactAttribute;

public sealed class DatabaseTheoryDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        yield return new XunitTestCase(sink, display, displayOptions, method, [TestProvider.Sqlite]);
        yield return TestDatabases.PostgresConfigured
            ? new XunitTestCase(sink, display, displayOptions, method, [TestProvider.Postgres])
            : new XunitSkippedDataRowTestCase(sink, display, displayOptions, method, TestDatabases.PostgresSkipReason, [TestProvider.Postgres]);
    }
}

/// <summary>A test that only makes sense on PostgreSQL (real parallel writers); skipped when it is not configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabases.PostgresConfigured) Skip = TestDatabases.PostgresSkipReason;
    }
}

/// <summary>A browser test; skipped when Chromium is not installed (scripts/test installs Debian's chromium).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath)) Skip = $"{ChromiumPath} not found: apt-get install chromium (scripts/test does).";
    }
}
