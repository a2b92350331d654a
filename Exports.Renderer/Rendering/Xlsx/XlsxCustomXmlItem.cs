namespace Exports.Renderer.Rendering.Xlsx;

/// <summary>A Custom XML Part to embed: the XML itself and what its properties part states about it.</summary>
/// <param name="Content">The part's bytes, a complete UTF-8 XML document.</param>
/// <param name="ItemId">The GUID that identifies the part within the package (<c>ds:itemID</c>).</param>
/// <param name="SchemaUri">Namespace of the part's root element, listed as its schema reference.</param>
internal sealed record XlsxCustomXmlItem(byte[] Content, Guid ItemId, string SchemaUri);
