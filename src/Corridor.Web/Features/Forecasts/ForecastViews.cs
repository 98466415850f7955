using Corridor.Web.Infrastructure.Http;

namespace Corridor.Web.Features.Forecasts;

/// <summary>Field errors collected before a handler answers.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];
    public void Add(string field, string message) => (_errors.TryGetValue(field, out var l) ? l : _errors[field] = []).Add(message);
    public bool Any => _errors.Count > 0;
    public Failure ToFailure() => new(OutcomeStatus.Invalid, _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
}
