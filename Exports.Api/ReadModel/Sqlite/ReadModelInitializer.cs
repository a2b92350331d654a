namespace Exports.Api.ReadModel.Sqlite;

/// <summary>Opens the read model at start-up, so that a database that cannot be created stops the start.</summary>
public sealed class ReadModelInitializer(SqliteConnectionFactory connections) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
