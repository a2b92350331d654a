using Exports.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Verification;

/// <summary>Asks a renderer to verify an uploaded copy, waiting up to the verification timeout.</summary>
public sealed class VerificationClient(IRequestClient<VerifyExport> client, IOptions<VerificationUploadOptions> options)
{
    /// <summary>
    /// Returns the renderer's verdict, rejection or failure; all null when no renderer responded in time.
    /// </summary>
    public async Task<VerificationReply> VerifyAsync(
        VerifyExport request, CancellationToken cancellationToken)
    {
        var timeout = options.Value.Timeout;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            var response = await client.GetResponse<ExportVerified, VerificationRejected>(
                request, bounded.Token, RequestTimeout.After(ms: (int)timeout.TotalMilliseconds));

            if (response.Is(out Response<ExportVerified>? verified))
            {
                return new VerificationReply { Verdict = verified.Message };
            }

            response.Is(out Response<VerificationRejected>? rejected);

            return new VerificationReply { Rejection = rejected!.Message };
        }
        catch (RequestFaultException exception)
        {
            return new VerificationReply
            {
                Fault = exception.Fault?.Exceptions.FirstOrDefault()?.Message ?? exception.Message,
            };
        }
        catch (Exception exception) when (exception is RequestTimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new VerificationReply();
        }
    }
}
