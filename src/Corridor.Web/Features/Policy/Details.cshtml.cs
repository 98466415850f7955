using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Policy;

/// <summary>
/// A policy set with its rules, consultation and history, and the actions its status allows: change,
/// open for comment, activate (a second officer), withdraw, comment (social partners), respond.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(GetPolicySet get, PolicySetLifecycle lifecycle, PolicyConsultation consultation, CurrentUser user) : PageModel
{
    public PolicySetDetails Set { get; private set; } = null!;
    public bool CanEdit => user.Can(Permissions.PolicyEdit);
    public bool CanComment => user.Can(Permissions.PolicyComment);
    public Guid? Me => user.UserId;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? CommentsCloseOn { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reply { get; set; }
    [BindProperty] public Guid CommentId { get; set; }

    public Task<IActionResult> OnGetAsync(int number, CancellationToken ct) => ShowAsync(number, ct);

    public async Task<IActionResult> OnPostOpenForCommentAsync(int number, CancellationToken ct) =>
        await AfterAsync(number, await lifecycle.OpenForCommentAsync(number, Version, CommentsCloseOn, ct), ct);

    public async Task<IActionResult> OnPostActivateAsync(int number, CancellationToken ct) =>
        await AfterAsync(number, await lifecycle.ActivateAsync(number, Version, ct), ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int number, CancellationToken ct) =>
        await AfterAsync(number, await lifecycle.WithdrawAsync(number, Version, ct), ct);

    public async Task<IActionResult> OnPostCommentAsync(int number, CancellationToken ct) =>
        await AfterAsync(number, await consultation.CommentAsync(number, Text, ct), ct);

    public async Task<IActionResult> OnPostRespondAsync(int number, CancellationToken ct) =>
        await AfterAsync(number, await consultation.RespondAsync(number, CommentId, Reply, ct), ct);

    private async Task<IActionResult> AfterAsync<T>(int number, Outcome<T> outcome, CancellationToken ct)
    {
        if (outcome.IsOk) return RedirectToPage("Details", new { number });
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState, prefix: "Action");
        return await ShowAsync(number, ct);
    }

    private async Task<IActionResult> ShowAsync(int number, CancellationToken ct)
    {
        var outcome = await get.HandleAsync(number, ct);
        if (!outcome.IsOk) return NotFound();
        Set = outcome.Value!;
        return Page();
    }
}
