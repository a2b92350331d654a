namespace Exports.Api.Workbooks;

/// <summary>An uploaded file written to the blob store.</summary>
/// <param name="FileName">File name as uploaded, without any directory.</param>
/// <param name="SizeBytes">Size in bytes.</param>
public sealed record StoredUpload(string FileName, long SizeBytes);
