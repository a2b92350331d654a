namespace Exports.Renderer.Signing;

/// <summary>The result of checking a manifest's signature.</summary>
/// <param name="Valid">Whether the signature verifies over the digest and its key is trusted.</param>
/// <param name="Problem">Why it is not valid, in words; null when valid.</param>
public sealed record SignatureCheck(bool Valid, string? Problem)
{
    /// <summary>A valid signature.</summary>
    public static SignatureCheck Passed { get; } = new(true, null);

    /// <summary>An invalid signature and the reason.</summary>
    public static SignatureCheck Failed(string problem) => new(false, problem);
}
