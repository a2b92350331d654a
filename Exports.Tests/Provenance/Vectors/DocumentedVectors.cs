using System.Text;
using System.Text.Json;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>
/// Loads the test vectors of <c>docs/provenance.md</c>: every fenced block whose info string is
/// <c>json vector</c>, so that the page and the tests cannot drift apart.
/// </summary>
public static class DocumentedVectors
{
    private const string Fence = "```";
    private const string VectorFence = "```json vector";

    /// <summary>Finds the page from the repository root: the nearest folder above the tests with Exports.sln.</summary>
    public static string FindPage()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null;
             folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Exports.sln")))
            {
                return Path.Combine(folder.FullName, "docs", "provenance.md");
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above {TestContext.CurrentContext.TestDirectory} holds Exports.sln: " +
            "run the tests from a build inside the repository.");
    }

    /// <summary>Loads every vector block of the page, in page order.</summary>
    public static IReadOnlyList<HashVector> Load(string pagePath) =>
        [.. ReadBlocks(File.ReadAllLines(pagePath)).Select(Parse)];

    private static IEnumerable<string> ReadBlocks(IEnumerable<string> lines)
    {
        StringBuilder? block = null;
        foreach (var line in lines)
        {
            if (block is null)
            {
                block = line.Trim() == VectorFence ? new StringBuilder() : null;
            }
            else if (line.Trim() == Fence)
            {
                yield return block.ToString();
                block = null;
            }
            else
            {
                block.AppendLine(line);
            }
        }
    }

    private static HashVector Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var vector = document.RootElement;
        string? hex = vector.TryGetProperty("stream_hex", out var lines)
            ? string.Concat(lines.EnumerateArray().Select(line => line.GetString()))
            : null;

        return new HashVector(
            vector.GetProperty("name").GetString()!,
            [.. vector.GetProperty("sheets").EnumerateArray().Select(ReadSheet)],
            [.. vector.GetProperty("canonical").EnumerateArray().Select(VectorJson.ReadCompactSheet)],
            hex,
            vector.GetProperty("data_hash").GetString()!,
            [.. vector.GetProperty("sheet_hashes").EnumerateArray().Select(hash => hash.GetString()!)]);
    }

    private static VectorSheet ReadSheet(JsonElement sheet) => new(
        sheet.GetProperty("name").GetString()!,
        [.. sheet.GetProperty("cells").EnumerateArray().Select(VectorJson.ReadCompactCell)]);
}
