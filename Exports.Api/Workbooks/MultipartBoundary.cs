using Exports.Api.Problems;
using Exports.Contracts.Validation;
using Microsoft.Net.Http.Headers;

namespace Exports.Api.Workbooks;

/// <summary>Reads the boundary of a <c>multipart/form-data</c> upload, or the problem to return instead.</summary>
public static class MultipartBoundary
{
    /// <summary>
    /// Returns the boundary; otherwise sets <paramref name="problem"/> to 415 for another content type or 400 for
    /// a missing boundary. <paramref name="subject"/> names what is uploaded, such as <c>the workbook</c>.
    /// </summary>
    public static bool TryGet(HttpRequest request, string subject, out string boundary, out IResult problem)
    {
        ArgumentNullException.ThrowIfNull(request);

        boundary = string.Empty;
        problem = TypedResults.Empty;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            problem = ApiProblems.UnsupportedMediaType(
                $"Content type '{ValueText.Shorten(request.ContentType)}' is not accepted: upload {subject} as " +
                "multipart/form-data " +
                "with the file in field 'file'.");
            return false;
        }

        boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value ?? string.Empty;
        if (boundary.Length == 0)
        {
            problem = ApiProblems.InvalidField(WorkbookUploadReader.FileField,
                "The multipart/form-data content type has no boundary: let the HTTP client build the body.");
            return false;
        }

        return true;
    }
}
