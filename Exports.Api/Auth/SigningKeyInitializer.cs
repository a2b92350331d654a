namespace Exports.Api.Auth;

/// <summary>
/// Resolves the signing key at start-up, so that a missing development key is generated and reported in the
/// start-up log rather than on the first request.
/// </summary>
public sealed class SigningKeyInitializer(SigningKeyProvider signingKeys) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = signingKeys.Key;

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
