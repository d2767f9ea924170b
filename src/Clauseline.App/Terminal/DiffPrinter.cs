using System.Text;
using Clauseline.Diffing;
using Spectre.Console;

namespace Clauseline.App.Terminal;

/// <summary>Prints a diff for people: coloured words on a terminal, <c>[-removed-]{+added+}</c> markers when the output is a file or a pipe.</summary>
public static class DiffPrinter
{
    /// <summary>The lines of the diff: Spectre markup when <paramref name="color"/>, plain text otherwise.</summary>
    public static IEnumerable<string> Lines(TextDiff diff, int context, bool color)
    {
        foreach (var row in diff.WithContext(context))
        {
            if (row is null)
            {
                yield return color ? "[grey]⋯[/]" : "@@ ⋯ @@";
                continue;
            }
            yield return row.Kind switch
            {
                DiffKind.Same => "  " + Text(row.NewLine ?? "", color),
                DiffKind.Removed => color ? $"[red]- {Markup.Escape(row.OldLine ?? "")}[/]" : "- " + row.OldLine,
                DiffKind.Added => color ? $"[green]+ {Markup.Escape(row.NewLine ?? "")}[/]" : "+ " + row.NewLine,
                _ => "~ " + Words(row, color),
            };
        }
    }

    public static void ToConsole(TextDiff diff, int context)
    {
        var color = AnsiConsole.Profile.Capabilities.Ansi && !Console.IsOutputRedirected;
        foreach (var line in Lines(diff, context, color))
        {
            if (color)
                AnsiConsole.MarkupLine(line);
            else
                Console.Out.WriteLine(line);
        }
    }

    private static string Words(DiffRow row, bool color)
    {
        var text = new StringBuilder();
        foreach (var piece in row.Merged())
        {
            text.Append(piece.Kind switch
            {
                DiffKind.Removed => color ? $"[red strikethrough]{Markup.Escape(piece.Text)}[/]" : $"[-{piece.Text}-]",
                DiffKind.Added => color ? $"[green underline]{Markup.Escape(piece.Text)}[/]" : $"{{+{piece.Text}+}}",
                _ => Text(piece.Text, color),
            });
        }
        return text.ToString();
    }

    private static string Text(string text, bool color) => color ? Markup.Escape(text) : text;
}
