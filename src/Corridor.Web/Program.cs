using Corridor.Data;
using Corridor.Web.Features;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Cli;
using Corridor.Web.Infrastructure.Http;
using Corridor.Web.Infrastructure.Jobs;
using Scalar.AspNetCore;

// `corridor demo|serve|migrate|seed|user|audit|levies|jobs …` runs a command; no arguments serve the web app.
if (CorridorCommands.IsCommand(args)) return await CorridorCommands.RunAsync(args);

var app = Program.BuildWebApp(args);
await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

public partial class Program
{
    /// <summary>The one host: Razor Pages UI, /api/v1 JSON API, OpenAPI document and health check.</summary>
    public static WebApplication BuildWebApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCorridorData(builder.Configuration);
        builder.Services.AddCorridorAuth(builder.Configuration);
        builder.Services.AddCorridorWeb(builder.Configuration);
        builder.Services.AddCorridorFeatures();
        builder.Services.AddCorridorJobs(); // daily jobs and outbox delivery (off when Jobs:Enabled is false)
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityScheme>());

        var app = builder.Build();
        // Browsers get readable error pages; API clients get problem details.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), web => web
            .UseExceptionHandler("/error/500")
            .UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api
            .UseExceptionHandler()
            .UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting(); // after the error pages, so a re-executed /error/404 is routed again
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealth();
        app.MapCultureSwitch();
        app.MapOpenApi();
        // No fonts from fonts.scalar.com: the CSP blocks them (console errors) and officials' browsers should not call out.
        app.MapScalarApiReference(o => o.WithTitle("Corridor API").DisableDefaultFonts());
        app.MapGroup("/api/v1").RequireAuthorization(AuthSetup.ApiPolicy).MapCorridorApi();
        app.MapRazorPages();
        return app;
    }
}
