namespace Exports.Api.ReadModel.Sqlite;

/// <summary>
/// Tables of the embedded read model, created when missing. Timestamps are UTC ticks; structured values are
/// JSON text. Jobs are keyed by tenant and id, and an idempotency key is unique within a tenant.
/// </summary>
public static class SqliteSchema
{
    /// <summary>Statements that switch the database to WAL and create every table and index.</summary>
    public const string CreateStatements =
        """
        PRAGMA journal_mode = WAL;

        CREATE TABLE IF NOT EXISTS export_jobs (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            workbook_id TEXT NOT NULL,
            format TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'cancelled')),
            sheet_ids TEXT NULL,
            options TEXT NULL,
            requested_by TEXT NULL,
            idempotency_key TEXT NULL,
            request_hash TEXT NULL,
            file_size_bytes INTEGER NULL,
            progress_current INTEGER NOT NULL,
            progress_total INTEGER NOT NULL,
            progress_message TEXT NOT NULL,
            progress_percent INTEGER NOT NULL CHECK (progress_percent BETWEEN 0 AND 100),
            artifact TEXT NULL,
            extra_artifacts TEXT NULL,
            result_summary TEXT NULL,
            error TEXT NULL,
            created_at INTEGER NOT NULL,
            started_at INTEGER NULL,
            completed_at INTEGER NULL,
            expires_at INTEGER NULL,
            artifacts_deleted_at INTEGER NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (tenant_id, id)
        );

        CREATE UNIQUE INDEX IF NOT EXISTS ux_export_jobs_idempotency_key
            ON export_jobs (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

        CREATE INDEX IF NOT EXISTS ix_export_jobs_created_at ON export_jobs (tenant_id, created_at DESC);

        CREATE INDEX IF NOT EXISTS ix_export_jobs_expires_at
            ON export_jobs (expires_at) WHERE status = 'completed' AND artifacts_deleted_at IS NULL;

        CREATE TABLE IF NOT EXISTS workbooks (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            source_format TEXT NOT NULL,
            sheets TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (tenant_id, id)
        );
        """;
}
