using Exports.Storage;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Exports.Renderer.Signing;

/// <summary>
/// Registers external signing of manifests: the configured signer, the trusted keys and the HTTP client.
/// </summary>
public static class SigningServiceCollectionExtensions
{
    /// <summary>
    /// Adds section <c>Signing</c>, validated at start, the signer it selects, <see cref="SignerTrust"/> and
    /// <see cref="ManifestSignatures"/>. Needs the storage options, which locate the development key.
    /// </summary>
    public static IServiceCollection AddManifestSigning(this IServiceCollection services)
    {
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>();
        services.AddSingleton(provider => SignerKeys.Load(
            provider.GetRequiredService<IOptions<SigningOptions>>().Value,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalDigestSigner))));
        services.AddSingleton(provider => provider.GetRequiredService<SignerKeys>().Trust);
        services.AddSingleton<HttpDigestSigner>();
        services.AddSingleton<IDigestSigner>(provider =>
            provider.GetRequiredService<IOptions<SigningOptions>>().Value.Provider == SigningProviders.Http
                ? provider.GetRequiredService<HttpDigestSigner>()
                : provider.GetRequiredService<SignerKeys>().Local!);
        services.AddSingleton<ManifestSignatures>();
        services.AddHostedService<SigningStartupCheck>();
        AddSigningClient(services);

        return services;
    }

    private static void AddSigningClient(IServiceCollection services)
    {
        services.AddHttpClient(HttpDigestSigner.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                // The pipeline bounds every attempt; this bounds the whole call once more, as a backstop.
                var http = provider.GetRequiredService<IOptions<SigningOptions>>().Value.Http;
                client.Timeout = http.TotalTimeout + TimeSpan.FromSeconds(5);
            })
            .AddResilienceHandler("signing", (pipeline, context) =>
            {
                var http = context.ServiceProvider.GetRequiredService<IOptions<SigningOptions>>().Value.Http;
                var logger = context.ServiceProvider.GetRequiredService<ILogger<HttpDigestSigner>>();
                pipeline.AddTimeout(http.TotalTimeout);
                if (http.RetryCount > 0)
                {
                    pipeline.AddRetry(RetryOptions(http, logger));
                }

                pipeline.AddTimeout(http.Timeout);
            });
    }

    private static HttpRetryStrategyOptions RetryOptions(HttpSignerOptions http, ILogger logger) => new()
    {
        MaxRetryAttempts = http.RetryCount,
        Delay = http.RetryDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        OnRetry = arguments =>
        {
            logger.LogWarning(
                "Signing request failed on attempt {Attempt} ({Outcome}); it will be retried in {DelayMs} ms",
                arguments.AttemptNumber + 1,
                arguments.Outcome.Exception?.GetType().Name ?? $"HTTP {(int)arguments.Outcome.Result!.StatusCode}",
                (long)arguments.RetryDelay.TotalMilliseconds);

            return ValueTask.CompletedTask;
        },
    };
}
