namespace Exports.Renderer.Workbooks.Import;

/// <summary>What the first bytes of an upload show it to be.</summary>
internal enum SourceContainer
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>A ZIP archive, such as an XLSX package.</summary>
    Zip,

    /// <summary>An OLE2 compound file, such as a legacy .xls workbook.</summary>
    Ole2,

    /// <summary>A known binary format that is not a spreadsheet, such as an image or a PDF.</summary>
    KnownBinary,

    /// <summary>Anything else, read as delimited text.</summary>
    Text,
}
