using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Exports.Api.Auth;

/// <summary>Writes each log event's level and rendered message as one line to a text writer.</summary>
public sealed class TextWriterSink(TextWriter writer) : ILogEventSink
{
    /// <inheritdoc />
    public void Emit(LogEvent logEvent) =>
        writer.WriteLine($"[{logEvent.Level}] {logEvent.RenderMessage(CultureInfo.InvariantCulture)}");
}
