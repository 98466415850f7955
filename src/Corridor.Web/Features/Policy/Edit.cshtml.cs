using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Policy;

/// <summary>A draft's title, effective date, and every rule's numbers and citation; keys are "RULE-ID.parameter".</summary>
public sealed class PolicySetForm
{
    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "Takes effect on")] public DateOnly? EffectiveFrom { get; set; }
    public Dictionary<string, decimal?> Values { get; set; } = [];
    public Dictionary<string, string?> Citations { get; set; } = [];
    public int Version { get; set; }

    public static PolicySetForm From(PolicySet set)
    {
        var rules = set.Rules;
        return new PolicySetForm
        {
            Title = set.Title,
            EffectiveFrom = set.EffectiveFrom,
            Version = set.Version,
            Values = RuleCatalogue.All.SelectMany(r => r.Parameters.Select(p => (Key: $"{r.Id}.{p.Key}", Value: (decimal?)rules.Get(r.Id, p.Key))))
                .ToDictionary(x => x.Key, x => x.Value),
            Citations = RuleCatalogue.All.ToDictionary(r => r.Id, r => (string?)rules.Citation(r.Id)),
        };
    }

    public PolicyRules ToRules() => new(RuleCatalogue.All.ToDictionary(r => r.Id, r => new RuleSetting(
        Citations.GetValueOrDefault(r.Id)?.Trim() ?? "",
        r.Parameters.Where(p => Values.GetValueOrDefault($"{r.Id}.{p.Key}") is not null)
            .ToDictionary(p => p.Key, p => Values[$"{r.Id}.{p.Key}"]!.Value))));
}

/// <summary>Changes a draft (or a set open for comment). Every problem is reported on its own rule parameter.</summary>
public sealed class EditPolicySet(CorridorDbContext db, CurrentUser user, PolicyBook book, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<PolicySetForm>> GetAsync(int number, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var set = await db.PolicySets.AsNoTracking().FirstOrDefaultAsync(s => s.Number == number, ct);
        if (set is null) return Failure.NotFound;
        return set.IsEditable ? PolicySetForm.From(set) : Failure.Conflict(l["An active or withdrawn policy set cannot be changed; draft a new version instead."]);
    }

    public async Task<Outcome<int>> HandleAsync(int number, PolicySetForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.PolicyEdit)) return Failure.Forbidden;
        var set = await db.PolicySets.FirstOrDefaultAsync(s => s.Number == number, ct);
        if (set is null) return Failure.NotFound;

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(form.Title)) errors[nameof(form.Title)] = [l["Give the policy set a title."]];
        else if (form.Title.Length > 200) errors[nameof(form.Title)] = [l["At most {0} characters.", 200]];
        if (form.EffectiveFrom is null) errors[nameof(form.EffectiveFrom)] = [l["Enter the date the rules take effect."]];
        foreach (var (key, problem) in form.ToRules().Problems())
        {
            // Problems are keyed "RULE.parameter" or "RULE.citation": show each beside its input.
            var field = key.EndsWith(".citation", StringComparison.Ordinal) ? $"Citations[{key[..^9]}]" : $"Values[{key}]";
            errors[field] = [l[problem.Template, problem.Args]];
        }
        if (errors.Count > 0) return new Failure(OutcomeStatus.Invalid, errors);

        return await db.SaveEditAsync(set, form.Version,
            s => s.Edit(form.Title!, form.EffectiveFrom!.Value, form.ToRules(), book.Me), l, ct);
    }
}

[Authorize(Policy = Permissions.PolicyEdit)]
public sealed class EditModel(EditPolicySet handler) : PageModel
{
    [BindProperty] public PolicySetForm Input { get; set; } = new();
    public int Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        Number = number;
        return (await handler.GetAsync(number, ct)).ToPage(this, form => { Input = form; return Page(); });
    }

    public async Task<IActionResult> OnPostAsync(int number, CancellationToken ct)
    {
        Number = number;
        return (await handler.HandleAsync(number, Input, ct)).ToPage(this, _ => RedirectToPage("Details", new { number }));
    }
}
