namespace Exports.Renderer.Workbooks.Import;

/// <summary>Thrown when an uploaded file cannot be read as a spreadsheet.</summary>
/// <param name="code">A <see cref="WorkbookRejectionCode"/> value.</param>
/// <param name="message">What is wrong with the file, in words a tenant can act on.</param>
public sealed class WorkbookRejectedException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Stable code of the reason.</summary>
    public string Code { get; } = code;
}
