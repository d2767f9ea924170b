namespace Clauseline.Segmentation;

/// <summary>Words whose full stop is not the end of a sentence: the data behind the splitter's abbreviation rule.</summary>
internal static class Abbreviations
{
    // Compared without case and without the final full stop; inner full stops are kept ("e.g", "u.s").
    private static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        // Companies and legal forms: "Acme, Inc. and its affiliates"; a following capital is usually a name.
        "inc", "ltd", "co", "corp", "plc", "llc", "l.l.c", "l.p", "s.a", "s.a.r.l", "s.p.a", "n.v", "b.v", "pty", "bros",
        // Latin and English shorthand inside a sentence.
        "e.g", "i.e", "cf", "viz", "vs", "v", "approx", "incl", "excl", "esp", "resp", "min", "max", "est", "dept", "ref",
        "al", "seq", "ibid",
        // References to parts of a text, followed by a number.
        "sec", "secs", "art", "arts", "no", "nos", "p", "pp", "para", "paras", "fig", "vol", "ch", "chap", "cl", "sch", "reg", "regs",
        // Titles and places.
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "hon", "gen", "ave", "blvd", "rd", "mt", "ft",
        // Countries and unions written with full stops.
        "u.s", "u.s.a", "u.k", "e.u", "u.n",
        // Months.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Telephone and addresses.
        "tel", "ext", "attn",
    };

    // These end a sentence as often as not: "cookies, pixels, etc. We use them ...".
    private static readonly HashSet<string> MayEnd = new(StringComparer.OrdinalIgnoreCase) { "etc" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverLookup = Never.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MayEndLookup = MayEnd.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its final full stop) never ends a sentence.</summary>
    public static bool NeverEnds(ReadOnlySpan<char> word) => NeverLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> is an abbreviation that may also end a sentence.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) => MayEndLookup.Contains(word);
}
