using System.Collections.Concurrent;
using Corridor.Testing;

namespace Corridor.Web.Tests.Support;

/// <summary>
/// One app per database provider for a whole test class (xunit runs a class's tests one after another),
/// started on first use, so a class whose tests are [DatabaseTheory]s pays one app start per provider and
/// an unconfigured PostgreSQL costs nothing.
/// </summary>
public abstract class ProviderApps<T>(Func<TestProvider, Task<T>> start) : IDisposable where T : CorridorAppFactory
{
    private readonly ConcurrentDictionary<TestProvider, Lazy<Task<T>>> _apps = new();

    public Task<T> GetAsync(TestProvider provider) =>
        _apps.GetOrAdd(provider, p => new Lazy<Task<T>>(() => StartAsync(p))).Value;

    private async Task<T> StartAsync(TestProvider provider)
    {
        try
        {
            return await start(provider);
        }
        catch
        {
            _apps.TryRemove(provider, out _);
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var lazy in _apps.Values)
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully) lazy.Value.Result.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A seeded demo country (the default size, as <see cref="SeededApp"/>) on each provider.</summary>
public sealed class SeededApps() : ProviderApps<CorridorAppFactory>(async provider =>
{
    var app = new CorridorAppFactory(provider);
    try
    {
        await app.SeedAsync();
        return app;
    }
    catch
    {
        app.Dispose();
        throw;
    }
});
