using Clauseline.Segmentation;

namespace Clauseline.Tests.Segmentation;

/// <summary>The splitter's rules, one case each, on sentences written for these tests.</summary>
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The supplier is Northwind Traders Inc. and its partners. Payment is due monthly.",
        "The supplier is Northwind Traders Inc. and its partners.", "Payment is due monthly.")]
    [InlineData("Goods sold to the U.S. Government are exempt. Other goods are taxed.",
        "Goods sold to the U.S. Government are exempt.", "Other goods are taxed.")]
    [InlineData("Write to Dr. Lane or Mr. Ortiz at 12 Bay St. Dublin about it. We answer in a week.",
        "Write to Dr. Lane or Mr. Ortiz at 12 Bay St. Dublin about it.", "We answer in a week.")]
    [InlineData("Fees (e.g. Setup fees) and costs (i.e. Shipping) are listed on p. 4 and pp. 7-9 under Art. 6, Sec. 9 and No. 12. They may change.",
        "Fees (e.g. Setup fees) and costs (i.e. Shipping) are listed on p. 4 and pp. 7-9 under Art. 6, Sec. 9 and No. 12.", "They may change.")]
    [InlineData("Smith vs. Jones took approx. 3 years, incl. Appeals filed by Widget Ltd. and Widget Co. last year. It settled.",
        "Smith vs. Jones took approx. 3 years, incl. Appeals filed by Widget Ltd. and Widget Co. last year.", "It settled.")]
    [InlineData("Bring cables, adapters, etc. We provide the rest.", "Bring cables, adapters, etc.", "We provide the rest.")]
    [InlineData("Extras (cables, adapters, etc.) cost more. Shipping is free.", "Extras (cables, adapters, etc.) cost more.", "Shipping is free.")]
    public void Abbreviations_do_not_end_a_sentence_but_etc_may(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("As set out in Section 4.2. of these Terms, fees apply. Refunds follow clause 3.1(b) only.",
        "As set out in Section 4.2. of these Terms, fees apply.", "Refunds follow clause 3.1(b) only.")]
    [InlineData("You must (a) keep your password safe; (b) tell us of misuse; and (c) sign out after use. Thank you.",
        "You must (a) keep your password safe; (b) tell us of misuse; and (c) sign out after use.", "Thank you.")]
    public void References_and_enumerations_stay_inside_their_sentence(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Scope\n1. Licence grant\n1.2 The licence is personal.\n(a) It cannot be sold.\n(iv) It ends on termination.\na) Notices are written.\nb. Keep a copy.",
        "Scope", "1.", "Licence grant", "1.2 The licence is personal.", "(a) It cannot be sold.", "(iv) It ends on termination.", "a) Notices are written.", "b. Keep a copy.")]
    [InlineData("We are not liable for: 7.1.1. lost profits; 7.1.2. lost data.", "We are not liable for: 7.1.1.", "lost profits; 7.1.2.", "lost data.")]
    public void A_clause_number_with_a_final_full_stop_is_a_span_of_its_own_and_letters_stay_with_their_item(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("The term \"Service.\" means the app. You accept the \"Rules.\" We may update them.",
        "The term \"Service.\" means the app.", "You accept the \"Rules.\"", "We may update them.")]
    [InlineData("(This applies to every user.) Fees may change. Ask us (we reply quickly.) Thanks.",
        "(This applies to every user.)", "Fees may change.", "Ask us (we reply quickly.)", "Thanks.")]
    [InlineData("Is this binding? Yes! It is, “as agreed.” Then we sign.", "Is this binding?", "Yes!", "It is, “as agreed.”", "Then we sign.")]
    public void Punctuation_inside_quotes_and_brackets_ends_the_sentence_after_them(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Payment Terms\nYou pay monthly.\n\nTermination\nEither party may end this.", "Payment Terms", "You pay monthly.", "Termination", "Either party may end this.")]
    [InlineData("Fees apply to\n\nall users.", "Fees apply to", "all users.")]
    [InlineData("This agreement is made between the parties\nlisted below and takes effect on the date\nof signature. The parties agree as follows.\nDefinitions\nWords have their usual meaning.",
        "This agreement is made between the parties\nlisted below and takes effect on the date\nof signature.", "The parties agree as follows.", "Definitions", "Words have their usual meaning.")]
    [InlineData("Each line here is a paragraph of its own, as stored by most sites\nWe keep it that way\nAnd a line that ends without a stop still ends its sentence\nHere too.",
        "Each line here is a paragraph of its own, as stored by most sites", "We keep it that way", "And a line that ends without a stop still ends its sentence", "Here too.")]
    public void Line_breaks_end_sentences_unless_a_wrapped_text_goes_on(string text, params string[] expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Write to legal@northwind.example or see https://northwind.example/terms.html for v2.0 of the terms. The fee is $1.5 million. Version 3.10 applies.",
        "Write to legal@northwind.example or see https://northwind.example/terms.html for v2.0 of the terms.", "The fee is $1.5 million.", "Version 3.10 applies.")]
    [InlineData("Our site is www.northwind.example. It is free.", "Our site is www.northwind.example.", "It is free.")]
    [InlineData("We offer games, music... and more. Wait… Then pay.", "We offer games, music... and more.", "Wait…", "Then pay.")]
    [InlineData("You accept these terms.Your use continues.", "You accept these terms.", "Your use continues.")]
    [InlineData("Sync your data. iPhone users need the app.", "Sync your data.", "iPhone users need the app.")]
    public void Addresses_numbers_and_ellipses(string text, params string[] expected) => AssertSentences(text, expected);

    [Fact]
    public void Offsets_point_into_the_text_as_given_with_CRLF_and_without_surrounding_whitespace()
    {
        const string text = "  Terms\r\n\r\nWe may change them. You agree.  \r\nContact us.\r\n";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([new(2, 7), new(11, 30), new(31, 41), new(45, 56)], spans);
        Assert.Equal(["Terms", "We may change them.", "You agree.", "Contact us."], spans.Select(s => s.Of(text)));
    }

    [Fact]
    public void An_empty_or_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \r\n\t\n"));
    }

    private static void AssertSentences(string text, string[] expected)
    {
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(expected, spans.Select(s => s.Of(text)));
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }
}
