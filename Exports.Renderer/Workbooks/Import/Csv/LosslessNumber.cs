using System.Globalization;

namespace Exports.Renderer.Workbooks.Import.Csv;

/// <summary>
/// Reads a delimited field as a number only when nothing is lost: the field must parse as a finite double
/// whose shortest round-trip text (<c>double.ToString("R")</c>, invariant culture) is exactly the field. So
/// <c>-0.5</c> and <c>3200010730102020</c> are numbers, while <c>00123</c>, <c>1.50</c>, <c>+5</c>,
/// <c>1e5</c> and <c> 7</c> stay text. <c>-0</c> stays text too: a spreadsheet shows negative zero as
/// <c>0</c>, which would change what the cell shows.
/// </summary>
internal static class LosslessNumber
{
    public static bool TryParse(string field, out double value)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            || !double.IsFinite(value)
            || (value == 0 && double.IsNegative(value)))
        {
            return false;
        }

        return value.ToString("R", CultureInfo.InvariantCulture) == field;
    }
}
