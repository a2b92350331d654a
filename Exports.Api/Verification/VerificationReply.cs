using Exports.Contracts;

namespace Exports.Api.Verification;

/// <summary>A renderer's response to a verification request; every member is null when none came in time.</summary>
public sealed record VerificationReply
{
    /// <summary>The verdict, when the copy could be verified.</summary>
    public ExportVerified? Verdict { get; init; }

    /// <summary>Why the copy cannot be verified for the caller.</summary>
    public VerificationRejected? Rejection { get; init; }

    /// <summary>What failed in the renderer, when it failed rather than responding.</summary>
    public string? Fault { get; init; }
}
