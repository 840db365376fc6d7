package letter

import (
	"bytes"
	"html"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// renderParagraph renders Markdown with a CommonMark renderer and returns
// the HTML.
func renderMarkdown(t *testing.T, md string) string {
	t.Helper()
	var b bytes.Buffer
	if err := goldmark.Convert([]byte(md), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestEscapeMarkdown checks that values that look like markup are shown
// literally, both at the start of a line and after other text.
func TestEscapeMarkdown(t *testing.T) {
	values := []string{
		"*bold* and _em_",
		"__strong__",
		"[link](http://example.org)",
		"![img](x.png)",
		"<script>alert(1)</script>",
		"<b>bold</b>",
		"# heading",
		"## also",
		"1. list",
		"12) list",
		"- item",
		"+ item",
		"* item",
		"> quote",
		"===",
		"---",
		"`code`",
		"```",
		"~~~",
		"~~strike~~",
		"{{ .Secret }}",
		"{{ printf \"%s\" env }}",
		"&amp; &lt; &#42;",
		"back\\slash\\",
		"a | b | c",
		"Frank R. Wolf",
		"№2 «Қазақстан» oʻzbek",
		"https://example.org",
		"<https://example.org>",
		"x\\*y",
	}
	for _, v := range values {
		for _, md := range []string{escapeMarkdown(v), "text " + escapeMarkdown(v)} {
			got := renderMarkdown(t, md)
			want := html.EscapeString(v)
			if strings.HasPrefix(md, "text ") {
				want = "text " + want
			}
			want = "<p>" + want + "</p>\n"
			// goldmark writes quotes as &quot; the way html.EscapeString
			// writes &#34;: compare them alike.
			got = strings.ReplaceAll(got, "&quot;", "&#34;")
			got = strings.ReplaceAll(got, "&#39;", "&#39;")
			if got != want {
				t.Errorf("escapeMarkdown(%q) = %q renders as %q, want %q", v, md, got, want)
			}
		}
	}
}

// TestEscapeMarkdownHardBreak checks lines joined by hard line breaks, as
// an address is: a line ending in a backslash must not swallow the break
// or unescape what follows (goldmark misreads "\\\\\\" before a newline).
func TestEscapeMarkdownHardBreak(t *testing.T) {
	tests := []struct{ first, second, want string }{
		{"back\\", "`code`", "<p>back\\<br>\n`code`</p>\n"},
		{"\\", "``", "<p>\\<br>\n``</p>\n"},
		{"plain", "*not em*", "<p>plain<br>\n*not em*</p>\n"},
	}
	for _, tt := range tests {
		md := escapeMarkdown(tt.first) + "\\\n" + escapeMarkdown(tt.second)
		if got := renderMarkdown(t, md); got != tt.want {
			t.Errorf("lines %q, %q as %q render as %q, want %q", tt.first, tt.second, md, got, tt.want)
		}
	}
}
