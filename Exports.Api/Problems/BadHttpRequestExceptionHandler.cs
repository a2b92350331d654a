using Microsoft.AspNetCore.Diagnostics;

namespace Exports.Api.Problems;

/// <summary>
/// Turns <see cref="BadHttpRequestException"/>, which the server throws for malformed requests and bodies over
/// its size limit, into a problem response with the exception's status code instead of a 500.
/// </summary>
public sealed class BadHttpRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var tooLarge = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge;
        httpContext.Response.StatusCode = badRequest.StatusCode;

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = tooLarge ? "Too large" : "Invalid request",
                Detail = tooLarge
                    ? "The request body is larger than this endpoint accepts: send a smaller body."
                    : $"The request is malformed: {badRequest.Message}",
            },
        });
    }
}
