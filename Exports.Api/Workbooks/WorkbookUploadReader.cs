using Exports.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Exports.Api.Workbooks;

/// <summary>
/// Streams the <c>file</c> part of a multipart body straight into the blob store, without buffering the body.
/// The whole body and the file are each read through a byte limit.
/// </summary>
public sealed class WorkbookUploadReader(IBlobStore blobs)
{
    /// <summary>Name of the multipart field that carries the workbook.</summary>
    public const string FileField = "file";

    /// <summary>
    /// Stores the file part named <see cref="FileField"/> under <paramref name="blobKey"/>; returns null when the
    /// body has none, and throws <see cref="MultipleFilesException"/> (keeping nothing) when it has several. Throws
    /// <see cref="UploadTooLargeException"/> past a limit, and <see cref="IOException"/> or
    /// <see cref="InvalidDataException"/> for a malformed body.
    /// </summary>
    public async Task<StoredUpload?> ReadAsync(
        Stream body, string boundary, string blobKey, UploadOptions limits, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, new LimitedReadStream(body, limits.MaxRequestBytes));
        StoredUpload? stored = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.IsFileDisposition()
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value != FileField)
            {
                continue;
            }

            if (stored is not null)
            {
                await blobs.DeleteAsync(blobKey, cancellationToken);
                throw new MultipleFilesException();
            }

            var size = await blobs.WriteAsync(
                blobKey,
                (target, token) => new LimitedReadStream(section.Body, limits.MaxBytes).CopyToAsync(target, token),
                cancellationToken);
            stored = new StoredUpload(FileNameOf(disposition), size);
        }

        return stored;
    }

    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var raw = disposition.FileNameStar.HasValue
            ? disposition.FileNameStar.Value
            : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        var name = Path.GetFileName((raw ?? string.Empty).Replace('\\', '/')).Trim();

        return name.Length == 0 ? "workbook" : name;
    }
}
