using Corridor.Web.Features.Account;
using Corridor.Web.Features.Audit;
using Corridor.Web.Features.Workers;
using Corridor.Web.Infrastructure.Seed;
using FluentValidation;

namespace Corridor.Web.Features;

/// <summary>Registers every use case's handler and maps every area's API; listed by hand, no scanning.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddCorridorFeatures(this IServiceCollection services)
    {
        services.AddScoped<ListWorkers>().AddScoped<GetWorker>().AddScoped<RegisterWorker>().AddScoped<EditWorker>().AddScoped<WorkerLinks>()
            .AddScoped<IValidator<WorkerForm>, WorkerFormValidator>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapCorridorApi(this RouteGroupBuilder api)
    {
        api.MapTokenApi();
        api.MapWorkersApi();
        return api;
    }
}
