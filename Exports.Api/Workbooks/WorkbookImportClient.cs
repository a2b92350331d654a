using Exports.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Workbooks;

/// <summary>
/// Sends import requests for uploaded files to the renderers over the broker, waiting up to the import timeout.
/// </summary>
public sealed class WorkbookImportClient(IRequestClient<ImportWorkbook> client, IOptions<UploadOptions> options)
{
    /// <summary>Sends the request and returns the renderer's response, or a timed-out reply.</summary>
    public async Task<WorkbookImportReply> ImportAsync(ImportWorkbook request, CancellationToken cancellationToken)
    {
        // The request timeout alone does not bound the wait for a broker connection, so the whole call is bounded.
        var timeout = options.Value.ImportTimeout;
        using var importTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        importTimeout.CancelAfter(timeout);
        try
        {
            var response = await client.GetResponse<WorkbookImported, WorkbookImportRejected>(
                request, importTimeout.Token, RequestTimeout.After(ms: (int)timeout.TotalMilliseconds));

            if (response.Is(out Response<WorkbookImported>? imported))
            {
                return new WorkbookImportReply { Imported = imported.Message };
            }

            response.Is(out Response<WorkbookImportRejected>? rejected);

            return new WorkbookImportReply { Rejected = rejected!.Message };
        }
        catch (RequestFaultException exception)
        {
            return new WorkbookImportReply
            {
                Fault = exception.Fault?.Exceptions.FirstOrDefault()?.Message ?? exception.Message,
            };
        }
        catch (Exception exception) when (exception is RequestTimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new WorkbookImportReply();
        }
    }
}
