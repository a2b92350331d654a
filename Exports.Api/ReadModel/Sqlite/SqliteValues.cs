using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Exports.Api.ReadModel.Sqlite;

/// <summary>
/// Converts values to and from their column form: UTC ticks for timestamps, snake_case JSON for structures.
/// </summary>
public static class SqliteValues
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Returns the column value of a timestamp.</summary>
    public static object FromTimestamp(DateTimeOffset? value) =>
        value is { } timestamp ? timestamp.UtcTicks : DBNull.Value;

    /// <summary>Returns the column value of a structure, as JSON.</summary>
    public static object FromJson<T>(T? value) where T : class =>
        value is null ? DBNull.Value : JsonSerializer.Serialize(value, Json);

    /// <summary>Returns the column value of a nullable number or text.</summary>
    public static object FromNullable(object? value) => value ?? DBNull.Value;

    /// <summary>Reads a timestamp column.</summary>
    public static DateTimeOffset? ReadTimestamp(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);

        return reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);
    }

    /// <summary>Reads a JSON column.</summary>
    public static T? ReadJson<T>(SqliteDataReader reader, string column) where T : class
    {
        var ordinal = reader.GetOrdinal(column);

        return reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<T>(reader.GetString(ordinal), Json);
    }

    /// <summary>Reads a nullable text column.</summary>
    public static string? ReadString(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);

        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>Reads a nullable integer column.</summary>
    public static long? ReadInt64(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);

        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }
}
