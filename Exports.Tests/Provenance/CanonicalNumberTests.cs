using System.Globalization;
using Exports.Renderer.Provenance;

namespace Exports.Tests.Provenance;

[TestFixture]
public sealed class CanonicalNumberTests
{
    [TestCase(0.1 + 0.2, "0.3")]
    [TestCase(1e21, "1e+21")]
    [TestCase(9.999999999999999e20, "1e+21")]
    [TestCase(1e20, "100000000000000000000")]
    [TestCase(1.5e-7, "1.5e-7")]
    [TestCase(0.000001, "0.000001")]
    [TestCase(1000000000000005d, "1000000000000010")]
    [TestCase(1.000000000000145, "1.00000000000015")]
    [TestCase(double.MaxValue, "1.79769313486232e+308")]
    [TestCase(5e-324, "5e-324")]
    [TestCase(123456789012345678d, "123456789012346000")]
    [TestCase(9.999999999999995, "10")]
    public void FormatMatchesDocumentedExample(double value, string expected)
    {
        var text = CanonicalNumber.Format(value);

        Assert.That(text, Is.EqualTo(expected));
    }

    [TestCase(-0d, "0")]
    [TestCase(0d, "0")]
    [TestCase(-1234.5678, "-1234.5678")]
    [TestCase(-1e21, "-1e+21")]
    [TestCase(100d, "100")]
    [TestCase(1e-7, "1e-7")]
    [TestCase(0.0000012345, "0.0000012345")]
    [TestCase(1.234567890123456e-6, "0.00000123456789012346")]
    [TestCase(-9.999999999999997e-7, "-0.000001")]
    [TestCase(2.000000000000005, "2.00000000000001")]
    [TestCase(0.1234567890123455, "0.123456789012346")]
    [TestCase(99999.99999999999, "100000")]
    [TestCase(1.23e21, "1.23e+21")]
    [TestCase(double.Epsilon * 3, "1.5e-323")]
    public void FormatHandlesEdgeCase(double value, string expected)
    {
        var text = CanonicalNumber.Format(value);

        Assert.That(text, Is.EqualTo(expected));
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void FormatRejectsNonFiniteValue(double value)
    {
        var format = () => CanonicalNumber.Format(value);

        Assert.That(format, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("#NUM!"));
    }

    [Test]
    public void FormatRejectsShortDestination()
    {
        var destination = new byte[CanonicalNumber.MaxLength - 1];

        var format = () => CanonicalNumber.Format(1, destination);

        Assert.That(format, Throws.ArgumentException.With.Message.Contains("at least 23"));
    }

    [Test]
    public void FormatKeepsFifteenDigitsOfRandomValues()
    {
        var random = new Random(20261204);

        for (var sample = 0; sample < 20_000; sample++)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (!double.IsNormal(value))
            {
                continue;
            }

            var text = CanonicalNumber.Format(value);
            var parsed = double.Parse(text, CultureInfo.InvariantCulture);

            Assert.That(SignificantDigits(text), Is.LessThanOrEqualTo(15), text);
            Assert.That(text.Length, Is.LessThanOrEqualTo(CanonicalNumber.MaxLength), text);
            Assert.That(parsed, Is.EqualTo(value).Within(Math.Abs(value) * 5.2e-15), text);
        }
    }

    [Test]
    public void FormatIsFixedPointOfItsOwnOutput()
    {
        var random = new Random(42);

        for (var sample = 0; sample < 5_000; sample++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30));
            var text = CanonicalNumber.Format(value);

            var again = CanonicalNumber.Format(double.Parse(text, CultureInfo.InvariantCulture));

            Assert.That(again, Is.EqualTo(text));
        }
    }

    private static int SignificantDigits(string text)
    {
        var digits = new string([.. text.Split('e')[0].Where(char.IsAsciiDigit)]);

        return digits.Trim('0').Length;
    }
}
