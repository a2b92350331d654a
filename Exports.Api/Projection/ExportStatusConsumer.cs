using Exports.Api.ReadModel;
using Exports.Contracts;
using MassTransit;

namespace Exports.Api.Projection;

/// <summary>
/// Projects the renderers' status events, and requests published straight onto the broker, into the read model.
/// Every event may arrive twice or out of order; <see cref="ExportJobProjection"/> makes that harmless.
/// </summary>
public sealed class ExportStatusConsumer(ExportStatusProjector projector, ExportJobProjection projection) :
    IConsumer<ExportRequested>,
    IConsumer<ExportStarted>,
    IConsumer<ExportProgressed>,
    IConsumer<ExportCompleted>,
    IConsumer<ExportFailed>,
    IConsumer<ExportCancelled>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportRequested> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportStarted> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportProgressed> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportCompleted> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportFailed> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<ExportCancelled> context) =>
        ProjectAsync(context, context.Message.TenantId, context.Message.ExportId,
            job => projection.Apply(job, context.Message));

    private Task ProjectAsync<T>(
        ConsumeContext<T> context, string tenantId, string exportId, Func<ExportJob?, ProjectionOutcome> decide)
        where T : class =>
        projector.ProjectAsync(tenantId, exportId, typeof(T).Name, decide, context.CancellationToken);
}
