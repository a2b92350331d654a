using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class A1ReferenceTests
{
    [TestCase(1, "A")]
    [TestCase(2, "B")]
    [TestCase(26, "Z")]
    [TestCase(27, "AA")]
    [TestCase(52, "AZ")]
    [TestCase(53, "BA")]
    [TestCase(702, "ZZ")]
    [TestCase(703, "AAA")]
    [TestCase(16384, "XFD")]
    public void ColumnNameSpellsColumn(int column, string expected)
    {
        var name = A1Reference.ColumnName(column);

        Assert.That(name, Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(16385)]
    public void ColumnNameRejectsOutOfRange(int column)
    {
        var name = () => A1Reference.ColumnName(column);

        Assert.That(name, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("16384 (XFD)"));
    }

    [TestCase(12, 3, "C12")]
    [TestCase(1, 1, "A1")]
    [TestCase(1048576, 16384, "XFD1048576")]
    public void FormatJoinsColumnAndRow(int row, int column, string expected)
    {
        var reference = A1Reference.Format(row, column);

        Assert.That(reference, Is.EqualTo(expected));
    }

    [Test]
    public void FormatRejectsRowZero()
    {
        var format = () => A1Reference.Format(0, 1);

        Assert.That(format, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("start at 1"));
    }

    [TestCase(16385, "XFE")]
    [TestCase(100_000, "EQXD")]
    [TestCase(int.MaxValue, "FXSHRXW")]
    public void LettersGoPastExcelLimit(int column, string expected)
    {
        var letters = A1Reference.ColumnLetters(column);

        Assert.That(letters, Is.EqualTo(expected));
    }
}
