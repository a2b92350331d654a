namespace Exports.TestSigner;

/// <summary>A signing request as the renderer sends it.</summary>
/// <param name="Digest">Base64 of the 32-byte SHA-256 digest.</param>
/// <param name="Algorithm">Requested algorithm, <c>ES256</c>.</param>
/// <param name="ExportId">Export whose manifest is signed.</param>
/// <param name="TenantId">Tenant of the export.</param>
public sealed record SignRequest(string? Digest, string? Algorithm, string? ExportId, string? TenantId);
