using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>Reports the read model healthy when the SQLite database opens and runs a query.</summary>
public sealed class SqliteReadModelHealthCheck(SqliteConnectionFactory connections) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);

            return HealthCheckResult.Healthy("The SQLite read model runs queries.");
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or IOException
            or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The SQLite read model cannot be opened.", exception);
        }
    }
}
