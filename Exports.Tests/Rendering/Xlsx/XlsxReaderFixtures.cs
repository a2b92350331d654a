using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Xlsx;
using Exports.Renderer.Workbooks.Normalized;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.Rendering.Xlsx;

/// <summary>Workbooks written once per fixture and read back by an external program.</summary>
internal static class XlsxReaderFixtures
{
    /// <summary>Texts that need escapes in SpreadsheetML, written to row 3 from column A on.</summary>
    public static readonly string[] EscapedTexts =
    [
        "a < b & c > d",
        "line one\nline two",
        "tab\there",
        "_x000D_ literal",
        "bell\u0007 escape\u001B",
        "emoji 😀 and 中文",
        "  padded  ",
    ];

    /// <summary>
    /// Writes the fixture files into <paramref name="folder"/> and returns their paths: <c>values.xlsx</c> in the
    /// default three-zone layout and <c>plain.xlsx</c> with every layout option off.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(TemporaryFolder folder)
    {
        var writer = XlsxWriters.Create();
        var values = await new NormalizedWorkbookBuilder("values.xlsx")
            .Sheet("Values", ValueCells())
            .Sheet("Hidden: 1/2", SampleCells.Grid(3, 2), hidden: true)
            .BuildAsync(folder);
        var plain = await new NormalizedWorkbookBuilder("plain.xlsx")
            .Sheet("Plain", [.. SampleCells.EveryKind(), NormalizedCell.FromText(2, 1, new string('w', 30))])
            .BuildAsync(folder, new RenderOptions
            {
                XlsxFreezeHeader = false, XlsxAutoWidth = false, XlsxIncludeStyles = false, XlsxThreeZone = false,
            });

        return
        [
            await ExportFiles.WriteAsync(writer, values, folder.File("values.xlsx")),
            await ExportFiles.WriteAsync(writer, plain, folder.File("plain.xlsx")),
        ];
    }

    private static IEnumerable<NormalizedCell> ValueCells()
    {
        foreach (var cell in SampleCells.EveryKind(1))
        {
            yield return cell;
        }

        for (var index = 0; index < SampleCells.ExactDoubles.Length; index++)
        {
            yield return NormalizedCell.FromNumber(2, index + 1, SampleCells.ExactDoubles[index]);
        }

        for (var index = 0; index < EscapedTexts.Length; index++)
        {
            yield return NormalizedCell.FromText(3, index + 1, EscapedTexts[index]);
        }

        yield return NormalizedCell.FromText(4, 1, new string('L', 40_000));
    }
}
