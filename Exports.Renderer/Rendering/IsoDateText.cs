using System.Globalization;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering;

/// <summary>
/// Formats 1900-system date serials as ISO 8601 text for CSV and JSON: <c>2021-01-01</c> for whole days,
/// <c>10:10:10</c> for serials below 1 (a time of day), <c>2021-01-01T10:10:10</c> otherwise, with
/// <c>.fff</c> when the serial has milliseconds. Serial 60 is Excel's 1900-02-29, a day that never existed,
/// and is written <c>1900-02-29</c> as Excel shows it, so that it stays apart from serial 59 (1900-02-28).
/// </summary>
internal static class IsoDateText
{
    private static readonly DateTime TimeOnlyDay = new(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Returns the ISO text of a serial, or null when the serial is before 0 or after 9999-12-31.</summary>
    public static string? Format(double serial)
    {
        var value = ExcelDateSerial.ToDateTime(serial, out var isLeapBugDay);
        if (value is not { } dateTime)
        {
            return null;
        }

        var time = FormatTime(dateTime.TimeOfDay);
        if (dateTime.Date == TimeOnlyDay)
        {
            return time ?? "00:00:00";
        }

        var date = isLeapBugDay ? "1900-02-29" : dateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

        return time is null ? date : $"{date}T{time}";
    }

    private static string? FormatTime(TimeSpan time)
    {
        if (time == TimeSpan.Zero)
        {
            return null;
        }

        var format = time.Milliseconds == 0 ? "hh':'mm':'ss" : "hh':'mm':'ss'.'fff";

        return time.ToString(format, CultureInfo.InvariantCulture);
    }
}
