package rtl

import (
	"strings"

	"golang.org/x/text/unicode/bidi"
)

// Isolation marks: first strong isolate and pop directional isolate.
const (
	FSI = '\u2068'
	PDI = '\u2069'
)

// Isolate returns a line of text in logical order with each right-to-left
// run set between FSI and PDI, so that a terminal or browser shows the run
// right to left, and the text around it as it would without the run: the
// runs are those Visual reverses (a name with the numbers and spaces
// between its words, not the comma after it). Text without right-to-left
// characters is returned as it is.
func Isolate(line string) string {
	if !HasRTL(line) {
		return line
	}
	if IsRTL(line) {
		// A line of right-to-left text is one run, its punctuation too.
		return string(FSI) + line + string(PDI)
	}
	all := []rune(line)
	rs, cls := classify(line)
	levels := resolve(rs, cls, 0)
	// Characters classify dropped (joiners, soft hyphens) go with the one
	// before them.
	var b strings.Builder
	b.Grow(len(line) + 8)
	in, k := false, 0
	for _, r := range all {
		if k < len(rs) && rs[k] == r && !dropped(r) {
			rtl := levels[k] > 0
			switch {
			case rtl && !in:
				b.WriteRune(FSI)
			case !rtl && in:
				b.WriteRune(PDI)
			}
			in = rtl
			k++
		}
		b.WriteRune(r)
	}
	if in {
		b.WriteRune(PDI)
	}
	return b.String()
}

// dropped reports whether classify leaves r out.
func dropped(r rune) bool {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI, bidi.BN:
		return true
	}
	return false
}
