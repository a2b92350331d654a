using Exports.Api.ReadModel.Sqlite;

namespace Exports.Api.ReadModel;

/// <summary>Registers the read model.</summary>
public static class ReadModelServiceCollectionExtensions
{
    /// <summary>Name of the read model's health check, tagged <c>ready</c>.</summary>
    public const string HealthCheckName = "read-model";

    /// <summary>
    /// Adds the embedded SQLite read model under <c>Storage__DataDirectory</c>, with its health check.
    /// </summary>
    public static IServiceCollection AddSqliteReadModel(this IServiceCollection services)
    {
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<IExportJobStore, SqliteExportJobStore>();
        services.AddSingleton<IWorkbookStore, SqliteWorkbookStore>();
        services.AddHostedService<ReadModelInitializer>();
        services.AddHealthChecks().AddCheck<SqliteReadModelHealthCheck>(HealthCheckName, tags: ["ready"]);

        return services;
    }
}
