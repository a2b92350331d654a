using System.Buffers;
using System.Globalization;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Makes sheet names Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c> or control
/// characters (each becomes <c>_</c>), no apostrophe at either end, not empty (<c>Sheet</c> and the
/// position), and unique case-insensitively (a repeat gets <c> (2)</c>). One instance names every sheet of a
/// workbook, so names of different zones are unique among each other too.
/// </summary>
internal sealed class XlsxSheetNames
{
    /// <summary>Excel's limit on the length of a sheet name.</summary>
    public const int MaxLength = 31;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("[]:*?/\\\uFFFE\uFFFF");

    private readonly UniqueNameSet names = new(MaxLength);

    /// <summary>Returns an Excel-safe, unique name for the sheet at 1-based <paramref name="position"/>.</summary>
    public string Reserve(string sourceName, int position) => Reserve(string.Empty, sourceName, position);

    /// <summary>
    /// Returns an Excel-safe, unique name made of <paramref name="prefix"/> and the source sheet's name, such as
    /// <c>Foundation - Assets</c>. The source name is made safe first, then the whole name is cut to 31
    /// characters, so a long source name loses its end and keeps the prefix.
    /// </summary>
    public string Reserve(string prefix, string sourceName, int position)
    {
        var name = TextCut.Truncate(prefix + BaseName(sourceName, position), MaxLength).TrimEnd('\'');

        return names.Reserve(name);
    }

    /// <summary>Returns <paramref name="name"/>, or a numbered variant when an earlier sheet took it.</summary>
    public string ReserveFixed(string name) => names.Reserve(name);

    private static string BaseName(string sourceName, int position)
    {
        var characters = ExportCellValues.ReplaceLoneSurrogates(sourceName).ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            if (char.IsControl(characters[index]) || Forbidden.Contains(characters[index]))
            {
                characters[index] = '_';
            }
        }

        var name = new string(characters).Trim('\'');

        return name.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"Sheet{position}") : name;
    }
}
