using Exports.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Exports.Api.Verification;

/// <summary>Asks a renderer to verify an uploaded copy, waiting up to the verification timeout.</summary>
public sealed class VerificationClient(IRequestClient<VerifyExport> client, IOptions<VerificationUploadOptions> options)
{
    /// <summary>Returns the verdict or the rejection; both null when no renderer answered in time.</summary>
    public async Task<(ExportVerified? Verdict, VerificationRejected? Rejection)> VerifyAsync(
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
                return (verified.Message, null);
            }

            response.Is(out Response<VerificationRejected>? rejected);

            return (null, rejected!.Message);
        }
        catch (Exception exception) when (exception is RequestTimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, null);
        }
    }
}
