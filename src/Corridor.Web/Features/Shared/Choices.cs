using System.Globalization;
using Corridor.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Shared;

/// <summary>Option lists for forms, in the reader's language.</summary>
public static class Choices
{
    private static string Culture => CultureInfo.CurrentUICulture.Name;

    public static IEnumerable<SelectListItem> Countries() =>
        ReferenceData.Countries.Values.OrderBy(c => c.Name(Culture), StringComparer.Create(CultureInfo.CurrentUICulture, true))
            .Select(c => new SelectListItem(c.Name(Culture), c.Alpha3));

    public static IEnumerable<SelectListItem> Occupations() =>
        ReferenceData.Isco.Values.OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new SelectListItem($"{i.Code} {new string('·', i.Code.Length - 1)} {i.Title(Culture)}", i.Code));

    public static IEnumerable<SelectListItem> IsicSections() =>
        ReferenceData.IsicSections.OrderBy(i => i.Code).Select(i => new SelectListItem($"{i.Code} — {i.Title(Culture)}", i.Code));

    public static IEnumerable<SelectListItem> IsicDivisions() =>
        ReferenceData.Isic.Values.Where(i => i.Level == "division").OrderBy(i => i.Code)
            .Select(i => new SelectListItem($"{i.Code} ({i.Parent}) {i.Title(Culture)}", i.Code));

    public static IEnumerable<SelectListItem> Enum<T>(IStringLocalizer l) where T : struct, System.Enum =>
        System.Enum.GetValues<T>().Select(v => new SelectListItem(l[v.ToString()], v.ToString()));

    public static string CountryName(string? alpha3) =>
        alpha3 is not null && ReferenceData.Countries.TryGetValue(alpha3, out var c) ? c.Name(Culture) : alpha3 ?? "";

    public static string OccupationName(string? code) =>
        code is not null && ReferenceData.Isco.TryGetValue(code, out var i) ? $"{i.Code} {i.Title(Culture)}" : code ?? "";

    public static string IsicName(string? code) =>
        code is not null && ReferenceData.Isic.TryGetValue(code, out var i) ? $"{i.Code} {i.Title(Culture)}" : code ?? "";
}
