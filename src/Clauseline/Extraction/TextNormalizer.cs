using System.Text;

namespace Clauseline.Extraction;

/// <summary>
/// Whitespace rules every extracted text obeys, so that layout never shows up as a change; control
/// characters (a NUL in a PDF or a Markdown file, say) are dropped, as no database need store them.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var output = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = WithoutControls(raw).TrimEnd().Replace('\u00A0', ' ');
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

    private static string WithoutControls(string line)
    {
        if (!line.Any(char.IsControl))
            return line;
        var clean = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t')
                clean.Append(' ');
            else if (!char.IsControl(c))
                clean.Append(c);
        }
        return clean.ToString();
    }
}
