package letter

import (
	"strings"
	"unicode/utf8"
)

// shorten returns s cut, with "…", to about width points of small text: the
// continuation header repeats the subject and recipient on every page, and
// a whole subject there would make a letter's size grow with the square of
// its length. Cutting twice the width for two lines leaves room for where
// the lines break.
func (lo *layout) shorten(s string, st style, width float64) string {
	// No line of small text holds more than a few hundred characters:
	// measure no more than that.
	const most = 400
	cut := false
	if utf8.RuneCountInString(s) > most {
		i, n := 0, 0
		for i = range s {
			if n == most {
				break
			}
			n++
		}
		s, cut = s[:i], true
	}
	if !cut && lo.m.width(s, st, smallSize) <= width {
		return s
	}
	ellipsis := "…"
	if lo.fonts.face(st, '…') == nil {
		ellipsis = "..."
	}
	limit := width - lo.m.width(ellipsis, st, smallSize)
	for s != "" && lo.m.width(s, st, smallSize) > limit {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	return s + ellipsis
}

// clip returns s cut, with "…", to what fits on n lines of small text
// width points wide.
func (lo *layout) clip(s string, st style, width float64, n int) string {
	s = lo.shorten(s, st, float64(n)*width)
	lines := lo.m.wrap(lo.text(s, st), st, smallSize, width)
	if len(lines) <= n {
		return s
	}
	last := lo.shorten(lines[n-1]+" "+lines[n], st, width)
	return strings.Join(append(lines[:n-1:n-1], last), " ")
}
