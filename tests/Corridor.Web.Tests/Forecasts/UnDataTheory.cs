using Corridor.Testing;
using Corridor.Web.Features.Forecasts;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Corridor.Web.Tests.Forecasts;

/// <summary>Where the real UN files are for tests: ../shared/data next to the repository (or a folder above it).</summary>
public static class UnTestData
{
    public static string? Folder => UnData.Locate(AppContext.BaseDirectory);
    public const string SkipReason = "The real UN data (../shared/data with un-desa-migrant-stock-2019-origin-destination.csv and wpp2019/) is not next to the repository.";
}

/// <summary>A <see cref="DatabaseTheoryAttribute"/> on the real UN files: skipped, with the reason, when they are missing.</summary>
[XunitTestCaseDiscoverer("Corridor.Web.Tests.Forecasts.UnDataTheoryDiscoverer", "Corridor.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnDataTheoryAttribute : FactAttribute;

public sealed class UnDataTheoryDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute)
    {
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        foreach (var provider in new[] { TestProvider.Sqlite, TestProvider.Postgres })
        {
            string? skip = UnTestData.Folder is null ? UnTestData.SkipReason
                : provider == TestProvider.Postgres && !TestDatabases.PostgresConfigured ? TestDatabases.PostgresSkipReason : null;
            yield return skip is null
                ? new XunitTestCase(sink, display, displayOptions, method, [provider])
                : new XunitSkippedDataRowTestCase(sink, display, displayOptions, method, skip, [provider]);
        }
    }
}
