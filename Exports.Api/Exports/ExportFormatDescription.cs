using System.Text.Json.Serialization;

namespace Exports.Api.Exports;

/// <summary>One entry of <c>GET /api/v1/exports/formats</c>.</summary>
/// <param name="Format">Format name as requests give it.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the format contains.</param>
/// <param name="MimeType">MIME type of the download.</param>
/// <param name="Extension">File extension with its dot.</param>
/// <param name="MultiSheet">Whether one file contains several sheets.</param>
/// <param name="Notes">Further remarks; omitted when there are none.</param>
public sealed record ExportFormatDescription(
    string Format,
    string Name,
    string Description,
    string MimeType,
    string Extension,
    bool MultiSheet,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Notes = null);
