using System.Globalization;
using Exports.Renderer.Provenance.Manifests;
using Exports.Renderer.Workbooks.Normalized;

namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>
/// Writes the Control sheet: the export's provenance for people to read (ids, data hash, scope, manifest
/// version, generation time, signing key id, external signature), the rows and cells of each Foundation sheet, and how
/// to verify
/// the file. The sheet is protected like the Foundation sheets, but it is not hashed: verification relies on the
/// signed manifest, not on this text.
/// </summary>
internal sealed class XlsxControlSheet
{
    /// <summary>The endpoint that verifies an uploaded copy.</summary>
    public const string VerifyEndpoint = "POST /api/v1/exports/verify";

    private static readonly int[] ColumnWidths = [34, 75, 10, 12, 34, 16];

    private readonly List<(NormalizedCell Cell, int FormatId)> cells = [];
    private readonly int boldFormatId;
    private int row;

    private XlsxControlSheet(int boldFormatId) => this.boldFormatId = boldFormatId;

    /// <summary>
    /// Writes the sheet's XML. <paramref name="workspaceMaxCells"/> is the limit on mirrored cells, named when a
    /// Workspace sheet stops early; <paramref name="boldFormatId"/> formats the titles.
    /// </summary>
    public static void Write(
        Utf8XmlWriter xml,
        RenderContext context,
        ProvenanceManifest manifest,
        IReadOnlyList<XlsxZoneSummary> sheets,
        long workspaceMaxCells,
        int boldFormatId)
    {
        var sheet = new XlsxControlSheet(boldFormatId);
        sheet.AddFields(context, manifest);
        sheet.AddSheets(sheets, workspaceMaxCells);
        sheet.AddVerification();
        sheet.WriteXml(xml);
    }

    private void AddFields(RenderContext context, ProvenanceManifest manifest)
    {
        AddRow(bold: true, "Provenance of this export");
        AddRow(bold: false, "The Foundation sheets hold the exported values. They are protected and covered by the "
            + "data hash below. The Workspace sheets reference them with formulas and are free to edit.");
        row++;
        AddRow(bold: true, "Field", "Value");
        AddRow(bold: false, "Export id", manifest.ExportId);
        AddRow(bold: false, "Workbook id", manifest.WorkbookId);
        AddRow(bold: false, "Workbook name", context.Workbook.Name);
        AddRow(bold: false, "Tenant id", manifest.TenantId);
        AddRow(bold: false, "Data hash", manifest.DataHash);
        AddRow(bold: false, "Hash scope", manifest.HashScope);
        AddRow(bold: false, "Manifest version", manifest.ManifestVersion);
        AddRow(bold: false, "Generated at (UTC)", manifest.CreatedAt);
        AddRow(bold: false, "Signing key id", manifest.KeyId);
        if (manifest.Signature is { } signature)
        {
            AddRow(bold: false, "External signature", $"{signature.Algorithm} by signer key {signature.KeyId}");
        }
    }

    private void AddSheets(IReadOnlyList<XlsxZoneSummary> sheets, long workspaceMaxCells)
    {
        row++;
        AddRow(bold: true, "Foundation sheet", "Sheet hash", "Rows", "Cells", "Workspace sheet", "Cells mirrored");
        foreach (var sheet in sheets)
        {
            row++;
            AddText(1, sheet.FoundationName, bold: false);
            AddText(2, sheet.Hash, bold: false);
            AddNumber(3, sheet.Rows);
            AddNumber(4, sheet.Cells);
            AddText(5, sheet.WorkspaceName, bold: false);
            AddNumber(6, sheet.Workspace.MirroredCells);
        }

        foreach (var sheet in sheets.Where(sheet => sheet.Workspace.FirstRowNotMirrored is not null))
        {
            AddRow(bold: false, string.Create(
                CultureInfo.InvariantCulture,
                $"'{sheet.WorkspaceName}' mirrors '{sheet.FoundationName}' only above row "
                + $"{sheet.Workspace.FirstRowNotMirrored:N0}: the Workspace sheets mirror at most "
                + $"{workspaceMaxCells:N0} cells in all."));
        }
    }

    private void AddVerification()
    {
        row++;
        AddRow(bold: true, "How to verify");
        AddRow(bold: false, $"Send this file to {VerifyEndpoint} as multipart/form-data, in the field file.");
        AddRow(bold: false, "The service recomputes cb_hash_v1 over the Foundation sheets and checks the signed "
            + $"manifest embedded in this file as a Custom XML Part (namespace {ManifestXml.Namespace}).");
        AddRow(bold: false, "Edits on the Workspace sheets or on this sheet do not change the result. A changed "
            + "value, sheet name or sheet order on the Foundation sheets does.");
    }

    private void AddRow(bool bold, params string[] texts)
    {
        row++;
        for (var index = 0; index < texts.Length; index++)
        {
            AddText(index + 1, texts[index], bold);
        }
    }

    private void AddText(int column, string text, bool bold)
    {
        if (text.Length > 0)
        {
            cells.Add((NormalizedCell.FromText(row, column, text), bold ? boldFormatId : 0));
        }
    }

    private void AddNumber(int column, long value) => cells.Add((NormalizedCell.FromNumber(row, column, value), 0));

    private void WriteXml(Utf8XmlWriter xml)
    {
        xml.WriteRaw(XlsxDeclaration.Utf8);
        xml.WriteRaw("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "u8);
        xml.WriteRaw("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
        xml.WriteRaw("<dimension ref=\"A1:"u8);
        xml.WriteCellReference(row, ColumnWidths.Length);
        xml.WriteRaw("\"/>"u8);
        XlsxSheetHead.WriteViews(xml, selected: false, freezeHeader: false);
        xml.WriteRaw("<sheetFormatPr defaultRowHeight=\"15\"/>"u8);
        WriteColumns(xml);
        WriteRows(xml);
        xml.WriteRaw(XlsxSheetProtection.Utf8);
        xml.WriteRaw("</worksheet>"u8);
    }

    private static void WriteColumns(Utf8XmlWriter xml)
    {
        xml.WriteRaw("<cols>"u8);
        for (var index = 0; index < ColumnWidths.Length; index++)
        {
            xml.WriteRaw("<col min=\""u8);
            xml.WriteInteger(index + 1);
            xml.WriteRaw("\" max=\""u8);
            xml.WriteInteger(index + 1);
            xml.WriteRaw("\" width=\""u8);
            xml.WriteInteger(ColumnWidths[index]);
            xml.WriteRaw("\" customWidth=\"1\"/>"u8);
        }

        xml.WriteRaw("</cols>"u8);
    }

    private void WriteRows(Utf8XmlWriter xml)
    {
        xml.WriteRaw("<sheetData>"u8);
        foreach (var line in cells.GroupBy(entry => entry.Cell.Row))
        {
            xml.WriteRaw("<row r=\""u8);
            xml.WriteInteger(line.Key);
            xml.WriteRaw("\">"u8);
            foreach (var (cell, formatId) in line)
            {
                XlsxCellWriter.Write(xml, cell, formatId);
            }

            xml.WriteRaw("</row>"u8);
        }

        xml.WriteRaw("</sheetData>"u8);
    }
}
