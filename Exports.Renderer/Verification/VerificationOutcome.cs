using Exports.Contracts;

namespace Exports.Renderer.Verification;

/// <summary>What verifying a copy gave: a verdict, or the reason the copy cannot be verified for the caller.</summary>
/// <param name="Verdict">The verdict; null when <paramref name="Rejection"/> is set.</param>
/// <param name="Rejection">Code and reason of a rejection, as sent in <see cref="VerificationRejected"/>.</param>
public sealed record VerificationOutcome(ExportVerified? Verdict, (string Code, string Reason)? Rejection)
{
    /// <summary>Code of a file that is not an XLSX workbook.</summary>
    public const string NotXlsx = "not_xlsx";

    /// <summary>Code of a genuine manifest that belongs to another tenant.</summary>
    public const string TenantMismatch = "tenant_mismatch";

    /// <summary>Creates an outcome with a verdict.</summary>
    public static VerificationOutcome Of(ExportVerified verdict) => new(verdict, null);

    /// <summary>Creates a rejection.</summary>
    public static VerificationOutcome Rejected(string code, string reason) => new(null, (code, reason));
}
