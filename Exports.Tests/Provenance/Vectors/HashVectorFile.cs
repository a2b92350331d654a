using System.Text.Json;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>
/// Loads the vectors of the independent cb_hash_v1 implementation, a JSON file named by the environment
/// variable <see cref="EnvironmentVariable"/>.
/// </summary>
public static class HashVectorFile
{
    /// <summary>Environment variable that names the vector file.</summary>
    public const string EnvironmentVariable = "EXPORTS_PROVENANCE_VECTORS";

    /// <summary>Returns the path the environment variable names, or null when it is unset.</summary>
    public static string? FindPath()
    {
        var path = Environment.GetEnvironmentVariable(EnvironmentVariable);

        return string.IsNullOrWhiteSpace(path) ? null : path;
    }

    /// <summary>Loads every vector of the file.</summary>
    public static IReadOnlyList<HashVector> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{EnvironmentVariable} names '{path}', which does not exist: point it at the vector file.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));

        return [.. document.RootElement.GetProperty("vectors").EnumerateArray().Select(ReadVector)];
    }

    private static HashVector ReadVector(JsonElement vector) => new(
        vector.GetProperty("name").GetString()!,
        [.. vector.GetProperty("sheets").EnumerateArray().Select(ReadSheet)],
        [.. vector.GetProperty("canonical_values").EnumerateArray().Select(VectorJson.ReadCompactSheet)],
        vector.TryGetProperty("stream_hex", out var hex) ? hex.GetString() : null,
        vector.GetProperty("data_hash").GetString()!,
        null);

    private static VectorSheet ReadSheet(JsonElement sheet) => new(
        sheet.GetProperty("name").GetString()!,
        [.. sheet.GetProperty("cells").EnumerateArray().Select(ReadCell)]);

    private static VectorCell ReadCell(JsonElement cell) => new(
        cell.GetProperty("row").GetInt32(),
        cell.GetProperty("col").GetInt32(),
        cell.GetProperty("type").GetString()!,
        cell.GetProperty("value").GetString()!);
}
