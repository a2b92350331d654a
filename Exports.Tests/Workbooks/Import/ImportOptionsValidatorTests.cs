using Exports.Renderer.Workbooks.Import;

namespace Exports.Tests.Workbooks.Import;

[TestFixture]
public sealed class ImportOptionsValidatorTests
{
    [Test]
    public void DefaultsAreValid()
    {
        var result = new ImportOptionsValidator().Validate(null, new ImportOptions());

        Assert.That(result.Succeeded, Is.True);
    }

    [TestCase(nameof(ImportOptions.MaxPartUncompressedBytes), "Import__MaxPartUncompressedBytes")]
    [TestCase(nameof(ImportOptions.MaxUncompressedBytes), "Import__MaxUncompressedBytes")]
    [TestCase(nameof(ImportOptions.MaxZipEntries), "Import__MaxZipEntries")]
    [TestCase(nameof(ImportOptions.MaxCellsPerSheet), "Import__MaxCellsPerSheet")]
    [TestCase(nameof(ImportOptions.MaxCompressionRatio), "Import__MaxCompressionRatio")]
    [TestCase(nameof(ImportOptions.MaxCsvRecordCharacters), "Import__MaxCsvRecordCharacters")]
    public void ZeroLimitIsRejected(string option, string expectedKey)
    {
        var options = new ImportOptions();
        typeof(ImportOptions).GetProperty(option)!.SetValue(options, Convert.ChangeType(0, typeof(ImportOptions).GetProperty(option)!.PropertyType));

        var result = new ImportOptionsValidator().Validate(null, options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain(expectedKey));
        }
    }
}
