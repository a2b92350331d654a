namespace Exports.Renderer.Signing;

/// <summary>
/// Loads the signer keys and builds the configured signer when the host starts, so that bad key material stops
/// start-up at once and a development key exists before the first export requests a signature.
/// </summary>
public sealed class SigningStartupCheck(IServiceProvider services) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IDigestSigner>();

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
