using Exports.Renderer.Rendering;
using Exports.Renderer.Rendering.Json;

namespace Exports.Tests.RoundTrip;

[TestFixture]
public sealed class JsonRoundTripTests
{
    private static readonly RenderOptions Options = new();

    [TestCaseSource(typeof(RoundTripSources), nameof(RoundTripSources.All))]
    public async Task JsonRoundTrip(RoundTripSource? source)
    {
        var file = RoundTripSources.Require(source);
        using var run = new RoundTripRun();
        var sourcePath = run.Prepare(file);
        var expected = JsonExpectation.For(SourceReading.Read(sourcePath));

        var (output, context) = await run.ExportAsync(sourcePath, new JsonExportWriter(), Options);
        var actual = JsonOutputReader.Read(output);

        RoundTripAssert.SheetsMatch(file.FileName, expected.Sheets, actual);
        Assert.That(context.Warnings.IsEmpty, Is.True, "JSON changes no value");
    }
}
