using System.Text.Json;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>Reads the compact JSON forms shared by both vector sources.</summary>
internal static class VectorJson
{
    /// <summary>Reads <c>[name, [[row, col, type, value], ...]]</c>.</summary>
    public static VectorSheet ReadCompactSheet(JsonElement sheet) => new(
        sheet[0].GetString()!,
        [.. sheet[1].EnumerateArray().Select(ReadCompactCell)]);

    /// <summary>Reads <c>[row, col, type, value]</c>.</summary>
    public static VectorCell ReadCompactCell(JsonElement cell) => new(
        cell[0].GetInt32(),
        cell[1].GetInt32(),
        cell[2].GetString()!,
        cell[3].GetString()!);
}
