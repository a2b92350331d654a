namespace Exports.Api.Problems;

/// <summary>Registers problem details for every error response, including unhandled exceptions.</summary>
public static class ProblemsServiceCollectionExtensions
{
    /// <summary>Adds problem details whose <c>instance</c> is the request path, and the bad request handler.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<BadHttpRequestExceptionHandler>();

        return services;
    }

    /// <summary>
    /// Writes problem details for unhandled exceptions (without exception details) and for error status codes
    /// that no endpoint gave a body, such as 404 for an unknown route.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        return app;
    }
}
