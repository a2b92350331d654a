using System.Buffers;
using System.Globalization;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Makes sheet names Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c> or control
/// characters (each becomes <c>_</c>), no apostrophe at either end, not empty (<c>Sheet</c> and the
/// position), and unique case-insensitively (a repeat gets <c> (2)</c>).
/// </summary>
internal sealed class XlsxSheetNames
{
    /// <summary>Excel's limit on the length of a sheet name.</summary>
    public const int MaxLength = 31;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("[]:*?/\\\uFFFE\uFFFF");

    private readonly UniqueNameSet names = new(MaxLength);

    /// <summary>Returns an Excel-safe, unique name for the sheet at 1-based <paramref name="position"/>.</summary>
    public string Reserve(string sourceName, int position)
    {
        var characters = ExportCellValues.ReplaceLoneSurrogates(sourceName).ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            if (char.IsControl(characters[index]) || Forbidden.Contains(characters[index]))
            {
                characters[index] = '_';
            }
        }

        var name = TextCut.Truncate(new string(characters).Trim('\''), MaxLength).TrimEnd('\'');
        if (name.Length == 0)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"Sheet{position}");
        }

        return names.Reserve(name);
    }
}
