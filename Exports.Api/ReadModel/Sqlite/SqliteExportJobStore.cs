using Microsoft.Data.Sqlite;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>
/// Export jobs in SQLite. Each write is one statement, so it is atomic. An update's WHERE clause carries both the
/// expected version and the statuses allowed before the new one. The database thereby enforces the forward-only
/// rule even against a writer that skipped the projection.
/// </summary>
public sealed class SqliteExportJobStore(SqliteConnectionFactory connections) : IExportJobStore
{
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    private static readonly string InsertSql =
        $"INSERT INTO export_jobs ({string.Join(", ", SqliteExportJobRows.InsertColumns)}, version) " +
        $"VALUES ({string.Join(", ", SqliteExportJobRows.InsertColumns.Select(column => "$" + column))}, 1)";

    private static readonly string UpdateSql =
        "UPDATE export_jobs SET " +
        $"{string.Join(", ", SqliteExportJobRows.UpdatableColumns.Select(column => $"{column} = ${column}"))}, " +
        "version = version + 1 WHERE tenant_id = $tenant_id AND id = $id AND version = $expected_version " +
        "AND status IN ($allowed_0, $allowed_1, $allowed_2)";

    private static readonly string SelectSql = $"SELECT {SqliteExportJobRows.SelectList} FROM export_jobs";

    private const string ListFilter =
        "WHERE tenant_id = $tenant_id AND ($workbook_id IS NULL OR workbook_id = $workbook_id) " +
        "AND ($status IS NULL OR status = $status)";

    /// <inheritdoc />
    public Task<ExportJob?> FindAsync(string tenantId, string exportId, CancellationToken cancellationToken) =>
        FindOneAsync(
            "WHERE tenant_id = $tenant_id AND id = $id",
            parameters => parameters.AddWithValue("$id", exportId),
            tenantId,
            cancellationToken);

    /// <inheritdoc />
    public Task<ExportJob?> FindByIdempotencyKeyAsync(
        string tenantId, string idempotencyKey, CancellationToken cancellationToken) =>
        FindOneAsync(
            "WHERE tenant_id = $tenant_id AND idempotency_key = $idempotency_key",
            parameters => parameters.AddWithValue("$idempotency_key", idempotencyKey),
            tenantId,
            cancellationToken);

    /// <inheritdoc />
    public async Task<ExportJobPage> ListAsync(
        string tenantId, ExportJobQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM export_jobs {ListFilter}";
        BindFilter(count.Parameters, tenantId, query);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var page = connection.CreateCommand();
        page.CommandText =
            $"{SelectSql} {ListFilter} ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $skip";
        BindFilter(page.Parameters, tenantId, query);
        page.Parameters.AddWithValue("$limit", query.Limit);
        page.Parameters.AddWithValue("$skip", query.Skip);
        var items = await ReadAllAsync(page, cancellationToken);

        await transaction.CommitAsync(cancellationToken);

        return new ExportJobPage(items, total);
    }

    /// <inheritdoc />
    public async Task<bool> TryInsertAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = InsertSql;
        SqliteExportJobRows.Bind(command.Parameters, job);

        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);

            return true;
        }
        catch (SqliteException exception)
            when (exception.SqliteExtendedErrorCode is ConstraintPrimaryKey or ConstraintUnique)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryUpdateAsync(ExportJob job, long expectedVersion, CancellationToken cancellationToken)
    {
        var allowed = ExportJobStatus.AllowedBefore(job.Status);

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpdateSql;
        SqliteExportJobRows.Bind(command.Parameters, job);
        command.Parameters.AddWithValue("$expected_version", expectedVersion);
        for (var index = 0; index < 3; index++)
        {
            command.Parameters.AddWithValue($"$allowed_{index}", allowed[Math.Min(index, allowed.Count - 1)]);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> DeletePendingAsync(string tenantId, string exportId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "DELETE FROM export_jobs WHERE tenant_id = $tenant_id AND id = $id AND status = 'pending'";
        command.Parameters.AddWithValue("$tenant_id", tenantId);
        command.Parameters.AddWithValue("$id", exportId);

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExportJob>> ListExpiredAsync(
        DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"{SelectSql} WHERE status = 'completed' AND artifacts_deleted_at IS NULL AND expires_at <= $now " +
            "ORDER BY expires_at LIMIT $limit";
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        command.Parameters.AddWithValue("$limit", limit);

        return await ReadAllAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> MarkArtifactsDeletedAsync(
        string tenantId, string exportId, DateTimeOffset deletedAt, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "UPDATE export_jobs SET artifacts_deleted_at = $deleted_at, version = version + 1 " +
            "WHERE tenant_id = $tenant_id AND id = $id AND status = 'completed' AND artifacts_deleted_at IS NULL";
        command.Parameters.AddWithValue("$tenant_id", tenantId);
        command.Parameters.AddWithValue("$id", exportId);
        command.Parameters.AddWithValue("$deleted_at", deletedAt.UtcTicks);

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<ExportJob?> FindOneAsync(
        string filter,
        Action<SqliteParameterCollection> bind,
        string tenantId,
        CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectSql} {filter}";
        command.Parameters.AddWithValue("$tenant_id", tenantId);
        bind(command.Parameters);

        var jobs = await ReadAllAsync(command, cancellationToken);

        return jobs.Count == 0 ? null : jobs[0];
    }

    private static void BindFilter(SqliteParameterCollection parameters, string tenantId, ExportJobQuery query)
    {
        parameters.AddWithValue("$tenant_id", tenantId);
        parameters.AddWithValue("$workbook_id", SqliteValues.FromNullable(query.WorkbookId));
        parameters.AddWithValue("$status", SqliteValues.FromNullable(query.Status));
    }

    private static async Task<List<ExportJob>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<ExportJob>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(SqliteExportJobRows.Read(reader));
        }

        return jobs;
    }
}
