using System.ComponentModel.DataAnnotations;
using Exports.Renderer.Rendering.Xlsx;

namespace Exports.Tests.Rendering.Xlsx;

[TestFixture]
public sealed class XlsxOptionsTests
{
    [Test]
    public void DefaultLimitIsOneMillion()
    {
        var options = new XlsxOptions();

        Assert.That(options.WorkspaceMaxCells, Is.EqualTo(1_000_000));
    }

    [TestCase(0, true)]
    [TestCase(5_000_000_000, true)]
    [TestCase(-1, false)]
    public void LimitMustNotBeNegative(long limit, bool valid)
    {
        var options = new XlsxOptions { WorkspaceMaxCells = limit };

        var results = new List<ValidationResult>();
        var isValid = Validator.TryValidateObject(
            options, new ValidationContext(options), results, validateAllProperties: true);

        var messages = results.Select(result => result.ErrorMessage);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(isValid, Is.EqualTo(valid));
            Assert.That(messages, valid ? Is.Empty : Has.Some.Contains("Xlsx__WorkspaceMaxCells"));
        }
    }
}
