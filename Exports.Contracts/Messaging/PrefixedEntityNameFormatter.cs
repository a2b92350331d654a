using MassTransit;

namespace Exports.Messaging;

/// <summary>Puts the entity prefix before the exchange names that MassTransit derives from message types.</summary>
public sealed class PrefixedEntityNameFormatter(IEntityNameFormatter inner, string prefix) : IEntityNameFormatter
{
    /// <inheritdoc />
    public string FormatEntityName<T>() => prefix + inner.FormatEntityName<T>();
}
