namespace Exports.Api.Verification;

/// <summary>One difference in a verification response.</summary>
/// <param name="Sheet">Sheet name.</param>
/// <param name="Cell">A1 reference; null when the whole sheet was added, removed or moved.</param>
/// <param name="Status"><c>modified</c>, <c>added</c> or <c>removed</c>.</param>
public sealed record VerificationDiff(string Sheet, string? Cell, string Status);
