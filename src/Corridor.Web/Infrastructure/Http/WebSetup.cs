using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using System.Text.Json.Serialization;
using Corridor.Data;
using Corridor.Web.Features.Shared;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Infrastructure.Http;

public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("ru")];

    /// <summary>Razor Pages from Features/, localisation, validation and JSON conventions.</summary>
    public static IServiceCollection AddCorridorWeb(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<RegistryOptions>().Bind(config.GetSection("Registry"));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CodeNameLocalizerFactory>();
        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, f) =>
            LocalizeModelBinding(o.ModelBindingMessageProvider, f.Create(typeof(SharedResource))));
        services.AddRouting(o => o.LowercaseUrls = true);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        // Emit Cyrillic and other scripts as text, not as &#x…; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>
    /// ASP.NET Core's own messages for values it cannot convert (letters typed into a number or date
    /// field), in the reader's language. The English keys are the framework's own texts.
    /// </summary>
    private static void LocalizeModelBinding(DefaultModelBindingMessageProvider m, IStringLocalizer l)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        m.SetUnknownValueIsInvalidAccessor(field => l["The supplied value is invalid for {0}.", field]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The supplied value is invalid."]);
        m.SetValueIsInvalidAccessor(value => l["The value '{0}' is invalid.", value]);
        m.SetValueMustNotBeNullAccessor(value => l["The value '{0}' is invalid.", value]);
        m.SetValueMustBeANumberAccessor(field => l["The field {0} must be a number.", field]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["The field must be a number."]);
        m.SetMissingBindRequiredValueAccessor(name => l["A value for the '{0}' parameter or property was not provided.", name]);
        m.SetMissingKeyOrValueAccessor(() => l["A value is required."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["A non-empty request body is required."]);
    }

    /// <summary>Headers every response carries; the API reference page needs inline script, nothing else does.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'";
        await next();
    });

    /// <summary>GET /culture?c=ru&amp;returnUrl=/workers — a plain link switches the language (no script needed).</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture", (string c, string? returnUrl, HttpContext http) =>
        {
            var culture = Cultures.FirstOrDefault(x => x.Name == c)?.Name ?? "en";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//") ? r : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>GET /health: 200 with the database status when it answers, 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (CorridorDbContext db, CancellationToken ct) =>
        {
            var provider = db.Database.IsNpgsql() ? "postgres" : "sqlite";
            try
            {
                var ok = await db.Database.CanConnectAsync(ct);
                var pending = ok ? (await db.Database.GetPendingMigrationsAsync(ct)).Count() : -1;
                var body = new { status = ok && pending == 0 ? "healthy" : "unhealthy", database = new { provider, reachable = ok, pendingMigrations = pending } };
                return ok && pending == 0 ? Results.Ok(body) : Results.Json(body, statusCode: 503);
            }
            catch (Exception e)
            {
                return Results.Json(new { status = "unhealthy", database = new { provider, reachable = false, error = e.GetType().Name } }, statusCode: 503);
            }
        }).AllowAnonymous().WithTags("Operations").WithName("Health");
        return app;
    }
}
