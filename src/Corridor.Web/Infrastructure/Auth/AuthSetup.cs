using System.Security.Claims;
using System.Threading.RateLimiting;
using Corridor.Data;
using Corridor.Data.Audit;
using Corridor.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Corridor.Web.Infrastructure.Auth;

public static class AuthSetup
{
    public const string TokenRateLimit = "token";
    /// <summary>Forms anyone may post without an account (regularisation applications, status look-ups).</summary>
    public const string PublicFormRateLimit = "public-form";
    /// <summary>Authorization policy for /api/v1: bearer tokens only, so a browser cookie cannot drive the API (no CSRF).</summary>
    public const string ApiPolicy = "api";

    public static IServiceCollection AddCorridorAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<Corridor.Web.Features.Account.UnknownAccountLockout>();
        // Outside a request (CLI commands, seeding, migrations) nobody is signed in: the system acts.
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<IHttpContextAccessor>().HttpContext is null
            ? new SystemActor() : sp.GetRequiredService<CurrentUser>());

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/access-denied";
                o.Cookie.Name = "corridor.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            }));
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, o =>
            o.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.AddIdentityCore<CorridorUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = config.GetValue("Auth:MinimumPasswordLength", 10);
                // Length over composition rules (NIST SP 800-63B): passphrases are allowed.
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<CorridorRole>()
            .AddEntityFrameworkStores<CorridorDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<CorridorClaimsFactory>()
            .AddDefaultTokenProviders();

        services.AddAuthorization(o =>
        {
            foreach (var permission in Permissions.All)
                o.AddPolicy(permission, p => p.RequireRole(Permissions.RolesWith(permission)));
            o.AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        });

        // Password guessing against the token endpoint: a few tries per minute per client address.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(TokenRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.GetValue("Auth:TokenRequestsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            // Anonymous applications and tracking-code look-ups: enough for a family at one address, not for a script.
            o.AddPolicy(PublicFormRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.GetValue("Auth:PublicFormRequestsPerMinute", 30),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}

/// <summary>Puts what the account owns into its claims, so ownership checks need no database trip.</summary>
public sealed class CorridorClaimsFactory(
    UserManager<CorridorUser> users, RoleManager<CorridorRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CorridorUser, CorridorRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CorridorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.EmployerId is { } e) identity.AddClaim(new Claim(CurrentUser.EmployerClaim, e.ToString()));
        if (user.AgencyId is { } a) identity.AddClaim(new Claim(CurrentUser.AgencyClaim, a.ToString()));
        if (user.WorkerId is { } w) identity.AddClaim(new Claim(CurrentUser.WorkerClaim, w.ToString()));
        if (user.OrgUnitId is { } o) identity.AddClaim(new Claim(CurrentUser.OrgUnitClaim, o.ToString()));
        identity.AddClaim(new Claim("corridor:display-name", user.DisplayName));
        return identity;
    }
}
