using Clauseline.Records;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Clauseline.App.Web.Pages;

/// <summary>
/// A word diff as text with <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c>, each opened by words a screen reader says
/// ("removed:", "added:") and the page hides. Built by hand so that no whitespace is added or lost: the text sits
/// in a <c>pre-wrap</c> block, and the space before a changed word stays outside its mark.
/// </summary>
public sealed class DiffWords : ComponentBase
{
    [Parameter, EditorRequired] public IReadOnlyList<DiffSegment> Segments { get; set; } = [];

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var segment in Segments)
        {
            if (segment.Operation == DiffOperation.Equal)
            {
                builder.AddContent(0, segment.Text);
                continue;
            }
            var words = segment.Text.TrimStart();
            builder.AddContent(1, segment.Text[..^words.Length]);
            var deleted = segment.Operation == DiffOperation.Deleted;
            builder.OpenElement(2, deleted ? "del" : "ins");
            builder.OpenElement(3, "span");
            builder.AddAttribute(4, "class", "visually-hidden");
            builder.AddContent(5, deleted ? "removed: " : "added: ");
            builder.CloseElement();
            builder.AddContent(6, words);
            builder.CloseElement();
        }
    }
}
