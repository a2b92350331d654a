using Exports.Contracts;
using Microsoft.Data.Sqlite;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>Maps <see cref="ExportJob"/> to the columns of <c>export_jobs</c> and back.</summary>
public static class SqliteExportJobRows
{
    /// <summary>Columns an update may change; the key, idempotency key and request hash never change.</summary>
    public static IReadOnlyList<string> UpdatableColumns { get; } =
    [
        "workbook_id", "format", "status", "sheet_ids", "options", "requested_by", "file_size_bytes",
        "progress_current", "progress_total", "progress_message", "progress_percent", "artifact", "extra_artifacts",
        "result_summary", "error", "created_at", "started_at", "completed_at", "expires_at", "artifacts_deleted_at",
    ];

    /// <summary>Every column except the version.</summary>
    public static IReadOnlyList<string> InsertColumns { get; } =
        ["tenant_id", "id", "idempotency_key", "request_hash", .. UpdatableColumns];

    /// <summary>Every column, for SELECT lists.</summary>
    public static string SelectList { get; } = string.Join(", ", [.. InsertColumns, "version"]);

    /// <summary>Binds every column of <paramref name="job"/> as a parameter named <c>$column</c>.</summary>
    public static void Bind(SqliteParameterCollection parameters, ExportJob job)
    {
        parameters.AddWithValue("$tenant_id", job.TenantId);
        parameters.AddWithValue("$id", job.Id);
        parameters.AddWithValue("$idempotency_key", SqliteValues.FromNullable(job.IdempotencyKey));
        parameters.AddWithValue("$request_hash", SqliteValues.FromNullable(job.RequestHash));
        parameters.AddWithValue("$workbook_id", job.WorkbookId);
        parameters.AddWithValue("$format", job.Format);
        parameters.AddWithValue("$status", job.Status);
        parameters.AddWithValue("$sheet_ids", SqliteValues.FromJson(job.SheetIds));
        parameters.AddWithValue("$options", SqliteValues.FromJson(job.Options));
        parameters.AddWithValue("$requested_by", SqliteValues.FromNullable(job.RequestedBy));
        parameters.AddWithValue("$file_size_bytes", SqliteValues.FromNullable(job.FileSizeBytes));
        parameters.AddWithValue("$progress_current", job.Progress.Current);
        parameters.AddWithValue("$progress_total", job.Progress.Total);
        parameters.AddWithValue("$progress_message", job.Progress.Message);
        parameters.AddWithValue("$progress_percent", job.Progress.Percent);
        parameters.AddWithValue("$artifact", SqliteValues.FromJson(job.Artifact));
        parameters.AddWithValue("$extra_artifacts", SqliteValues.FromJson(job.ExtraArtifacts));
        parameters.AddWithValue("$result_summary", SqliteValues.FromJson(job.ResultSummary));
        parameters.AddWithValue("$error", SqliteValues.FromJson(job.Error));
        parameters.AddWithValue("$created_at", SqliteValues.FromTimestamp(job.CreatedAt));
        parameters.AddWithValue("$started_at", SqliteValues.FromTimestamp(job.StartedAt));
        parameters.AddWithValue("$completed_at", SqliteValues.FromTimestamp(job.CompletedAt));
        parameters.AddWithValue("$expires_at", SqliteValues.FromTimestamp(job.ExpiresAt));
        parameters.AddWithValue("$artifacts_deleted_at", SqliteValues.FromTimestamp(job.ArtifactsDeletedAt));
    }

    /// <summary>Reads the job at the reader's current row.</summary>
    public static ExportJob Read(SqliteDataReader reader) => new()
    {
        TenantId = reader.GetString(reader.GetOrdinal("tenant_id")),
        Id = reader.GetString(reader.GetOrdinal("id")),
        WorkbookId = reader.GetString(reader.GetOrdinal("workbook_id")),
        Format = reader.GetString(reader.GetOrdinal("format")),
        Status = reader.GetString(reader.GetOrdinal("status")),
        SheetIds = SqliteValues.ReadJson<List<string>>(reader, "sheet_ids"),
        Options = SqliteValues.ReadJson<ExportOptions>(reader, "options"),
        RequestedBy = SqliteValues.ReadString(reader, "requested_by"),
        IdempotencyKey = SqliteValues.ReadString(reader, "idempotency_key"),
        RequestHash = SqliteValues.ReadString(reader, "request_hash"),
        FileSizeBytes = SqliteValues.ReadInt64(reader, "file_size_bytes"),
        Progress = new ExportProgress(
            reader.GetInt64(reader.GetOrdinal("progress_current")),
            reader.GetInt64(reader.GetOrdinal("progress_total")),
            reader.GetString(reader.GetOrdinal("progress_message")),
            reader.GetInt32(reader.GetOrdinal("progress_percent"))),
        Artifact = SqliteValues.ReadJson<ExportArtifact>(reader, "artifact"),
        ExtraArtifacts = SqliteValues.ReadJson<Dictionary<string, ExportArtifact>>(reader, "extra_artifacts"),
        ResultSummary = SqliteValues.ReadJson<ExportResultSummary>(reader, "result_summary"),
        Error = SqliteValues.ReadJson<ExportError>(reader, "error"),
        CreatedAt = SqliteValues.ReadTimestamp(reader, "created_at")!.Value,
        StartedAt = SqliteValues.ReadTimestamp(reader, "started_at"),
        CompletedAt = SqliteValues.ReadTimestamp(reader, "completed_at"),
        ExpiresAt = SqliteValues.ReadTimestamp(reader, "expires_at"),
        ArtifactsDeletedAt = SqliteValues.ReadTimestamp(reader, "artifacts_deleted_at"),
        Version = reader.GetInt64(reader.GetOrdinal("version")),
    };
}
