using System.Globalization;
using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance.Vectors;

/// <summary>The product's cb_hash_v1 result for a vector and the exact bytes it hashed.</summary>
public sealed record HashVectorRun(CbHashV1Result Result, byte[] Stream)
{
    /// <summary>
    /// Feeds the vector's sheets to a <see cref="CbHashV1Builder"/>, each sheet's cells sorted into row-major
    /// order first, since the builder takes cells in the order it hashes them.
    /// </summary>
    public static HashVectorRun Of(HashVector vector)
    {
        using var transcript = new MemoryStream();
        using var builder = new CbHashV1Builder(recordCellDigests: false, transcript);
        foreach (var sheet in vector.Sheets)
        {
            builder.BeginSheet(sheet.Name);
            foreach (var cell in sheet.Cells.OrderBy(cell => cell.Row).ThenBy(cell => cell.Column))
            {
                Add(builder, cell);
            }
        }

        var result = builder.Complete();

        return new HashVectorRun(result, transcript.ToArray());
    }

    private static void Add(CbHashV1Builder builder, VectorCell cell)
    {
        switch (cell.Type)
        {
            case "n":
                builder.AddNumber(cell.Row, cell.Column, double.Parse(cell.Value, CultureInfo.InvariantCulture));
                break;
            case "s":
                builder.AddString(cell.Row, cell.Column, cell.Value);
                break;
            case "b":
                builder.AddBoolean(cell.Row, cell.Column, ParseBoolean(cell.Value));
                break;
            case "e":
                builder.AddError(cell.Row, cell.Column, cell.Value);
                break;
            default:
                throw new InvalidDataException($"Vector cell {cell} has type '{cell.Type}'; expected n, s, b or e.");
        }
    }

    private static bool ParseBoolean(string value) => value switch
    {
        "TRUE" => true,
        "FALSE" => false,
        _ => throw new InvalidDataException($"Vector boolean '{value}' is neither TRUE nor FALSE."),
    };
}
