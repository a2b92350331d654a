namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>Default number formats of date cells, chosen by the fraction of the serial.</summary>
internal static class XlsxDateFormats
{
    private const double MillisecondsPerDay = 86_400_000d;

    /// <summary>Classifies a date serial: below 1 is a time, a serial whose time rounds to 0 ms is a date.</summary>
    public static XlsxDateDisplay Classify(double serial)
    {
        if (serial is >= 0 and < 1)
        {
            return XlsxDateDisplay.Time;
        }

        var milliseconds = Math.Round((serial - Math.Floor(serial)) * MillisecondsPerDay, MidpointRounding.AwayFromZero);

        return milliseconds is 0 or MillisecondsPerDay ? XlsxDateDisplay.Date : XlsxDateDisplay.DateTime;
    }

    /// <summary>Returns the format code of a display kind.</summary>
    public static string Code(XlsxDateDisplay display) => display switch
    {
        XlsxDateDisplay.Date => "yyyy-mm-dd",
        XlsxDateDisplay.DateTime => "yyyy-mm-dd hh:mm:ss",
        XlsxDateDisplay.Time => "hh:mm:ss",
        _ => throw new ArgumentOutOfRangeException(nameof(display), display, "Only date cells have a date format."),
    };
}
