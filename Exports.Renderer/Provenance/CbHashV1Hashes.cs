using System.Security.Cryptography;

namespace Exports.Renderer.Provenance;

/// <summary>
/// The two SHA-256 computations of a cb_hash_v1 pass, over the whole scope and over the current sheet, plus
/// the optional transcript of the scope's bytes.
/// </summary>
internal sealed class CbHashV1Hashes : IDisposable
{
    private readonly IncrementalHash dataHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash sheetHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Stream? transcript;

    /// <summary>Starts both hashes; the scope's hash and the transcript begin with the header.</summary>
    public CbHashV1Hashes(Stream? transcript)
    {
        this.transcript = transcript;
        dataHash.AppendData(CbHashV1Framing.Header);
        transcript?.Write(CbHashV1Framing.Header);
    }

    /// <summary>Starts the next sheet's own hash with the header, which the scope's hash has only once.</summary>
    public void BeginSheet() => sheetHash.AppendData(CbHashV1Framing.Header);

    /// <summary>Appends a record to both hashes and the transcript.</summary>
    public void Append(ReadOnlySpan<byte> record)
    {
        dataHash.AppendData(record);
        sheetHash.AppendData(record);
        transcript?.Write(record);
    }

    /// <summary>Returns the current sheet's hash and resets it for the next sheet.</summary>
    public string CompleteSheet() => Complete(sheetHash);

    /// <summary>Returns the scope's hash.</summary>
    public string CompleteData() => Complete(dataHash);

    public void Dispose()
    {
        dataHash.Dispose();
        sheetHash.Dispose();
    }

    private static string Complete(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.TryGetHashAndReset(digest, out _);

        return CbHashV1Framing.FormatHash(digest);
    }
}
