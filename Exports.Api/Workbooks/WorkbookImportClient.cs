using Exports.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Workbooks;

/// <summary>Sends import requests for uploaded files to the renderers over the broker, waiting up to the import timeout.</summary>
public sealed class WorkbookImportClient(IRequestClient<ImportWorkbook> client, IOptions<UploadOptions> options)
{
    /// <summary>Sends the request and returns the renderer's response, or a timed-out reply.</summary>
    public async Task<WorkbookImportReply> ImportAsync(ImportWorkbook request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetResponse<WorkbookImported, WorkbookImportRejected>(
                request, cancellationToken, RequestTimeout.After(ms: (int)options.Value.ImportTimeout.TotalMilliseconds));

            if (response.Is(out Response<WorkbookImported>? imported))
            {
                return new WorkbookImportReply { Imported = imported.Message };
            }

            response.Is(out Response<WorkbookImportRejected>? rejected);

            return new WorkbookImportReply { Rejected = rejected!.Message };
        }
        catch (RequestTimeoutException)
        {
            return new WorkbookImportReply();
        }
    }
}
