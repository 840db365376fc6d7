package letter

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
)

// TestPlaceholderWords checks that looking for placeholders line by line
// finds what the expression finds in the whole template.
func TestPlaceholderWords(t *testing.T) {
	var want []string
	for _, m := range regexp.MustCompile(`\b[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+)*\b`).FindAllString(string(cases.Template), -1) {
		if len(m) >= 4 && !slices.Contains(want, m) && !strings.HasPrefix(m, "YYYY") && m != "CHANGE" && m != "PDF" && m != "JPEG" && m != "README" && m != "CAPITALS" {
			want = append(want, m)
		}
	}
	if got := placeholderWords(); !slices.Equal(got, want) || len(got) < 10 {
		t.Errorf("placeholderWords() = %q, want %q", got, want)
	}
}
