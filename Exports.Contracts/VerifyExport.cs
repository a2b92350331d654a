namespace Exports.Contracts;

/// <summary>
/// Asks a renderer to verify an uploaded copy of an XLSX export. Answered with <see cref="ExportVerified"/>, or
/// with <see cref="VerificationRejected"/> when the file cannot be verified for this tenant.
/// </summary>
public sealed record VerifyExport
{
    /// <summary>Id of this verification, which names the upload in the blob store.</summary>
    public required string VerificationId { get; init; }

    /// <summary>Tenant of the caller; a manifest of another tenant is rejected.</summary>
    public required string TenantId { get; init; }

    /// <summary>Blob store key of the uploaded bytes.</summary>
    public required string UploadPath { get; init; }

    /// <summary>File name as uploaded; a hint only.</summary>
    public string? FileName { get; init; }
}
