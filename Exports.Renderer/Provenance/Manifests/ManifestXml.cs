using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Exports.Renderer.Provenance.Manifests;

/// <summary>
/// The manifest as the XML of the Custom XML Part embedded in XLSX exports, in the namespace
/// <see cref="Namespace"/>. Reading refuses DTDs and oversized parts, since the XML comes from uploaded files.
/// </summary>
public static class ManifestXml
{
    /// <summary>XML namespace of the manifest.</summary>
    public const string Namespace = "urn:exports:provenance:v1";

    private const long MaxCharacters = 16 * 1024 * 1024;

    private static readonly XNamespace Ns = Namespace;

    /// <summary>Writes the manifest as a UTF-8 XML document.</summary>
    public static void Write(ProvenanceManifest manifest, Stream output)
    {
        ArgumentNullException.ThrowIfNull(manifest);

        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(
                Ns + "manifest",
                new XAttribute("version", manifest.ManifestVersion),
                new XElement(Ns + "exportId", manifest.ExportId),
                new XElement(Ns + "workbookId", manifest.WorkbookId),
                new XElement(Ns + "tenantId", manifest.TenantId),
                new XElement(Ns + "hashScope", manifest.HashScope),
                new XElement(Ns + "dataHash", manifest.DataHash),
                new XElement(Ns + "createdAt", manifest.CreatedAt),
                new XElement(Ns + "keyId", manifest.KeyId),
                new XElement(Ns + "sheets", manifest.Sheets.Select(WriteSheet)),
                manifest.Signature is null ? null : WriteSignature(manifest.Signature),
                new XElement(Ns + "hmac", new XAttribute("algorithm", "HMAC-SHA256"), manifest.Hmac)));

        using var writer = XmlWriter.Create(output, new XmlWriterSettings { CloseOutput = false, Indent = true });
        document.Save(writer);
    }

    /// <summary>
    /// Whether an XML part's root element is a manifest, judged from its first element only. A part that is not
    /// well-formed is no manifest, unless <paramref name="throwWhenUnreadable"/> requests its
    /// <see cref="XmlException"/> instead.
    /// </summary>
    public static bool IsManifest(Stream input, bool throwWhenUnreadable = false)
    {
        using var reader = XmlReader.Create(input, ReaderSettings());
        try
        {
            return reader.MoveToContent() == XmlNodeType.Element
                && reader.LocalName == "manifest"
                && reader.NamespaceURI == Namespace;
        }
        catch (XmlException) when (!throwWhenUnreadable)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a manifest; throws <see cref="ManifestFormatException"/> naming what is missing or invalid.
    /// </summary>
    public static ProvenanceManifest Read(Stream input)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(input, ReaderSettings());
            root = XElement.Load(reader);
        }
        catch (XmlException exception)
        {
            throw new ManifestFormatException($"The manifest is not well-formed XML: {exception.Message}", exception);
        }

        if (root.Name != Ns + "manifest")
        {
            throw new ManifestFormatException(
                $"The manifest's root element is '{root.Name}', not manifest in {Namespace}.");
        }

        return new ProvenanceManifest
        {
            ManifestVersion = (string?)root.Attribute("version") ?? throw Missing("version"),
            ExportId = Required(root, "exportId"),
            WorkbookId = Required(root, "workbookId"),
            TenantId = Required(root, "tenantId"),
            HashScope = Required(root, "hashScope"),
            DataHash = Required(root, "dataHash"),
            CreatedAt = Required(root, "createdAt"),
            KeyId = Required(root, "keyId"),
            Sheets =
            [
                .. (root.Element(Ns + "sheets") ?? throw Missing("sheets")).Elements(Ns + "sheet").Select(ReadSheet),
            ],
            Signature = root.Element(Ns + "signature") is { } signature ? ReadSignature(signature) : null,
            Hmac = Required(root, "hmac"),
        };
    }

    private static XElement WriteSheet(ManifestSheet sheet) => new(
        Ns + "sheet",
        new XAttribute("index", sheet.Index),
        new XAttribute("name", sheet.Name),
        new XAttribute("cellCount", sheet.CellCount),
        new XAttribute("hash", sheet.Hash));

    private static XElement WriteSignature(ManifestSignature signature) => new(
        Ns + "signature",
        new XAttribute("algorithm", signature.Algorithm),
        new XAttribute("keyId", signature.KeyId),
        signature.PublicKey is null ? null : new XElement(Ns + "publicKey", signature.PublicKey),
        signature.Certificate is null ? null : new XElement(Ns + "certificate", signature.Certificate),
        new XElement(Ns + "value", signature.Value));

    private static ManifestSignature ReadSignature(XElement signature)
    {
        var publicKey = (string?)signature.Element(Ns + "publicKey");
        var certificate = (string?)signature.Element(Ns + "certificate");
        if ((publicKey is null) == (certificate is null))
        {
            throw new ManifestFormatException("The manifest's signature must have exactly one publicKey or certificate.");
        }

        return new ManifestSignature
        {
            Algorithm = (string?)signature.Attribute("algorithm") ?? throw Missing("signature algorithm"),
            KeyId = (string?)signature.Attribute("keyId") ?? throw Missing("signature keyId"),
            PublicKey = publicKey,
            Certificate = certificate,
            Value = (string?)signature.Element(Ns + "value") ?? throw Missing("signature value"),
        };
    }

    private static ManifestSheet ReadSheet(XElement sheet) => new(
        ParseNumber<int>(sheet, "index"),
        (string?)sheet.Attribute("name") ?? throw Missing("sheet name"),
        ParseNumber<long>(sheet, "cellCount"),
        (string?)sheet.Attribute("hash") ?? throw Missing("sheet hash"));

    private static T ParseNumber<T>(XElement sheet, string attribute)
        where T : IParsable<T>
    {
        var text = (string?)sheet.Attribute(attribute) ?? throw Missing($"sheet {attribute}");

        return T.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ManifestFormatException($"The sheet {attribute} '{text}' is not a number.");
    }

    private static string Required(XElement root, string name) =>
        (string?)root.Element(Ns + name) ?? throw Missing(name);

    private static ManifestFormatException Missing(string name) => new($"The manifest has no {name}.");

    private static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        CloseInput = false,
    };
}
