using System.ComponentModel.DataAnnotations;
using Corridor.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<CorridorUser> signIn, UnknownAccountLockout unknown, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed class Form
    {
        [Display(Name = "E-mail")] public string? Email { get; set; }
        [Display(Name = "Password")] public string? Password { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email)) ModelState.AddModelError("Input.Email", l["Enter your e-mail."]);
        if (string.IsNullOrEmpty(Input.Password)) ModelState.AddModelError("Input.Password", l["Enter your password."]);
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, isPersistent: false, lockoutOnFailure: true);
        // An e-mail without an account "locks" like a real one, so the answers never tell them apart.
        if (!result.Succeeded && !result.IsLockedOut && await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()) is null
            && unknown.Failed(Input.Email))
            result = Microsoft.AspNetCore.Identity.SignInResult.LockedOut;
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        // One message for unknown e-mail and wrong password: the form must not reveal which accounts exist.
        ModelState.AddModelError("", result.IsLockedOut
            ? l["Too many failed attempts. The account is locked for 15 minutes."]
            : l["The e-mail or password is not correct."]);
        Input.Password = null;
        return Page();
    }
}
