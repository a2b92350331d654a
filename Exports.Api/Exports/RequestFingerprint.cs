using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Exports.Contracts;

namespace Exports.Api.Exports;

/// <summary>
/// Hash of a normalised export request, stored with its idempotency key: ids in lowercase, an empty sheet list or
/// options without a value treated as absent, fields in a fixed order. Two requests that mean the same export hash
/// the same whatever their whitespace or field order.
/// </summary>
public static class RequestFingerprint
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Returns <c>sha256:</c> and the lowercase hex digest of the normalised request.</summary>
    public static string Compute(CreateExportRequest request)
    {
        var normalised = new CreateExportRequest(
            request.WorkbookId?.ToLowerInvariant(),
            request.Format,
            request.SheetIds is { Count: > 0 } ids ? [.. ids.Select(id => id.ToLowerInvariant())] : null,
            request.Options == new ExportOptions() ? null : request.Options);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(normalised, Json);

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
