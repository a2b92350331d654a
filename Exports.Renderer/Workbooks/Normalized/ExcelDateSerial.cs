namespace Exports.Renderer.Workbooks.Normalized;

/// <summary>
/// Converts between dates and serials of Excel's 1900 date system, which the product always writes.
/// Serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that Excel counts though it never existed,
/// so serials below 61 are one day later than a plain day count from 1899-12-30 would give.
/// </summary>
public static class ExcelDateSerial
{
    /// <summary>Days between the 1904 and the 1900 date systems: 1904 serial + 1462 = 1900 serial.</summary>
    public const double Offset1904 = 1462;

    private const double MillisecondsPerDay = 86_400_000;

    // Serial of the 1900-02-29 that Excel counts though it never existed.
    private const double LeapBugDay = 60;

    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Largest serial Excel shows as a date: 9999-12-31 23:59:59.999.</summary>
    public const double MaxSerial = 2958465.99999999;

    /// <summary>
    /// Converts a serial to a date and time, rounded to the millisecond. Serial 60 has no real date and
    /// returns 1900-02-28 with <paramref name="isLeapBugDay"/> set, so writers can say so; null when the
    /// serial is negative or past 9999-12-31.
    /// </summary>
    public static DateTime? ToDateTime(double serial, out bool isLeapBugDay)
    {
        isLeapBugDay = false;
        if (double.IsNaN(serial) || serial < 0 || serial > MaxSerial)
        {
            return null;
        }

        // The day is taken after rounding, so a time that rounds up to midnight falls on the next day, even
        // across day 60.
        var milliseconds = Math.Round(serial * MillisecondsPerDay, MidpointRounding.AwayFromZero);
        var day = Math.Floor(milliseconds / MillisecondsPerDay);
        isLeapBugDay = day == LeapBugDay;
        var shift = day < LeapBugDay ? MillisecondsPerDay : 0;

        return Epoch.AddMilliseconds(milliseconds + shift);
    }

    /// <summary>Converts a date and time to its 1900-system serial.</summary>
    public static double FromDateTime(DateTime value)
    {
        var serial = (value - Epoch).TotalDays;

        return serial < 61 ? serial - 1 : serial;
    }
}
