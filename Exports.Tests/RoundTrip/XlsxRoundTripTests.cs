using Exports.Renderer.Rendering;
using Exports.Tests.Support.Normalized;

namespace Exports.Tests.RoundTrip;

[TestFixture]
public sealed class XlsxRoundTripTests
{
    // The single-zone layout: one worksheet per source sheet, under the source sheet's safe name.
    private static readonly RenderOptions Options = new() { XlsxThreeZone = false };

    [TestCaseSource(typeof(RoundTripSources), nameof(RoundTripSources.All))]
    public async Task XlsxRoundTrip(RoundTripSource? source)
    {
        var file = RoundTripSources.Require(source);
        using var run = new RoundTripRun();
        var sourcePath = run.Prepare(file);
        var expected = XlsxExpectation.For(SourceReading.Read(sourcePath));

        var (output, context) = await run.ExportAsync(sourcePath, XlsxWriters.Create(), Options);
        var actual = XlsxOutputReader.Read(output);

        RoundTripAssert.SheetsMatch(file.FileName, expected.Sheets, actual);
        Assert.That(
                context.Warnings.ToList(), Has.Count.EqualTo(expected.Changes.Count), "one warning per kind of change");
    }

    [TestCaseSource(typeof(RoundTripSources), nameof(RoundTripSources.All))]
    public async Task XlsxDefaultLayoutRoundTrip(RoundTripSource? source)
    {
        var file = RoundTripSources.Require(source);
        using var run = new RoundTripRun();
        var sourcePath = run.Prepare(file);
        var expected = XlsxExpectation.For(SourceReading.Read(sourcePath));

        var (output, _) = await run.ExportAsync(sourcePath, XlsxWriters.Create(), new RenderOptions());
        var actual = XlsxDataSheets.Select(XlsxOutputReader.Read(output), expected.Sheets.Count);

        using (Assert.EnterMultipleScope())
        {
            for (var index = 0; index < expected.Sheets.Count; index++)
            {
                var sheet = expected.Sheets[index];
                RoundTripAssert.CellsMatch(file.FileName, sheet.Name, sheet.Cells, actual[index].Cells);
            }
        }
    }
}
