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

func TestFirstWord(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"I have known Tharshini since 2022.", "I"},
		{"Her husband told us: “I do not know where she is.”", ""},
		{`Her husband told us: "I do not know where she is."`, ""},
		{"Under Protocol I to the Geneva Conventions, my view is clear.", "my"},
		{"World War I ended in 1918.", ""},
	} {
		if got := firstWord(tt.s, iWords); got != tt.want {
			t.Errorf("firstWord(%q, iWords) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := firstWord("We have known Aziz since 2022, and our church prays for him.", weWords); got != "We" {
		t.Errorf("firstWord(weWords) = %q, want We", got)
	}
	if got := firstWord("I have known Aziz since 2022, and our church prays for him.", weWords); got != "" {
		t.Errorf("firstWord(weWords) = %q for one person's \"our church\", want none", got)
	}
}
