package cases

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCleanText checks cleanText's fast path for values that need no
// change against folding and normalising every value.
func TestCleanText(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\r\nb", "\n", "a \n b",
		"Tashkent", "Ташкент", "e\u0301", "é", "a\u00a0b", "a \u00a0 b", "ﬁ", "Å", "A\u030a",
		"line one\nline two\n", "  many   spaces  ",
	} {
		want := norm.NFC.String(strings.Join(strings.FieldsFunc(s, isBreakingSpace), " "))
		if got, err := cleanText(s); err != nil || got != want {
			t.Errorf("cleanText(%q) = %q, %v; want %q", s, got, err, want)
		}
	}
}
