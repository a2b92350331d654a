using Exports.Contracts;
using Exports.Renderer.Rendering;

namespace Exports.Renderer.Signing;

/// <summary>
/// Thrown when a manifest that must be signed cannot be, so the export fails with <c>signing_failed</c> instead of
/// producing a file without the signature it was asked for. The message names the signer and what went wrong,
/// never a key or a token.
/// </summary>
public sealed class SigningFailedException(string message, Exception? innerException = null)
    : ExportRenderException(new ExportError { Code = ExportErrorCode.SigningFailed, Message = message }, innerException);
