using System.Xml;

namespace Exports.Renderer.Workbooks.Import.Xlsx;

/// <summary>Reads the date system and the sheet list of a workbook part.</summary>
internal static class WorkbookPartReader
{
    /// <summary>Reads the workbook part; returns null when its root element is not a SpreadsheetML workbook.</summary>
    public static WorkbookPartInfo? Read(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || !OoxmlNames.IsMainElement(reader, "workbook"))
        {
            return null;
        }

        var date1904 = false;
        List<WorkbookSheetEntry> sheets = [];
        while (reader.Read())
        {
            if (OoxmlNames.IsMainElement(reader, "workbookPr"))
            {
                date1904 = XmlValues.IsTrue(reader.GetAttribute("date1904"));
            }
            else if (OoxmlNames.IsMainElement(reader, "sheet"))
            {
                sheets.Add(ReadSheet(reader));
            }
        }

        return new WorkbookPartInfo(date1904, sheets);
    }

    private static WorkbookSheetEntry ReadSheet(XmlReader reader)
    {
        var name = reader.GetAttribute("name") ?? string.Empty;
        var relationshipId = OoxmlNames.GetRelationshipAttribute(reader, "id");
        var visibility = reader.GetAttribute("state") switch
        {
            "hidden" => SheetVisibility.Hidden,
            "veryHidden" => SheetVisibility.VeryHidden,
            _ => SheetVisibility.Visible,
        };

        return new WorkbookSheetEntry(name, relationshipId, visibility);
    }
}
