using System.Security;
using System.Text;
using Exports.Tests.Support.XlsxBuilding;

namespace Exports.Tests.RoundTrip;

/// <summary>
/// Sources built in code, so the round trip of every core value kind runs where the corpus is absent. They hold
/// numbers at the limits of a double, dates in both date systems, booleans, known and unknown errors, and text
/// that needs escaping, quoting, neutralising or cutting. Their sheets have names that must be made safe.
/// </summary>
public static class BuiltSources
{
    // Cell formats: 0 General, 1 m/d/yyyy, 2 h:mm:ss, 3 m/d/yyyy h:mm, 4 the duration [h]:mm:ss.
    private const string DateStyles =
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[h]:mm:ss\"/></numFmts>" +
        "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
        "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\"/>" +
        "<xf numFmtId=\"14\" fontId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"21\" fontId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"22\" fontId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" applyNumberFormat=\"1\"/></cellXfs>";

    /// <summary>Every built source.</summary>
    public static IReadOnlyList<RoundTripSource> All { get; } =
    [
        RoundTripSource.Built("built__value_kinds.xlsx", ValueKinds),
        RoundTripSource.Built("built__sheet_names.xlsx", SheetNames),
        RoundTripSource.Built("built__all_hidden.xlsx", AllHidden),
        RoundTripSource.Built("built__dates_1904.xlsx", Dates1904),
        RoundTripSource.Built("built__text_fields.csv", TextFields),
    ];

    private static byte[] ValueKinds() => new XlsxPackageBuilder()
        .WithPartContentTypes()
        .WithStyles(DateStyles)
        .WithSharedStrings("<t>00123</t>", string.Empty)
        .WithSheet("Values", Numbers() + BooleansAndErrors() + Dates() + Texts() + LongTexts())
        .Build();

    private static string Numbers() =>
        Row(1,
            Number("A1", "0.30000000000000004"),
            Number("B1", "1E+21"),
            Number("C1", "5E-324"),
            Number("D1", "-0"),
            Number("E1", "3200010730102020"),
            Number("F1", "-2.5"),
            Number("G1", "1.7976931348623157E+308"),
            Number("H1", "NaN"),
            "<c r=\"I1\"><f>B1*2</f><v>2E+21</v></c>");

    private static string BooleansAndErrors() =>
        Row(2,
            "<c r=\"A2\" t=\"b\"><v>1</v></c>",
            "<c r=\"B2\" t=\"b\"><v>0</v></c>",
            "<c r=\"C2\" t=\"e\"><v>#DIV/0!</v></c>",
            "<c r=\"D2\" t=\"e\"><f>NA()</f><v>#N/A</v></c>",
            "<c r=\"E2\" t=\"e\"><v>#SPILL!</v></c>",
            "<c r=\"F2\" t=\"e\"><v>#GETTING_DATA</v></c>");

    // Serials around Excel's 1900-02-29 (serial 60) and near midnight check the ISO text's day and rounding.
    private static string Dates() =>
        Row(3,
            Number("A3", "44197", style: 1),
            Number("B3", "0.25", style: 2),
            Number("C3", "44197.423726851855", style: 3),
            Number("D3", "59", style: 1),
            Number("E3", "60", style: 1),
            Number("F3", "61", style: 1),
            Number("G3", "60.5", style: 3),
            Number("H3", "59.9999999999999", style: 3),
            Number("I3", "60.9999999999999", style: 3),
            Number("J3", "44197.5005", style: 3),
            Number("K3", "1.5", style: 4),
            Number("L3", "-1", style: 1),
            Number("M3", "2958466", style: 1),
            "<c r=\"N3\" t=\"d\"><v>2021-01-01T10:10:10</v></c>");

    // Row 4 stays blank, so the CSV export needs an empty record there.
    private static string Texts() =>
        Row(5,
            Inline("A5", "=1+1"),
            Inline("B5", "-2"),
            Inline("C5", "+x"),
            Inline("D5", "@sum"),
            Inline("E5", "_x0009_tab first"),
            Inline("F5", " spaced "),
            Inline("G5", "line_x000D_\nbreak"),
            Inline("H5", "_x005F_x000D_"),
            Inline("I5", "\U0001F600 emoji"),
            Inline("J5", "a,\"b\""),
            Inline("K5", "'apostrophe"),
            "<c r=\"L5\" t=\"s\"><v>0</v></c>",
            "<c r=\"M5\" t=\"s\"><v>1</v></c>",
            Inline("N5", "Zoë 東京 שָׁלוֹם"));

    // B6 puts a surrogate pair across Excel's 32,767-character limit, so the cut must stop before it.
    private static string LongTexts() =>
        Row(6,
            Inline("A6", new string('a', 40_000)),
            Inline("B6", new string('b', 32_766) + "\U0001F600c"));

    private static byte[] SheetNames() => new XlsxPackageBuilder()
        .WithPartContentTypes()
        .WithSheet("Data/2024", Row(1, Inline("A1", "slash")))
        .WithSheet("data_2024", Row(1, Inline("A1", "same name ignoring case")))
        .WithSheet("'Quoted'", Row(1, Inline("A1", "apostrophes")))
        .WithSheet("A name that is much longer than thirty-one characters", Row(1, Inline("A1", "long")))
        .WithSheet("Hidden", Row(1, Inline("A1", "hidden")), state: "hidden")
        .WithSheet("Very hidden", Row(1, Inline("A1", "very hidden")), state: "veryHidden")
        .WithSheet("Empty", string.Empty)
        .WithSheet("Sparse", Row(3, Inline("C3", "first")) + Row(5, Number("E5", "5")))
        .WithSheet("Corner", Row(1_048_576, Inline("XFD1048576", "last cell")))
        .WithSheet("CON", Row(1, Inline("A1", "device name")))
        .Build();

    private static byte[] AllHidden() => new XlsxPackageBuilder()
        .WithPartContentTypes()
        .WithSheet("First", Row(1, Inline("A1", "shown")), state: "hidden")
        .WithSheet("Second", Row(1, Inline("A1", "stays hidden")), state: "veryHidden")
        .Build();

    private static byte[] Dates1904() => new XlsxPackageBuilder()
        .WithPartContentTypes()
        .Date1904()
        .WithStyles(DateStyles)
        .WithSheet("Dates", Row(1,
            Number("A1", "0", style: 1),
            Number("B1", "1", style: 1),
            Number("C1", "35000.25", style: 3),
            Number("D1", "1.5", style: 4),
            Number("E1", "0.5", style: 2),
            Number("F1", "42", style: 0),
            "<c r=\"G1\" t=\"d\"><v>2021-01-01</v></c>"))
        .Build();

    private static byte[] TextFields() => Encoding.UTF8.GetBytes(
        "id,amount,note,flag\r\n" +
        "00123,-0.5,=SUM(A1:A2),TRUE\n" +
        "-0,1e5,\"multi\nline, quoted\",#N/A\r\n" +
        "\r\n" +
        "3200010730102020,0.30000000000000004,\"say \"\"hi\"\"\",\n" +
        ",, ,x\n" +
        "-2,+5,@home,Zoë 東京\n");

    private static string Row(int row, params string[] cells) => $"<row r=\"{row}\">{string.Concat(cells)}</row>";

    private static string Number(string reference, string value, int style = 0) =>
        style == 0
            ? $"<c r=\"{reference}\"><v>{value}</v></c>"
            : $"<c r=\"{reference}\" s=\"{style}\"><v>{value}</v></c>";

    private static string Inline(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is>"
        + "</c>";
}
