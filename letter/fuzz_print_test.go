package letter

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/yuin/goldmark"
)

// fuzzLetter builds a letter whose every string is fuzzed, as no composed
// letter is: printers must lay out whatever a Letter holds.
func fuzzLetter(a, b, c string) *Letter {
	return &Letter{
		Sender:     Letterhead{Name: a, Address: []string{b}, Contact: []string{c}},
		Date:       b,
		Recipient:  []string{a, b, c},
		Reference:  c,
		Subject:    a,
		Salutation: b,
		Body: []Block{
			&Paragraph{Text: a},
			&Quote{Paragraphs: []string{b, c}, Source: a},
			&List{Ordered: true, Items: []string{a, b}},
			&List{Items: []string{c}},
			&Paragraph{Text: c},
		},
		Closing:    b,
		Signatures: []Signature{{Name: a, Role: c}},
		Enclosures: []string{b},
		CC:         []string{c, a},
	}
}

// fuzzSeeds are strings that have broken printers elsewhere.
var fuzzSeeds = []string{
	"", " ", "Mr Makset Djabbarbergenov", "*bold* _em_ [link](x) <b>x</b>", "# heading", "1. list", "- item",
	"> quote", "---", "```", "{{ .Secret }}", "&amp; &#27;", "back\\slash\\", "\x1b[2J", "line\nbreak",
	"tab\there", "\u202eevil", "Қазақстан «№2» oʻzbek", "漢字漢字漢字", strings.Repeat("x", 300), "e\u0301",
}

// FuzzText prints fuzzed letters as text at fuzzed widths: no line is wider
// than asked, no control character gets out, and every string shows as written.
func FuzzText(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)], fuzzSeeds[(i+5)%len(fuzzSeeds)], 20+i*7)
	}
	f.Fuzz(func(t *testing.T, a, b, c string, width int) {
		width = 20 + abs(width)%181
		l := fuzzLetter(a, b, c)
		var out bytes.Buffer
		if err := (&Text{Width: width}).Print(&out, l); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(out.String(), "\n") {
			if n := columns(line); n > width {
				t.Errorf("width %d: line %d is %d columns: %q", width, i+1, n, line)
			}
			if strings.ContainsFunc(line, isControlOut) {
				t.Errorf("line %d has a control character: %q", i+1, line)
			}
		}
		for _, v := range []string{a, b, c} {
			if !shownAsWritten(out.String(), v) {
				t.Errorf("text does not show %q:\n%s", v, out.String())
			}
		}
	})
}

// FuzzMarkdown prints fuzzed letters as Markdown and renders them with a
// CommonMark implementation: no string turns into markup or raw HTML, and
// every one shows as written.
func FuzzMarkdown(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+2)%len(fuzzSeeds)], fuzzSeeds[(i+7)%len(fuzzSeeds)])
	}
	tag := regexp.MustCompile(`<[^>]*>`)
	f.Fuzz(func(t *testing.T, a, b, c string) {
		l := fuzzLetter(a, b, c)
		var md, h bytes.Buffer
		if err := (&Markdown{}).Print(&md, l); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsFunc(strings.ReplaceAll(md.String(), "\n", ""), isControlOut) {
			t.Errorf("Markdown has a control character:\n%q", md.String())
		}
		if err := goldmark.Convert(md.Bytes(), &h); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(h.String(), "raw HTML omitted") {
			t.Errorf("Markdown lets HTML through:\n%s", md.String())
		}
		// Headings and code would mean a string became markup.
		for _, el := range []string{"<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<code", "<pre", "<a ", "<img", "<table"} {
			if strings.Contains(h.String(), el) {
				t.Errorf("a string became markup (%s):\n%s\nrendered:\n%s", el, md.String(), h.String())
			}
		}
		seen := html.UnescapeString(tag.ReplaceAllString(h.String(), " "))
		for _, v := range []string{a, b, c} {
			if !shownAsWritten(seen, v) {
				t.Errorf("rendered Markdown does not show %q:\nMarkdown:\n%s\nrendered:\n%s", v, md.String(), seen)
			}
		}
	})
}

// shownAsWritten reports whether a reader of out sees v, once the printers'
// own clean-up (control characters out, line breaks as spaces) is done and
// white space, which wrapping moves, is set aside.
func shownAsWritten(out, v string) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || (r >= '\u2066' && r <= '\u2069') {
				return -1 // space, or an isolate the printer put in
			}
			return r
		}, s)
	}
	return strings.Contains(squeeze(out), squeeze(printable(v)))
}

// isControlOut reports a control character in printed output: the
// first-strong isolate and its end (U+2068, U+2069) that the printers put
// around right-to-left text themselves are not.
func isControlOut(r rune) bool {
	return isControl(r) && !(r >= '\u2066' && r <= '\u2069')
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
