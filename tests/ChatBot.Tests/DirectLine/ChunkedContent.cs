using System.Net;
using System.Text;

namespace ChatBot.Tests.DirectLine;

/// <summary>A body sent chunked, without a Content-Length header, so a server can only notice
/// its size while reading it.</summary>
public sealed class ChunkedContent(string text) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
