using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;

namespace Clauseline.Tests.Extraction;

/// <summary>
/// Golden files for extraction: each folder under <c>Golden/extraction</c> is one case, an
/// <c>input.html</c> with either the exact <c>expected.md</c> or the <c>expected-failure.txt</c> reason
/// name. Optional: <c>declaration.json</c> (a document declaration; default terms-of-service at
/// https://northwind.example/legal/terms) and <c>content-type.txt</c> (default text/html; charset=utf-8).
/// </summary>
public sealed class GoldenExtractionTests
{
    private const string DefaultContentType = "text/html; charset=utf-8";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Golden", "extraction");

    public static TheoryData<string> AllCases() => Cases(_ => true);

    public static TheoryData<string> TextCases() => Cases(folder => File.Exists(Path.Combine(folder, "expected.md")));

    public static TheoryData<string> FailureCases() => Cases(folder => File.Exists(Path.Combine(folder, "expected-failure.txt")));

    [Fact]
    public void Every_golden_case_has_an_input_and_exactly_one_expectation()
    {
        var folders = Directory.GetDirectories(Root);
        Assert.True(folders.Length > 0, $"no golden cases in {Root}: is Golden/** copied to the output directory?");
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            Assert.True(File.Exists(Path.Combine(folder, "input.html")), $"golden case '{name}' has no input.html");
            var expectations = new[] { "expected.md", "expected-failure.txt" }.Count(f => File.Exists(Path.Combine(folder, f)));
            Assert.True(expectations == 1, $"golden case '{name}' needs exactly one of expected.md and expected-failure.txt, has {expectations}");
        }
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Each_golden_page_extracts_to_its_expected_text(string name)
    {
        var expected = ReadText(name, "expected.md");
        var result = Extract(name);
        if (result is ExtractionFailed failure)
            Assert.Fail($"golden case '{name}': expected a text, but extraction failed with {failure.Reason.Name()}: {failure.Detail}");
        var actual = ((Extracted)result).Text;
        if (actual != expected)
            Assert.Fail($"golden case '{name}': extracted text differs from expected.md\n{FirstDifference(expected, actual)}");
    }

    [Theory]
    [MemberData(nameof(FailureCases))]
    public void Each_golden_wall_or_empty_page_fails_with_its_expected_reason(string name)
    {
        var expected = ReadText(name, "expected-failure.txt").Trim();
        var result = Extract(name);
        var actual = result switch
        {
            ExtractionFailed failure => $"{failure.Reason.Name()} ({failure.Detail})",
            Extracted text => $"a text of {text.Text.Length} characters, beginning \"{text.Text.Split('\n')[0]}\"",
            _ => result.ToString(),
        };
        Assert.True(result is ExtractionFailed f && f.Reason.Name() == expected, $"golden case '{name}': expected the failure {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Extracting_a_golden_page_twice_gives_identical_results(string name)
    {
        var first = Extract(name);
        var second = Extract(name);
        Assert.Equal(first, second);
    }

    private static TheoryData<string> Cases(Func<string, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Root).Where(filter).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    private static ExtractionResult Extract(string name)
    {
        var folder = Path.Combine(Root, name);
        var declarationFile = Path.Combine(folder, "declaration.json");
        var declaration = File.Exists(declarationFile)
            ? DocumentDeclaration.FromJson(File.ReadAllText(declarationFile))
            : new DocumentDeclaration { Type = "terms-of-service", Urls = ["https://northwind.example/legal/terms"] };
        var contentTypeFile = Path.Combine(folder, "content-type.txt");
        var contentType = File.Exists(contentTypeFile) ? File.ReadAllText(contentTypeFile).Trim() : DefaultContentType;
        var body = File.ReadAllBytes(Path.Combine(folder, "input.html"));
        return Extractor.Extract([new SourcePage(declaration.Urls[0], contentType, body)], declaration);
    }

    private static string ReadText(string name, string file) =>
        File.ReadAllText(Path.Combine(Root, name, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;
        var wanted = line < expectedLines.Length ? $"\"{expectedLines[line]}\"" : "(end of text)";
        var got = line < actualLines.Length ? $"\"{actualLines[line]}\"" : "(end of text)";
        return $"first difference at line {line + 1}:\n  expected: {wanted}\n  actual:   {got}";
    }
}
