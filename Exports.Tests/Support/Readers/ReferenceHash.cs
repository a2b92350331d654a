using System.Globalization;
using Exports.Renderer.Provenance;
using Exports.Tests.Workbooks.Import.Reference;

namespace Exports.Tests.Support.Readers;

/// <summary>
/// Computes cb_hash_v1 over sheets read back by <see cref="OpenXmlSdkReference"/>, independently of the writers.
/// </summary>
public static class ReferenceHash
{
    /// <summary>
    /// Hashes the sheets of <paramref name="path"/> that <paramref name="inScope"/> selects, in workbook order.
    /// </summary>
    public static CbHashV1Result Of(string path, Func<ReferenceSheet, bool> inScope) =>
        Of(OpenXmlSdkReference.Read(path).Where(inScope));

    /// <summary>Hashes <paramref name="sheets"/> in order, recording per-cell digests.</summary>
    public static CbHashV1Result Of(IEnumerable<ReferenceSheet> sheets)
    {
        using var builder = new CbHashV1Builder(recordCellDigests: true);
        foreach (var sheet in sheets)
        {
            builder.BeginSheet(sheet.Name);
            foreach (var cell in sheet.Cells)
            {
                Add(builder, cell);
            }
        }

        return builder.Complete();
    }

    private static void Add(CbHashV1Builder builder, ReferenceCell cell)
    {
        switch (cell.Kind)
        {
            case "Number" or "DateTime":
                builder.AddNumber(cell.Row, cell.Column, double.Parse(cell.Value, CultureInfo.InvariantCulture));
                break;
            case "Boolean":
                builder.AddBoolean(cell.Row, cell.Column, cell.Value == "TRUE");
                break;
            case "Error":
                builder.AddError(cell.Row, cell.Column, cell.Value);
                break;
            default:
                builder.AddString(cell.Row, cell.Column, cell.Value);
                break;
        }
    }
}
