namespace Exports.Renderer.Provenance;

/// <summary>Type tag of a cell in the cb_hash_v1 stream; each value is the ASCII byte written for it.</summary>
public enum CbHashValueType : byte
{
    /// <summary>Number, dates and times included as their 1900-system serial: tag <c>n</c>.</summary>
    Number = (byte)'n',

    /// <summary>String: tag <c>s</c>.</summary>
    String = (byte)'s',

    /// <summary>Boolean, <c>TRUE</c> or <c>FALSE</c>: tag <c>b</c>.</summary>
    Boolean = (byte)'b',

    /// <summary>Error literal such as <c>#DIV/0!</c>: tag <c>e</c>.</summary>
    Error = (byte)'e',
}
