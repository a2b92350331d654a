using System.Globalization;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Parses the attribute value types of SpreadsheetML.</summary>
internal static class XmlValues
{
    /// <summary>Returns whether an <c>xsd:boolean</c> value is true (<c>1</c> or <c>true</c>).</summary>
    public static bool IsTrue(string? value) =>
        value is not null && (value.Trim() is "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Returns the value of a toggle element such as <c>&lt;b/&gt;</c>, which is on unless its <c>val</c>
    /// attribute says <c>0</c> or <c>false</c>.
    /// </summary>
    public static bool IsToggleOn(string? val) =>
        val is null || !(val.Trim() is "0" || val.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses an integer attribute, or returns null when it is missing or not an integer.</summary>
    public static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Parses a decimal attribute, or returns null when it is missing or not a number.</summary>
    public static double? ParseDouble(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
