using Exports.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>
/// Opens connections to <c>exports.db</c> under the data directory, creating the schema on first use. Connections
/// are pooled, and a writer blocked by another waits up to the command timeout before failing.
/// </summary>
public sealed class SqliteConnectionFactory(IOptions<StorageOptions> storageOptions) : IDisposable
{
    /// <summary>File name of the database inside the data directory.</summary>
    public const string DatabaseFileName = "exports.db";

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(storageOptions.Value.DataDirectory, DatabaseFileName),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private readonly SemaphoreSlim schemaLock = new(1, 1);
    private volatile bool schemaCreated;

    /// <summary>Returns an open connection; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await EnsureSchemaAsync(connection, cancellationToken);

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => schemaLock.Dispose();

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (schemaCreated)
        {
            return;
        }

        await schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!schemaCreated)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = SqliteSchema.CreateStatements;
                await command.ExecuteNonQueryAsync(cancellationToken);
                schemaCreated = true;
            }
        }
        finally
        {
            schemaLock.Release();
        }
    }
}
