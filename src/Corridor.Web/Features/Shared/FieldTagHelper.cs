using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Corridor.Web.Features.Shared;

/// <summary>
/// <c>&lt;field for="Input.GivenName" /&gt;</c>: a label, the input (or a select when <c>items</c> is
/// given) and its error message, wired for screen readers (aria-invalid, aria-describedby). One place
/// for the markup every form repeats.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator html) : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("items")] public IEnumerable<SelectListItem>? Items { get; set; }
    [HtmlAttributeName("type")] public string? Type { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("required")] public bool Required { get; set; }
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    /// <summary>Shown and posted but not editable, e.g. a registration number fixed at registration.</summary>
    [HtmlAttributeName("readonly")] public bool ReadOnly { get; set; }
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        var invalid = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", invalid ? "field invalid" : "field");

        var label = html.GenerateLabel(ViewContext, For.ModelExplorer, name, labelText: null, htmlAttributes: null);
        if (Required) label.InnerHtml.AppendHtml(" <span class=\"req\" aria-hidden=\"true\">*</span>");
        output.Content.AppendHtml(label);
        if (Hint is not null) output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{System.Net.WebUtility.HtmlEncode(Hint)}</p>");

        var attributes = new Dictionary<string, object>();
        var describedBy = string.Join(' ', new[] { Hint is null ? null : $"{id}-hint", invalid ? $"{id}-error" : null }.Where(x => x is not null));
        if (describedBy.Length > 0) attributes["aria-describedby"] = describedBy;
        if (invalid) attributes["aria-invalid"] = "true";
        if (Required) attributes["aria-required"] = "true";
        if (Autocomplete is not null) attributes["autocomplete"] = Autocomplete;
        if (ReadOnly) attributes["readonly"] = "readonly";

        TagBuilder input;
        if (Items is not null)
        {
            input = html.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: "—", expression: name,
                selectList: Items, allowMultiple: false, htmlAttributes: attributes);
        }
        else
        {
            var type = Type ?? (For.ModelExplorer.ModelType == typeof(DateOnly?) || For.ModelExplorer.ModelType == typeof(DateOnly) ? "date"
                : For.ModelExplorer.ModelType == typeof(int?) || For.ModelExplorer.ModelType == typeof(int) ? "number" : "text");
            attributes["type"] = type;
            var value = For.Model switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd"),
                null => null,
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (invalid && entry!.AttemptedValue is { } attempted) value = attempted; // keep what was typed
            // A password is never written back into the page, not even the one just typed.
            input = type == "password"
                ? html.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, htmlAttributes: attributes)
                : html.GenerateTextBox(ViewContext, For.ModelExplorer, name, value, format: null, htmlAttributes: attributes);
        }
        output.Content.AppendHtml(input);

        if (invalid)
            output.Content.AppendHtml($"<p class=\"error\" id=\"{id}-error\">{System.Net.WebUtility.HtmlEncode(string.Join(" ", entry!.Errors.Select(e => e.ErrorMessage)))}</p>");
    }
}
