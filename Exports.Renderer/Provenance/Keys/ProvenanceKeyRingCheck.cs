namespace Exports.Renderer.Provenance.Keys;

/// <summary>Builds the key ring when the host starts, so an invalid key setting stops start-up at once.</summary>
public sealed class ProvenanceKeyRingCheck(IServiceProvider services) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ProvenanceKeyRing>();

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
