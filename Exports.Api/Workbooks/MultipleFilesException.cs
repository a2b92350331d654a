namespace Exports.Api.Workbooks;

/// <summary>Thrown when a multipart body carries more than one file in field <c>file</c>.</summary>
public sealed class MultipleFilesException()
    : Exception("The request has more than one file part named 'file': send one file per request.");
