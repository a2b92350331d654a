namespace Exports.Renderer.Workbooks.Import.Xlsx.Styles;

/// <summary>
/// Format codes of the built-in number format ids, which a style part references without defining. Ids 0 to
/// 49 are the codes English (United States) Excel shows. Excel shows ids 14 and 22 with a four-digit year,
/// so that is the code kept. Ids 27 to 36 and 50 to 58 depend on an East Asian locale and are stored
/// with the simplified Chinese codes. Every date and time id among them is listed by <see cref="IsDateTime"/>.
/// </summary>
internal static class BuiltInNumberFormats
{
    private static readonly Dictionary<int, string> Codes = new()
    {
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [5] = "\"$\"#,##0_);\\(\"$\"#,##0\\)",
        [6] = "\"$\"#,##0_);[Red]\\(\"$\"#,##0\\)",
        [7] = "\"$\"#,##0.00_);\\(\"$\"#,##0.00\\)",
        [8] = "\"$\"#,##0.00_);[Red]\\(\"$\"#,##0.00\\)",
        [9] = "0%",
        [10] = "0.00%",
        [11] = "0.00E+00",
        [12] = "# ?/?",
        [13] = "# ??/??",
        [14] = "m/d/yyyy",
        [15] = "d-mmm-yy",
        [16] = "d-mmm",
        [17] = "mmm-yy",
        [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [22] = "m/d/yyyy h:mm",
        [27] = "yyyy\"年\"m\"月\"",
        [28] = "m\"月\"d\"日\"",
        [29] = "m\"月\"d\"日\"",
        [30] = "m-d-yy",
        [31] = "yyyy\"年\"m\"月\"d\"日\"",
        [32] = "h\"时\"mm\"分\"",
        [33] = "h\"时\"mm\"分\"ss\"秒\"",
        [34] = "上午/下午h\"时\"mm\"分\"",
        [35] = "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        [36] = "yyyy\"年\"m\"月\"",
        [37] = "#,##0 ;(#,##0)",
        [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)",
        [40] = "#,##0.00;[Red](#,##0.00)",
        [41] = "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)",
        [42] = "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)",
        [43] = "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)",
        [44] = "_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"??_);_(@_)",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mm:ss.0",
        [48] = "##0.0E+0",
        [49] = "@",
        [50] = "yyyy\"年\"m\"月\"",
        [51] = "m\"月\"d\"日\"",
        [52] = "yyyy\"年\"m\"月\"",
        [53] = "m\"月\"d\"日\"",
        [54] = "m\"月\"d\"日\"",
        [55] = "上午/下午h\"时\"mm\"分\"",
        [56] = "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        [57] = "yyyy\"年\"m\"月\"",
        [58] = "m\"月\"d\"日\"",
    };

    /// <summary>Returns the code of a built-in id; null for General (id 0) and for ids with no known code.</summary>
    public static string? Find(int id) => Codes.GetValueOrDefault(id);

    /// <summary>Returns whether a built-in id shows dates or times: 14 to 22, 27 to 36, 45 to 47, 50 to 58.</summary>
    public static bool IsDateTime(int id) =>
        id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Returns the kind of a built-in id; 46 (<c>[h]:mm:ss</c>) is a duration.</summary>
    public static NumberFormatKind KindOf(int id) => id switch
    {
        46 => NumberFormatKind.Duration,
        _ when IsDateTime(id) => NumberFormatKind.DateTime,
        _ => NumberFormatKind.Number,
    };
}
