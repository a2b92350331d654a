using System.Globalization;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// The ISO 8601 text CSV and JSON exports give a date serial of the 1900 date system, worked out from the
/// documented rule apart from the writers' code. The serial is rounded to the millisecond first. A whole day is
/// <c>2021-01-01</c>, a serial below 1 is the time of day alone (<c>10:10:10</c>), anything else is both joined
/// by <c>T</c>, with <c>.fff</c> only when there are milliseconds. Day 60 is the 1900-02-29 that Excel counts.
/// </summary>
public static class ExpectedIsoDates
{
    private const long MillisecondsPerDay = 86_400_000;

    // Serial of 9999-12-31, the last day a serial can show.
    private const long LastDay = 2_958_465;

    private const int LeapBugDay = 60;

    /// <summary>Returns the ISO text of a serial, or null when it has no date (below 0 or after 9999-12-31).</summary>
    public static string? Format(double serial)
    {
        if (serial < 0)
        {
            return null;
        }

        var milliseconds = (long)Math.Round(serial * MillisecondsPerDay, MidpointRounding.AwayFromZero);
        var day = milliseconds / MillisecondsPerDay;
        if (day > LastDay)
        {
            return null;
        }

        var time = TimeSpan.FromMilliseconds(milliseconds % MillisecondsPerDay);
        if (day == 0)
        {
            return TimeText(time);
        }

        var date = day == LeapBugDay ? "1900-02-29" : DateText(day);

        return time == TimeSpan.Zero ? date : $"{date}T{TimeText(time)}";
    }

    // Excel counts a 1900-02-29, so the days before it are one day later than a count from 1899-12-30 gives.
    private static string DateText(long day)
    {
        var start = day < LeapBugDay ? new DateOnly(1899, 12, 31) : new DateOnly(1899, 12, 30);

        return start.AddDays((int)day).ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
    }

    private static string TimeText(TimeSpan time) =>
        time.ToString(time.Milliseconds == 0 ? "hh':'mm':'ss" : "hh':'mm':'ss'.'fff", CultureInfo.InvariantCulture);
}
