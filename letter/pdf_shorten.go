package letter

import (
	"strings"

	"github.com/appeal-letters/appeal/letter/typeset"
)

// shorten returns s cut, with "…", to about width points of small text: the
// continuation header repeats the subject and recipient on every page, and
// a whole subject there would make a letter's size grow with the square of
// its length.
func (lo *layout) shorten(s string, st typeset.Style, width float64) string {
	return lo.m.Shorten(s, st, smallSize, width)
}

// clip returns s cut, with "…", to what fits on n lines of small text
// width points wide.
func (lo *layout) clip(s string, st typeset.Style, width float64, n int) string {
	s = lo.shorten(s, st, float64(n)*width)
	lines := lo.m.Wrap(lo.text(s, st), st, smallSize, width)
	if len(lines) <= n {
		return s
	}
	last := lo.shorten(lines[n-1]+" "+lines[n], st, width)
	return strings.Join(append(lines[:n-1:n-1], last), " ")
}
