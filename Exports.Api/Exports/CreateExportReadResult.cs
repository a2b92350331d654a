namespace Exports.Api.Exports;

/// <summary>An export request read from JSON, or the fields that had the wrong JSON type.</summary>
/// <param name="Request">The request; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Messages by snake_case field.</param>
public sealed record CreateExportReadResult(CreateExportRequest? Request, IReadOnlyDictionary<string, string[]> Errors);
