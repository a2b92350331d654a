using Serilog;

namespace Exports.Api.Hosting;

/// <summary>Registers Serilog as the logging provider.</summary>
public static class LoggingServiceCollectionExtensions
{
    /// <summary>
    /// Adds Serilog configured from section <c>Serilog</c>, writing to the console. The static logger is left
    /// alone, so several hosts in one process (as in tests) keep their own loggers.
    /// </summary>
    public static IServiceCollection AddApiLogging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSerilog(
            (provider, logger) => logger
                .ReadFrom.Configuration(configuration)
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext()
                .WriteTo.Console(),
            preserveStaticLogger: true);

        return services;
    }
}
