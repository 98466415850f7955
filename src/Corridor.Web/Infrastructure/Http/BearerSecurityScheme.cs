using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Corridor.Web.Infrastructure.Http;

/// <summary>Tells OpenAPI readers (and the reference page's "try it") that /api/v1 takes a bearer token.</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "Corridor API";
        document.Info.Description = "Registries of a ministry of labour's labour-migration system. Get a token from POST /api/v1/auth/token and send it as `Authorization: Bearer <token>`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token from POST /api/v1/auth/token",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
