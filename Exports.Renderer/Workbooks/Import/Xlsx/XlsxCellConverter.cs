using System.Globalization;
using Exports.Renderer.Workbooks.Import.Xlsx.Styles;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>
/// Turns a worksheet cell into a normalised cell: the cached value typed by <c>t</c>, the formula text kept,
/// numbers under a date format made dates in the 1900 system. A cell with no value, or whose value is the
/// empty string, is blank.
/// </summary>
internal sealed class XlsxCellConverter(
    IReadOnlyList<string> sharedStrings, XlsxStyleMap styles, bool date1904, string sheetName)
{
    /// <summary>Converts a cell; false when it is blank.</summary>
    public bool TryConvert(in SourceCell source, out NormalizedCell cell)
    {
        cell = default;
        var styleId = styles.StyleIdOf(source.CellFormatIndex);
        var formula = string.IsNullOrEmpty(source.Formula) ? null : source.Formula;
        var value = source.Type switch
        {
            "s" => SharedString(source),
            "str" => Text(source.Value),
            "inlineStr" => source.InlineText is { } inline ? Text(inline, decode: false) : Text(source.Value),
            "b" => Boolean(source.Value),
            "e" => Error(source.Value),
            "d" => IsoDate(source.Value),
            _ => Number(source.Value, source.CellFormatIndex),
        };

        if (value is not { } converted)
        {
            return false;
        }

        cell = new NormalizedCell(
            source.Row, source.Column, converted.Kind, converted.Number, converted.Text, styleId, formula);

        return true;
    }

    private CellValue? SharedString(in SourceCell source)
    {
        if (string.IsNullOrEmpty(source.Value))
        {
            return null;
        }

        if (!int.TryParse(source.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index)
            || index < 0 || index >= sharedStrings.Count)
        {
            throw ImportRejections.Corrupt(string.Create(
                CultureInfo.InvariantCulture,
                $"cell R{source.Row}C{source.Column} of sheet '{sheetName}' refers to shared string " +
                $"'{source.Value}', but the shared string table has {sharedStrings.Count} entries."));
        }

        return Text(sharedStrings[index], decode: false);
    }

    private static CellValue? Text(string? text, bool decode = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return new CellValue(CellKind.Text, 0, decode ? OoxmlEscapes.Decode(text) : text);
    }

    private static CellValue? Boolean(string? text) => text?.Trim() switch
    {
        null or "" => null,
        "1" => new CellValue(CellKind.Boolean, 1, null),
        "0" => new CellValue(CellKind.Boolean, 0, null),
        var other when other.Equals("true", StringComparison.OrdinalIgnoreCase) =>
            new CellValue(CellKind.Boolean, 1, null),
        var other when other.Equals("false", StringComparison.OrdinalIgnoreCase) =>
            new CellValue(CellKind.Boolean, 0, null),
        _ => Text(text),
    };

    private static CellValue? Error(string? text) =>
        string.IsNullOrEmpty(text) ? null : new CellValue(CellKind.Error, 0, text);

    private static CellValue? IsoDate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return IsoDateValue.TryParse(text, out var serial)
            ? new CellValue(CellKind.DateTime, serial, null)
            : Text(text);
    }

    private CellValue? Number(string? text, int cellFormatIndex)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return NonFiniteNumbers.IsSpelledNonFinite(text) ? NonFinite() : Text(text);
        }

        if (!double.IsFinite(number))
        {
            return NonFinite();
        }

        return styles.KindOf(cellFormatIndex) switch
        {
            NumberFormatKind.DateTime when date1904 =>
                new CellValue(CellKind.DateTime, number + ExcelDateSerial.Offset1904, null),
            NumberFormatKind.DateTime or NumberFormatKind.Duration => new CellValue(CellKind.DateTime, number, null),
            _ => new CellValue(CellKind.Number, number, null),
        };
    }

    private static CellValue NonFinite() => new(CellKind.Error, 0, NonFiniteNumbers.ErrorLiteral);
}
