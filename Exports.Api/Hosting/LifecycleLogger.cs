using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Exports.Api.Hosting;

/// <summary>Logs when the gateway has started listening and when it stops.</summary>
public sealed class LifecycleLogger(IHostApplicationLifetime lifetime, IServer server, ILogger<LifecycleLogger> logger)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            logger.LogInformation("Exports API started, listening on {Addresses}", string.Join(", ", addresses));
        });
        lifetime.ApplicationStopping.Register(() => logger.LogInformation("Exports API stopping"));

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Exports API stopped");

        return Task.CompletedTask;
    }
}
