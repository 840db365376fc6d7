package typeset

import (
	"strings"
	"testing"
)

// TestWrap checks the line breaker: lines fit, words keep their order, and
// a word too long for a line is broken rather than left to overflow.
func TestWrap(t *testing.T) {
	m := NewMeasurer(Fonts{DefaultFont()})
	for _, tt := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"", 100, nil},
		{"   ", 100, nil},
		{"one", 100, []string{"one"}},
		{"the quick brown fox jumps over the lazy dog", 100, []string{"the quick brown fox", "jumps over the lazy", "dog"}},
		{"the  quick", 100, []string{"the  quick"}},
		{"abcdefghijklmnopqrstuvwxyz", 50, []string{"abcdefghij", "klmnopqrs", "tuvwxyz"}},
		{"a abcdefghijklmnopqrstuvwxyz b", 50, []string{"a", "abcdefghij", "klmnopqrs", "tuvwxyz b"}},
		{"WWW", 1, []string{"W", "W", "W"}},
		{"e\u0301e\u0301e\u0301", 1, []string{"e\u0301", "e\u0301", "e\u0301"}},
	} {
		got := m.Wrap(tt.text, Regular, 11, tt.width)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		for _, line := range got {
			if w := m.Width(line, Regular, 11); w > tt.width && len([]rune(line)) > 1 && !strings.ContainsRune(line, '\u0301') {
				t.Errorf("wrap(%q, %v): line %q is %v wide", tt.text, tt.width, line, w)
			}
		}
	}
}

// TestShorten checks that text is cut, with "…", to fit its width, and
// left whole where it fits.
func TestShorten(t *testing.T) {
	m := NewMeasurer(Fonts{DefaultFont()})
	for _, tt := range []struct {
		text  string
		width float64
		want  string
	}{
		{"Urgent appeal", 100, "Urgent appeal"},
		{"Urgent appeal on behalf of Mr Djabbarbergenov", 100, "Urgent appeal on behalf …"},
		{strings.Repeat("a", 1000), 10000, strings.Repeat("a", 400) + "…"},
	} {
		got := m.Shorten(tt.text, Regular, 9, tt.width)
		if got != tt.want {
			t.Errorf("Shorten(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		if w := m.Width(got, Regular, 9); w > tt.width {
			t.Errorf("Shorten(%q, %v) is %v wide", tt.text, tt.width, w)
		}
	}
	// A font without "…" ends the text with three full stops.
	f := &Font{name: "NoEllipsis"}
	for st, fc := range defaultFont().faces {
		f.faces[st] = fc.without("…")
	}
	if got := NewMeasurer(Fonts{f}).Shorten("Urgent appeal on behalf of Mr Djabbarbergenov", Regular, 9, 100); !strings.HasSuffix(got, "...") {
		t.Errorf("Shorten in a font without … = %q, want it to end in ...", got)
	}
}

// TestParagraph checks that a paragraph's second and last lines stay with
// the line before them, so that pagination never leaves a line alone.
func TestParagraph(t *testing.T) {
	m := NewMeasurer(Fonts{DefaultFont()})
	for _, tt := range []struct {
		words int
		keep  string // Keep of each line: k kept, - free
	}{
		{0, ""},
		{1, "-"},
		{8, "-k"},
		{14, "-kk"},
		{30, "-k---k"},
	} {
		text := strings.TrimSpace(strings.Repeat("word ", tt.words))
		var keep strings.Builder
		for _, ln := range m.Paragraph(text, Regular, 10, 12, 72, 120) {
			if ln.Height != 12 || len(ln.Spans) != 1 || ln.Spans[0].X != 72 {
				t.Errorf("%d words: line %+v, want one span at 72, 12 high", tt.words, ln)
			}
			if ln.Keep {
				keep.WriteByte('k')
			} else {
				keep.WriteByte('-')
			}
		}
		if keep.String() != tt.keep {
			t.Errorf("%d words: lines kept %q, want %q", tt.words, keep.String(), tt.keep)
		}
	}
}

// TestPaginate checks where pages break: where the page is full, before a
// line that starts a new page, never before a kept line unless nothing
// else on the page allows a break, and later pages below the continuation
// header.
func TestPaginate(t *testing.T) {
	line := func(text string, keep bool) Line {
		return Line{Before: 2, Height: 10, Keep: keep, Spans: []Span{{Y: 8, Text: text}}}
	}
	for _, tt := range []struct {
		name  string
		lines []Line
		want  string // the texts of each page, pages separated by |
	}{
		{"none", nil, ""},
		{"fits", []Line{line("a", false), line("b", false)}, "a b"},
		{"full", []Line{line("a", false), line("b", false), line("c", false), line("d", false)}, "a b c|h d"},
		{"widow", []Line{line("a", false), line("b", false), line("c", false), line("d", true)}, "a b|h c d"},
		{"all kept", []Line{line("a", false), line("b", true), line("c", true), line("d", true)}, "a b c|h d"},
		{"new page", []Line{line("a", false), {Height: 10, NewPage: true, Spans: []Span{{Y: 8, Text: "b"}}}}, "a|h b"},
	} {
		cont := &Page{Spans: []Span{{Y: 5, Text: "h"}}, Rules: []Rule{{X1: 0, Y1: 8, X2: 100, Y2: 8}}}
		// 40 points hold three lines of 12 (the first without its space).
		pages := Paginate(tt.lines, &Page{}, 0, 40, cont, 10)
		var got []string
		for _, pg := range pages {
			var texts []string
			for _, s := range pg.Spans {
				texts = append(texts, s.Text)
			}
			got = append(got, strings.Join(texts, " "))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: pages %q, want %q", tt.name, g, tt.want)
		}
		if len(pages) > 1 {
			if s := pages[1].Spans[1]; s.Y != 10+8 {
				t.Errorf("%s: the second page's first line at %v, want below the header at 18", tt.name, s.Y)
			}
			if len(pages[1].Rules) != 1 || len(cont.Spans) != 1 {
				t.Errorf("%s: the continuation header is not copied", tt.name)
			}
		}
	}
}
