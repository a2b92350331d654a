using System.Text;
using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CanonicalTextTests
{
    // Attribute arguments are stored as UTF-8, which cannot carry a lone surrogate, so these cases are built in code.
    private static readonly TestCaseData[] LoneSurrogateCases =
    [
        new TestCaseData("a\uD83Cb", "a\uFFFDb").SetArgDisplayNames("high surrogate"),
        new TestCaseData("a\uDF63b", "a\uFFFDb").SetArgDisplayNames("low surrogate"),
        new TestCaseData("\uDF63\uD83C", "\uFFFD\uFFFD").SetArgDisplayNames("reversed pair"),
        new TestCaseData("end\uD83C", "end\uFFFD").SetArgDisplayNames("high surrogate at end"),
        new TestCaseData("\uD83C\r\n", "\uFFFD\n").SetArgDisplayNames("high surrogate before CR LF"),
    ];

    [TestCase("line1\r\nline2", "line1\nline2")]
    [TestCase("lone\rcr", "lone\rcr")]
    [TestCase("lone\nlf", "lone\nlf")]
    [TestCase("a\r\r\nb", "a\r\nb")]
    [TestCase("\r\n\r\n", "\n\n")]
    [TestCase("end\r", "end\r")]
    [TestCase("  padded  ", "  padded  ")]
    [TestCase("tab\there", "tab\there")]
    public void NormalizeReplacesOnlyCrLfPairs(string text, string expected)
    {
        var canonical = CanonicalText.Normalize(text);

        Assert.That(canonical, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(LoneSurrogateCases))]
    public void NormalizeReplacesLoneSurrogates(string text, string expected)
    {
        var canonical = CanonicalText.Normalize(text);

        Assert.That(canonical, Is.EqualTo(expected));
    }

    [Test]
    public void NormalizeKeepsSurrogatePair()
    {
        var canonical = CanonicalText.Normalize("sushi \uD83C\uDF63");

        Assert.That(canonical, Is.EqualTo("sushi \uD83C\uDF63"));
    }

    [Test]
    public void NormalizeKeepsDecomposedForm()
    {
        var decomposed = "e\u0301";

        var canonical = CanonicalText.Normalize(decomposed);

        Assert.That(canonical, Is.EqualTo(decomposed));
        Assert.That(canonical, Is.Not.EqualTo("\u00e9"));
    }

    [Test]
    public void GetBytesWritesUtf8()
    {
        var text = "\u00e9\u65e5\uD83C\uDF63\r\n";
        var destination = new byte[CanonicalText.GetMaxByteCount(text.Length)];

        var length = CanonicalText.GetBytes(text, destination);

        Assert.That(Convert.ToHexStringLower(destination, 0, length), Is.EqualTo("c3a9e697a5f09f8da30a"));
    }

    [Test]
    public void GetBytesWritesReplacementCharacter()
    {
        var destination = new byte[CanonicalText.GetMaxByteCount(1)];

        var length = CanonicalText.GetBytes("\uDC00", destination);

        Assert.That(destination[..length], Is.EqualTo(Encoding.UTF8.GetBytes("\uFFFD")));
    }
}
