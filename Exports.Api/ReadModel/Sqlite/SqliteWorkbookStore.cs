using Microsoft.Data.Sqlite;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>Imported workbooks in SQLite, with their sheets as one JSON column.</summary>
public sealed class SqliteWorkbookStore(SqliteConnectionFactory connections) : IWorkbookStore
{
    /// <inheritdoc />
    public async Task<Workbook?> FindAsync(string tenantId, string workbookId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT tenant_id, id, name, source_format, sheets, created_at FROM workbooks " +
            "WHERE tenant_id = $tenant_id AND id = $id";
        command.Parameters.AddWithValue("$tenant_id", tenantId);
        command.Parameters.AddWithValue("$id", workbookId);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(Workbook workbook, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            INSERT INTO workbooks (tenant_id, id, name, source_format, sheets, created_at)
            VALUES ($tenant_id, $id, $name, $source_format, $sheets, $created_at)
            ON CONFLICT (tenant_id, id) DO UPDATE SET
                name = excluded.name, source_format = excluded.source_format,
                sheets = excluded.sheets, created_at = excluded.created_at
            """;
        command.Parameters.AddWithValue("$tenant_id", workbook.TenantId);
        command.Parameters.AddWithValue("$id", workbook.Id);
        command.Parameters.AddWithValue("$name", workbook.Name);
        command.Parameters.AddWithValue("$source_format", workbook.SourceFormat);
        command.Parameters.AddWithValue("$sheets", SqliteValues.FromJson(workbook.Sheets));
        command.Parameters.AddWithValue("$created_at", SqliteValues.FromTimestamp(workbook.CreatedAt));

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Workbook Read(SqliteDataReader reader) => new()
    {
        TenantId = reader.GetString(0),
        Id = reader.GetString(1),
        Name = reader.GetString(2),
        SourceFormat = reader.GetString(3),
        Sheets = SqliteValues.ReadJson<List<WorkbookSheet>>(reader, "sheets") ?? [],
        CreatedAt = SqliteValues.ReadTimestamp(reader, "created_at")!.Value,
    };
}
