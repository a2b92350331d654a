using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Exports.Api.Auth;

/// <summary>Registers bearer authentication and the scope policies.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>Adds HS256 bearer authentication bound to section <c>Auth</c>, validated at start.</summary>
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddHostedService<SigningKeyInitializer>();

        services.AddSingleton<ApiJwtBearerEvents>();
        services.ConfigureOptions<JwtBearerOptionsSetup>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();

        services.AddAuthorization(ApiPolicies.AddTo);
        services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeForbiddenResultHandler>();

        return services;
    }
}
