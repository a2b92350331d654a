using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Exports.Tests.Support.XlsxEditing;

/// <summary>
/// Edits an XLSX file at the XML level, the way a person or a tool could. Each verification case changes exactly
/// one thing: a cell's value, a sheet's name or place, a manifest field, or the manifest part itself.
/// </summary>
public sealed class XlsxEditor
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships =
        "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly Dictionary<string, byte[]> parts;

    private XlsxEditor(Dictionary<string, byte[]> parts)
    {
        this.parts = parts;
    }

    /// <summary>Loads every part of the file into memory.</summary>
    public static XlsxEditor Load(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var parts = archive.Entries.ToDictionary(
            entry => entry.FullName,
            entry =>
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);

                return buffer.ToArray();
            },
            StringComparer.Ordinal);

        return new XlsxEditor(parts);
    }

    /// <summary>Names of the parts.</summary>
    public IReadOnlyCollection<string> PartNames => parts.Keys;

    /// <summary>Returns a part's text.</summary>
    public string ReadText(string partName) => Encoding.UTF8.GetString(parts[partName]);

    /// <summary>Replaces a part's text with what <paramref name="edit"/> returns.</summary>
    public XlsxEditor EditText(string partName, Func<string, string> edit)
    {
        var before = ReadText(partName);
        var after = edit(before);
        if (after == before)
        {
            throw new InvalidOperationException($"The edit left part '{partName}' unchanged.");
        }

        parts[partName] = Encoding.UTF8.GetBytes(after);

        return this;
    }

    /// <summary>Removes every part whose name matches.</summary>
    public XlsxEditor RemoveParts(Func<string, bool> match)
    {
        foreach (var name in parts.Keys.Where(match).ToList())
        {
            parts.Remove(name);
        }

        return this;
    }

    /// <summary>Returns the worksheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames() =>
        [.. Workbook().Descendants(Main + "sheet").Select(sheet => (string)sheet.Attribute("name")!)];

    /// <summary>Returns the part name of a worksheet.</summary>
    public string SheetPart(string sheetName)
    {
        var sheet = Workbook().Descendants(Main + "sheet")
            .Single(element => (string?)element.Attribute("name") == sheetName);
        var id = (string)sheet.Attribute(Relationships + "id")!;
        var rels = XDocument.Parse(ReadText("xl/_rels/workbook.xml.rels"));
        var target = (string)rels.Descendants(PackageRelationships + "Relationship")
            .Single(relationship => (string?)relationship.Attribute("Id") == id).Attribute("Target")!;

        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    /// <summary>Returns the raw XML of one cell element, or null when the sheet has no such cell.</summary>
    public string? CellXml(string sheetName, string reference)
    {
        var match = CellPattern(reference).Match(ReadText(SheetPart(sheetName)));

        return match.Success ? match.Value : null;
    }

    /// <summary>Replaces a cell with a number value, keeping its style.</summary>
    public XlsxEditor SetNumber(string sheetName, string reference, string value) =>
        ReplaceCell(sheetName, reference, style => $"<c r=\"{reference}\"{style}><v>{value}</v></c>");

    /// <summary>Replaces a cell with an inline string value, keeping its style.</summary>
    public XlsxEditor SetText(string sheetName, string reference, string value) =>
        ReplaceCell(
            sheetName,
            reference,
            style => $"<c r=\"{reference}\"{style} t=\"inlineStr\">" +
                $"<is><t>{SecurityElement.Escape(value)}</t></is></c>");

    /// <summary>Renames a sheet in the workbook part.</summary>
    public XlsxEditor RenameSheet(string oldName, string newName) =>
        EditText("xl/workbook.xml", text => text.Replace(
            $"name=\"{SecurityElement.Escape(oldName)}\"",
            $"name=\"{SecurityElement.Escape(newName)}\"",
            StringComparison.Ordinal));

    /// <summary>Swaps the places of two sheets in the workbook part's sheet list.</summary>
    public XlsxEditor SwapSheets(string first, string second)
    {
        var document = Workbook();
        var sheets = document.Descendants(Main + "sheet").ToList();
        var a = sheets.Single(sheet => (string?)sheet.Attribute("name") == first);
        var b = sheets.Single(sheet => (string?)sheet.Attribute("name") == second);
        var (firstCopy, secondCopy) = (new XElement(a), new XElement(b));
        a.ReplaceWith(secondCopy);
        b.ReplaceWith(firstCopy);
        var xml = document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        parts["xl/workbook.xml"] = Encoding.UTF8.GetBytes(xml);

        return this;
    }

    /// <summary>Writes the edited package to <paramref name="path"/>.</summary>
    public string Save(string path)
    {
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in parts)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return path;
    }

    private XlsxEditor ReplaceCell(string sheetName, string reference, Func<string, string> replacement)
    {
        var part = SheetPart(sheetName);

        return EditText(part, text =>
        {
            var match = CellPattern(reference).Match(text);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Sheet '{sheetName}' has no cell {reference}.");
            }

            var style = Regex.Match(match.Value, "\\ss=\"\\d+\"").Value;

            return text[..match.Index] + replacement(style) + text[(match.Index + match.Length)..];
        });
    }

    private XDocument Workbook() => XDocument.Parse(ReadText("xl/workbook.xml"));

    private static Regex CellPattern(string reference) =>
        new($"<c r=\"{reference}\"(?:[^>]*/>|[^>]*>.*?</c>)", RegexOptions.Singleline);
}
