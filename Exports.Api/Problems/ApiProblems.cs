using Microsoft.AspNetCore.Http.HttpResults;

namespace Exports.Api.Problems;

/// <summary>
/// RFC 7807 problem responses of the API. Every one carries a <c>detail</c> that names the value at fault and the
/// fix; a 400 also carries an <c>errors</c> map keyed by the snake_case field.
/// </summary>
public static class ApiProblems
{
    /// <summary>400 for one invalid field.</summary>
    public static ProblemHttpResult InvalidField(string field, string detail) =>
        Invalid(new Dictionary<string, string[]> { [field] = [detail] });

    /// <summary>400 for one or more invalid fields; the detail joins every message.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
            Detail = string.Join(" ", errors.Values.SelectMany(messages => messages)),
        };

        return TypedResults.Problem(problem);
    }

    /// <summary>401: the request has no valid bearer token.</summary>
    public static ProblemHttpResult Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    /// <summary>403: the token lacks a permission.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, "Access denied", detail);

    /// <summary>404, with a title that names what was not found, such as <c>Workbook not found</c>.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        Create(StatusCodes.Status404NotFound, title, detail);

    /// <summary>409: the resource is in a state that does not allow the request.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        Create(StatusCodes.Status409Conflict, "Conflict", detail);

    /// <summary>410: the resource existed but is no longer available.</summary>
    public static ProblemHttpResult Gone(string detail) =>
        Create(StatusCodes.Status410Gone, "Gone", detail);

    /// <summary>413: the request body exceeds a configured limit.</summary>
    public static ProblemHttpResult TooLarge(string detail) =>
        Create(StatusCodes.Status413PayloadTooLarge, "Too large", detail);

    /// <summary>415: the request body has a media type the endpoint does not accept.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    /// <summary>502: a renderer failed while handling the request the gateway sent it.</summary>
    public static ProblemHttpResult BadGateway(string detail) =>
        Create(StatusCodes.Status502BadGateway, "Renderer failed", detail);

    /// <summary>503: a service the request depends on did not respond.</summary>
    public static ProblemHttpResult Unavailable(string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail);

    private static ProblemHttpResult Create(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
