using System.ComponentModel.DataAnnotations;
using Corridor.Data.Identity;
using Corridor.Web.Infrastructure.Auth;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Corridor.Web.Features.Account;

public sealed record TokenRequest([property: Required] string? Email, [property: Required] string? Password);

/// <summary>The token response in OAuth 2.0 (RFC 6749 §5.1) field names.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);

public static class TokenApi
{
    /// <summary>
    /// POST /api/v1/auth/token {"email","password"} → {"access_token","token_type","expires_in"}.
    /// Same lockout as the sign-in page; rate-limited per client address.
    /// </summary>
    public static RouteGroupBuilder MapTokenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> (
                TokenRequest request, UserManager<CorridorUser> users, SignInManager<CorridorUser> signIn,
                IOptionsMonitor<BearerTokenOptions> bearer, UnknownAccountLockout unknown, TimeProvider clock) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Required."];
                if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Required."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

                var user = await users.FindByEmailAsync(request.Email!.Trim());
                var check = user is null
                    ? (unknown.Failed(request.Email) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : Microsoft.AspNetCore.Identity.SignInResult.Failed)
                    : await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
                if (check.IsLockedOut) return TypedResults.Problem(statusCode: 423, title: "Too many failed attempts; the account is locked for a while.");
                if (!check.Succeeded || user is null) return TypedResults.Problem(statusCode: 401, title: "The e-mail or password is not correct.");

                // The same protected ticket the bearer handler issues and checks, in the field names clients expect.
                var options = bearer.Get(IdentityConstants.BearerScheme);
                var principal = await signIn.CreateUserPrincipalAsync(user);
                var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
                var ticket = new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken");
                return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), "Bearer",
                    (long)options.BearerTokenExpiration.TotalSeconds));
            })
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.TokenRateLimit)
            .WithTags("Authentication")
            .WithName("IssueToken")
            .WithSummary("Exchange an e-mail and password for a bearer token.");
        return api;
    }
}
