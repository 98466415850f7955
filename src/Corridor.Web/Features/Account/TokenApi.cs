using System.ComponentModel.DataAnnotations;
using Corridor.Data.Identity;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Features.Account;

public sealed record TokenRequest([property: Required] string? Email, [property: Required] string? Password);

public static class TokenApi
{
    /// <summary>
    /// POST /api/v1/auth/token {"email","password"} → {"token_type","access_token","expires_in","refresh_token"}.
    /// Same lockout as the sign-in page; rate-limited per client address.
    /// </summary>
    public static RouteGroupBuilder MapTokenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> (
                TokenRequest request, UserManager<CorridorUser> users, SignInManager<CorridorUser> signIn) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Required."];
                if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Required."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

                var user = await users.FindByEmailAsync(request.Email!.Trim());
                if (user is null) return TypedResults.Problem(statusCode: 401, title: "The e-mail or password is not correct.");
                var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
                if (check.IsLockedOut) return TypedResults.Problem(statusCode: 423, title: "Too many failed attempts; the account is locked for a while.");
                if (!check.Succeeded) return TypedResults.Problem(statusCode: 401, title: "The e-mail or password is not correct.");

                var principal = await signIn.CreateUserPrincipalAsync(user);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.TokenRateLimit)
            .WithTags("Authentication")
            .WithName("IssueToken")
            .WithSummary("Exchange an e-mail and password for a bearer token.")
            .Produces<AccessTokenResponse>(200);
        return api;
    }
}
