using System.Text;

namespace Clauseline.Extraction;

/// <summary>Whitespace rules every extracted text obeys, so that layout never shows up as a change.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var output = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd().Replace('\t', ' ').Replace('\u00A0', ' ');
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }
            if (output.Length > 0)
                output.Append(blank > 0 ? "\n\n" : "\n");
            output.Append(line);
            blank = 0;
        }
        if (output.Length > 0)
            output.Append('\n');
        return output.ToString();
    }
}
