using System.IO.Compression;

namespace Clauseline.Storage;

/// <summary>How snapshot bytes are stored: gzip, which any tool can open.</summary>
internal static class Compression
{
    public const string Name = "gzip";

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] data, string compression)
    {
        if (compression != Name)
            throw new InvalidDataException($"unknown compression '{compression}'");
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
