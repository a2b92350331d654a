namespace Exports.Renderer.Verification;

/// <summary>Registers verification of uploaded copies.</summary>
public static class VerificationServiceCollectionExtensions
{
    /// <summary>Adds the verifier bound to section <c>Verification</c>.</summary>
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddOptions<VerificationOptions>()
            .BindConfiguration(VerificationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ExportVerifier>();

        return services;
    }
}
