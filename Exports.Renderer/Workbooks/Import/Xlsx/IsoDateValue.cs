using System.Globalization;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Converts the ISO 8601 text of a <c>t="d"</c> cell to a 1900-system serial.</summary>
internal static class IsoDateValue
{
    private static readonly DateTime FirstDate = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Parses a date, a date and time, or a time of day (<c>10:10:10</c>, which becomes a fraction of a day);
    /// false for text that is not ISO 8601 or a date before 1900-01-01, which no serial can hold.
    /// </summary>
    public static bool TryParse(string text, out double serial)
    {
        serial = 0;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (!trimmed.Contains('-') && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var time)
            && time >= TimeSpan.Zero && time < TimeSpan.FromDays(1))
        {
            serial = time.TotalDays;

            return true;
        }

        if (!DateTime.TryParse(
                trimmed,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                out var date)
            || date < FirstDate)
        {
            return false;
        }

        serial = ExcelDateSerial.FromDateTime(DateTime.SpecifyKind(date, DateTimeKind.Unspecified));

        return true;
    }
}
