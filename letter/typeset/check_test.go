package typeset

import (
	"errors"
	"testing"
)

// TestRightToLeftRefused checks that right-to-left text this package
// cannot set correctly is an *RTLError naming the script and the words:
// Arabic-script letters without the joined form their place calls for
// (from Shape), scripts it does not set and pointed Hebrew (from Check).
func TestRightToLeftRefused(t *testing.T) {
	for _, tt := range []struct{ text, script, words string }{
		// Uyghur ە has no presentation forms, so it cannot join the meem
		// before it.
		{"We write about مەمەت ئابدۇللا.", "Arabic", "مەمەت"},
		{"We write about ܐܕܝ.", "Syriac", "ܐܕܝ"},
		{"We write about ދިވެހި.", "Thaana", "ދިވެހި"},
		// Hebrew points would not sit on their letters.
		{"We write about שָׁלוֹם לוי.", "Hebrew", "שָׁלוֹם לוי"},
	} {
		shaped, err := Shape(tt.text)
		if err == nil {
			d := &Document{Fonts: Fonts{DefaultFont()}, Pages: []*Page{{Spans: []Span{{Text: shaped}}}}}
			err = d.Check()
		}
		var re *RTLError
		if !errors.As(err, &re) || re.Script != tt.script || re.Text != tt.words {
			t.Errorf("%q: %v, want an RTLError for %s quoting %q", tt.text, err, tt.script, tt.words)
		}
	}
	if err := checkScripts("Ахмед Ali 王小明 Ελένη דוד أحمد"); err != nil {
		t.Errorf("checkScripts(scripts this package sets) = %v", err)
	}
}

// TestShape checks that text is normalised and Arabic script joined.
func TestShape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ahmed", "Ahmed"},
		{"Zhe\u0301nis", "Zhénis"}, // one character the font has, not two
		{"بن", "\uFE91\uFEE6"},     // beh initial, noon final
	} {
		if got, err := Shape(tt.in); got != tt.want || err != nil {
			t.Errorf("Shape(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}
