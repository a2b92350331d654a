namespace Exports.Tests.RoundTrip;

/// <summary>One CSV file of an export as read back.</summary>
/// <param name="Name">Entry name inside the ZIP archive; null for a single <c>.csv</c> file.</param>
/// <param name="HasByteOrderMark">Whether the bytes start with the UTF-8 byte order mark.</param>
/// <param name="Records">Records in file order, blank ones included.</param>
public sealed record CsvOutputFile(string? Name, bool HasByteOrderMark, IReadOnlyList<string[]> Records);
