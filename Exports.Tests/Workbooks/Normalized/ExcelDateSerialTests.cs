using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Tests.Workbooks.Normalized;

[TestFixture]
public sealed class ExcelDateSerialTests
{
    [TestCase(1d, "1900-01-01T00:00:00.000")]
    [TestCase(59d, "1900-02-28T00:00:00.000")]
    [TestCase(61d, "1900-03-01T00:00:00.000")]
    [TestCase(0.5, "1899-12-31T12:00:00.000")]
    [TestCase(44197.423726851855, "2021-01-01T10:10:10.000")]
    [TestCase(44197.99999999999, "2021-01-02T00:00:00.000")]
    [TestCase(60.9999999999999, "1900-03-01T00:00:00.000")]
    public void SerialConvertsToDate(double serial, string expected)
    {
        var date = ExcelDateSerial.ToDateTime(serial, out var isLeapBugDay);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(date?.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff"), Is.EqualTo(expected));
            Assert.That(isLeapBugDay, Is.False);
        }
    }

    [TestCase(60d, "1900-02-28T00:00:00.000")]
    [TestCase(60.5, "1900-02-28T12:00:00.000")]
    [TestCase(59.9999999999999, "1900-02-28T00:00:00.000")]
    public void SerialOnLeapBugDayIsFlagged(double serial, string expected)
    {
        var date = ExcelDateSerial.ToDateTime(serial, out var isLeapBugDay);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(date?.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff"), Is.EqualTo(expected));
            Assert.That(isLeapBugDay, Is.True);
        }
    }

    [TestCase(-0.5)]
    [TestCase(2958466d)]
    [TestCase(double.NaN)]
    public void SerialWithoutDateReturnsNull(double serial)
    {
        var date = ExcelDateSerial.ToDateTime(serial, out _);

        Assert.That(date, Is.Null);
    }
}
