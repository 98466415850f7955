using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Corridor.Web.Infrastructure.Http;

public enum OutcomeStatus
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>
/// What a handler returns: a value, or why not. Pages turn it into form errors, the API into
/// RFC 9457 problem details; handlers never know which one called them.
/// </summary>
public sealed record Outcome<T>(OutcomeStatus Status, T? Value = default,
    IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null)
{
    public bool IsOk => Status == OutcomeStatus.Ok;

    public static implicit operator Outcome<T>(T value) => new(OutcomeStatus.Ok, value);
    public static implicit operator Outcome<T>(Failure f) => new(f.Status, default, f.Errors, f.Message);
}

/// <summary>A failed outcome of any value type.</summary>
public sealed record Failure(OutcomeStatus Status, IReadOnlyDictionary<string, string[]>? Errors = null, string? Message = null)
{
    public static Failure NotFound => new(OutcomeStatus.NotFound);
    public static Failure Forbidden => new(OutcomeStatus.Forbidden);
    public static Failure Conflict(string message) => new(OutcomeStatus.Conflict, Message: message);
    public static Failure Invalid(string field, string message) =>
        new(OutcomeStatus.Invalid, new Dictionary<string, string[]> { [field] = [message] });
    public static Failure Invalid(ValidationResult result) =>
        new(OutcomeStatus.Invalid, result.Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}

public static class OutcomeMapping
{
    /// <summary>API: the value through <paramref name="ok"/>; failures as problem details with camelCase field names.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToApi<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult =>
        outcome.Status switch
        {
            OutcomeStatus.Ok => ok(outcome.Value!),
            OutcomeStatus.Invalid => TypedResults.ValidationProblem(
                outcome.Errors!.ToDictionary(kv => CamelCase(kv.Key), kv => kv.Value),
                title: "The request has invalid fields; nothing was changed."),
            OutcomeStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found."),
            OutcomeStatus.Forbidden => TypedResults.Problem(statusCode: 403, title: "You may not do this."),
            _ => TypedResults.Problem(statusCode: 409, title: "Conflict.", detail: outcome.Message),
        };

    /// <summary>Pages: field errors under the bound model's prefix (e.g. "Input.GivenName"), others on the form.</summary>
    public static void AddTo<T>(this Outcome<T> outcome, ModelStateDictionary modelState, string prefix = "Input")
    {
        if (outcome.Errors is not null)
            foreach (var (field, messages) in outcome.Errors)
                foreach (var m in messages) modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", m);
        if (outcome.Message is not null) modelState.AddModelError("", outcome.Message);
    }

    private static string CamelCase(string name) =>
        string.Join('.', name.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
