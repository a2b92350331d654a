namespace Exports.Renderer.Signing;

/// <summary>
/// Body of a signing request, sent as JSON with snake_case names: <c>digest</c> (base64 of the 32-byte SHA-256
/// digest), <c>algorithm</c> (<c>ES256</c>), <c>export_id</c> and <c>tenant_id</c>.
/// </summary>
public sealed record SigningServiceRequest(string Digest, string Algorithm, string ExportId, string TenantId);
