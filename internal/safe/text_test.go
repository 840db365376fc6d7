package safe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"case.yaml", "case.yaml"},
		{"ok\n::error::pwned\n.yaml", `ok\n::error::pwned\n.yaml`},
		{"\x1b]0;title\x07", `\x1b]0;title\a`},
		{"\x1b[2J", `\x1b[2J`},
		{"a\u202eb", `a\u202eb`},
		{"a\u2066b\u2069", `a\u2066b\u2069`},
		{"\u009b31m", `\u009b31m`},
		{"bad \xff byte", `bad \xff byte`},
		{"##[add-mask]secret", `##\[add-mask]secret`},
		{"x ##[group]y", `x ##\[group]y`},
		{"# [ok]", "# [ok]"},
		{"Ёлка 🎄", "Ёлка 🎄"},
		{strings.Repeat("é", MaxText), strings.Repeat("é", MaxText)},
		{strings.Repeat("é", MaxText+1), strings.Repeat("é", MaxText-1) + "…"},
	} {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLine(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"::error::pwned.yaml: ok", " ::error::pwned.yaml: ok"},
		{"##[warning]x", `##\[warning]x`},
		{"appeal: ::x", "appeal: ::x"},
		{": :", ": :"},
	} {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	long := Line(strings.Repeat("x", 10*MaxLine))
	if n := utf8.RuneCountInString(long); n != MaxLine || !strings.HasSuffix(long, "…") {
		t.Errorf("Line of %d characters keeps %d, want %d ending in …", 10*MaxLine, n, MaxLine)
	}
}

func TestLines(t *testing.T) {
	in := "id\tname\n::error::x\ttab\n\x1b[2Jclear\nok ##[group] \u202e\n"
	want := "id\tname\n ::error::x\ttab\n\\x1b[2Jclear\nok ##\\[group] \\u202e\n"
	if got := Lines(in); got != want {
		t.Errorf("Lines(%q) = %q, want %q", in, got, want)
	}
}

func TestCut(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"жжжж", 2, "ж…"},
	} {
		if got := Cut(tt.in, tt.n); got != tt.want {
			t.Errorf("Cut(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// BenchmarkText shows that Text costs the same for a value of a megabyte
// as for one of a kilobyte: it stops at the cut.
func BenchmarkText(b *testing.B) {
	for _, n := range []int{1 << 10, 1 << 20} {
		s := strings.Repeat("\x1b", n)
		b.Run(Size(int64(n)), func(b *testing.B) {
			for b.Loop() {
				Text(s)
			}
		})
	}
}
