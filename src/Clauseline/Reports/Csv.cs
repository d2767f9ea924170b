using System.Text;

namespace Clauseline.Reports;

/// <summary>
/// Comma-separated values as RFC 4180 defines them: records end with CRLF, a field holding a comma, a double
/// quote, CR or LF is enclosed in double quotes, and a double quote inside one is written twice. The reader
/// accepts what the writer writes (and LF-only line ends), and says where a file breaks the rules.
/// </summary>
public static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    public static void AppendRecord(StringBuilder builder, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>The records of <paramref name="text"/>, or null with the line where it stops being CSV.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>>? Records, string? Problem) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var (i, line) = (0, 1);
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        return (null, $"a quoted field opened on line {start} is never closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (text[i] == '\n')
                        line++;
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    return (null, $"line {line}: a quoted field is followed by '{text[i]}' instead of a comma or a line end");
                continue;
            }
            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' or '\n':
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    line++;
                    break;
                case '"':
                    return (null, $"line {line}: a double quote inside an unquoted field");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return (records, null);
    }
}
