using System.Text.RegularExpressions;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// Field rules every registry form shares, with the same localized messages everywhere. Optional
/// fields pass when empty; a missing required field is reported once, by its own NotEmpty rule.
/// </summary>
public static partial class RegistryRules
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static IRuleBuilderOptions<T, string?> AtMost<T>(this IRuleBuilder<T, string?> rule, int max, IStringLocalizer l) =>
        rule.MaximumLength(max).WithMessage(_ => l["At most {0} characters.", max]);

    public static IRuleBuilderOptions<T, string?> Phone<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(p => string.IsNullOrWhiteSpace(p) || PhonePattern().IsMatch(p))
            .WithMessage(_ => l["Use digits, spaces and an optional leading +."]);

    /// <summary>The same check ASP.NET Core's [EmailAddress] makes: one @ with something on both sides.</summary>
    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(e => string.IsNullOrWhiteSpace(e) || IsEmail(e.Trim())).WithMessage(_ => l["Not an e-mail address."])
            .AtMost(200, l);

    public static IRuleBuilderOptions<T, string?> Country<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(c => string.IsNullOrWhiteSpace(c) || ReferenceData.IsCountry(c))
            .WithMessage(_ => l["Not an ISO 3166-1 alpha-3 country code."]);

    public static IRuleBuilderOptions<T, string?> Occupation<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(c => string.IsNullOrWhiteSpace(c) || ReferenceData.IsIscoCode(c))
            .WithMessage(_ => l["Not an ISCO-08 occupation code."]);

    /// <summary>A date of birth that is given, not in the future, and at least the minimum working age ago.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> DateOfBirth<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer l,
        TimeProvider clock, MinimumWorkingAge minimumAge, Func<int, string> tooYoung) =>
        rule.NotNull().WithMessage(_ => l["Enter the date of birth."])
            .Must(d => d is null || d <= clock.Today()).WithMessage(_ => l["The date of birth cannot be in the future."])
            .MustAsync(async (d, ct) => d is null || d > clock.Today() || MigrantWorker.AgeOn(d.Value, clock.Today()) >= await minimumAge.GetAsync(ct))
            .WithMessage(_ => tooYoung(minimumAge.Years));

    private static bool IsEmail(string e)
    {
        var at = e.IndexOf('@');
        return at > 0 && at < e.Length - 1 && at == e.LastIndexOf('@') && !e.Any(char.IsWhiteSpace);
    }

    [GeneratedRegex(@"^\+?[0-9 ()-]{5,31}$")]
    private static partial Regex PhonePattern();
}
