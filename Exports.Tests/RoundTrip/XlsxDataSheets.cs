namespace Exports.Tests.RoundTrip;

/// <summary>
/// Finds the data sheets of an XLSX export written with the default options, by position, in either sheet layout:
/// every sheet when the export has one per source sheet, else the sheets named <c>Foundation - </c> and the source
/// name, which is how the three-zone layout (Foundation, Workspace and Control sheets with a manifest) names them.
/// </summary>
public static class XlsxDataSheets
{
    /// <summary>Prefix of a data sheet's name in the three-zone layout.</summary>
    public const string FoundationPrefix = "Foundation - ";

    /// <summary>Returns the <paramref name="count"/> data sheets in order; fails when there are not as many.</summary>
    public static IReadOnlyList<RoundTripSheet> Select(IReadOnlyList<RoundTripSheet> sheets, int count)
    {
        var dataSheets = sheets.Count == count
            ? sheets
            : [.. sheets.Where(sheet => sheet.Name.StartsWith(FoundationPrefix, StringComparison.Ordinal))];

        Assert.That(dataSheets, Has.Count.EqualTo(count), () =>
            $"data sheets among the export's sheets {string.Join(", ", sheets.Select(sheet => $"'{sheet.Name}'"))}");

        return dataSheets;
    }
}
