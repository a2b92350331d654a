using System.ComponentModel.DataAnnotations;
using Exports.Renderer.Hosting;
using Exports.Renderer.Rendering.Pdf;
using Exports.Tests.Support.Normalized;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Exports.Tests.Rendering.Pdf;

/// <summary>The <c>Pdf</c> settings: their defaults, and the start-up check of the page limit and the fonts.</summary>
[TestFixture]
public sealed class PdfOptionsTests
{
    [Test]
    public void DefaultsUseDebianFonts()
    {
        var options = new PdfOptions();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.MaxPages, Is.EqualTo(500));
            Assert.That(options.MainFontFolder, Is.EqualTo("/usr/share/fonts/truetype/dejavu"));
            Assert.That(options.FallbackFontFile, Is.EqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        }
    }

    [TestCase(1, true)]
    [TestCase(100_000, true)]
    [TestCase(0, false)]
    [TestCase(100_001, false)]
    public void PageLimitMustBeInRange(int maxPages, bool valid)
    {
        var options = new PdfOptions { MaxPages = maxPages };

        var results = new List<ValidationResult>();
        var isValid = Validator.TryValidateObject(
            options, new ValidationContext(options), results, validateAllProperties: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(isValid, Is.EqualTo(valid));
            Assert.That(
                results.Select(result => result.ErrorMessage),
                valid ? Is.Empty : Has.Some.Contains("Pdf__MaxPages"));
        }
    }

    [Test]
    public void InstalledFontsPassTheCheck()
    {
        var result = Validate(new PdfOptions());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void MissingFontFolderNamesPackage()
    {
        var result = Validate(new PdfOptions { MainFontFolder = "/no/such/fonts" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Pdf__MainFontFolder"));
            Assert.That(result.FailureMessage, Does.Contain("'/no/such/fonts', which does not exist"));
            Assert.That(result.FailureMessage, Does.Contain("fonts-dejavu-core"));
        }
    }

    [Test]
    public void FolderWithoutDejaVuIsRejected()
    {
        using var folder = new TemporaryFolder();

        var result = Validate(new PdfOptions { MainFontFolder = folder.Path });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.FailureMessage, Does.Contain("has no DejaVuSans.ttf"));
            Assert.That(result.FailureMessage, Does.Contain("has no DejaVuSans-Bold.ttf"));
        }
    }

    [Test]
    public void MissingFallbackFontNamesPackage()
    {
        var result = Validate(new PdfOptions { FallbackFontFile = "/no/such/font.ttc" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Pdf__FallbackFontFile"));
            Assert.That(result.FailureMessage, Does.Contain("fonts-wqy-microhei"));
        }
    }

    [Test]
    public async Task RendererWithoutFontsFailsStart()
    {
        using var data = new TemporaryFolder();
        var builder = RendererApplication.CreateBuilder([], configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = data.Path,
                ["Pdf:MainFontFolder"] = "/no/such/fonts",
                ["Serilog:MinimumLevel:Default"] = "Fatal",
            }));
        await using var app = RendererApplication.Build(builder);

        var start = () => app.StartAsync();

        Assert.That(start, Throws.InstanceOf<OptionsValidationException>()
            .With.Message.Contains("Pdf__MainFontFolder").And.Message.Contains("fonts-dejavu-core"));
    }

    private static ValidateOptionsResult Validate(PdfOptions options) =>
        new PdfOptionsValidator().Validate(Options.DefaultName, options);
}
