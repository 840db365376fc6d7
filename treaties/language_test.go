package treaties

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestTranslationsMatchSources checks every clause text in another
// language word for word against the copy it was taken from and the
// second copy it was checked with, both kept under testdata/<lang>.
func TestTranslationsMatchSources(t *testing.T) {
	tr := builtinTexts()
	n := 0
	for lang, clauses := range tr.clauses {
		for id, c := range clauses {
			if strings.Contains(id, ".") {
				continue // a paragraph: checked as part of its article
			}
			n++
			for _, f := range []struct{ what, file string }{{"source", c.SourceFile}, {"check", c.CheckFile}} {
				data, err := os.ReadFile(filepath.Join("testdata", lang, f.file))
				if err != nil {
					t.Errorf("%s %s: %v", id, f.what, err)
					continue
				}
				for _, p := range c.Paragraphs {
					// A copy may set the paragraph numbers apart (as
					// list items): compare the text after the number too.
					bare := numbered.ReplaceAllString(p, "")
					if !strings.Contains(words(string(data)), words(p)) && !strings.Contains(letters(string(data)), letters(bare)) {
						t.Errorf("%s (%s): %s %s does not contain %q", id, lang, f.what, f.file, p)
					}
				}
			}
			// The source copy keeps its spaces: the text must be in it
			// word for word, not only letter for letter.
			data, _ := os.ReadFile(filepath.Join("testdata", lang, c.SourceFile))
			for _, p := range c.Paragraphs {
				if !strings.Contains(words(string(data)), words(p)) {
					t.Errorf("%s (%s): source %s does not contain %q word for word", id, lang, c.SourceFile, p)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no clause texts in other languages")
	}
}

var numbered = regexp.MustCompile(`^[0-9]+\. `)

// words joins runs of white space into one space.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// letters drops all white space, for a copy that lost its spaces.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestTranslationsFollowEnglish(t *testing.T) {
	lib := Builtin()
	for _, tt := range lib.Treaties() {
		ru, ok := lib.TreatyIn(tt, "ru")
		if !ok {
			t.Errorf("treaty %s has no Russian name: add clauses/ru/%s.yaml (see the others there), with the name's source", tt.ID, tt.ID)
			continue
		}
		// A language the English file records as authentic must not be
		// called a translation, and the other way round.
		authentic := false
		for _, l := range tt.Languages {
			authentic = authentic || l == "Russian"
		}
		if authentic && ru.Status != Authentic {
			t.Errorf("%s: Russian is authentic by %s, but ru status is %q", tt.ID, tt.LanguagesSource, ru.Status)
		}
		if len(tt.Languages) > 0 && !authentic && ru.Status == Authentic {
			t.Errorf("%s: Russian is not among %v, but ru status is authentic", tt.ID, tt.Languages)
		}
		if tt.Declaration != (ru.Status == DeclarationText) {
			t.Errorf("%s: declaration %v, ru status %q", tt.ID, tt.Declaration, ru.Status)
		}
	}
	for lang, clauses := range builtinTexts().clauses {
		for id, c := range clauses {
			en, ok := lib.Clause(id)
			if !ok {
				t.Errorf("%s text of unknown clause %s", lang, id)
				continue
			}
			if len(en.Paragraphs) != len(c.Paragraphs) {
				t.Errorf("%s: %d English paragraphs, %d in %s", id, len(en.Paragraphs), len(c.Paragraphs), lang)
			}
			if got, ok := lib.ClauseIn(en, lang); !ok || got != c {
				t.Errorf("ClauseIn(%s, %s) = %v, %v", id, lang, got, ok)
			}
		}
	}
	// A clause from a user's library never borrows a built-in text.
	c, _ := lib.Clause("udhr-14")
	copyOf := *c
	if _, ok := lib.ClauseIn(&copyOf, "ru"); ok {
		t.Error("ClauseIn found a Russian text for a clause that is not the built-in one")
	}
	if got := Languages(); len(got) != 1 || got[0] != "ru" {
		t.Errorf("Languages() = %v, want [ru]", got)
	}
}

func TestParseTranslationErrors(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"treaty: x\nname: n\nname_source: s\nstatus: official\nstatus_source: s\n", `ru/x.yaml:4:9: status "official" must be authentic, translation or declaration`},
		{"treaty: x\nnam: n\n", `unknown field "nam"`},
		{"treaty: x\nname: n\nname_source: s\nstatus: authentic\nstatus_source: s\narticles:\n  - article: \"1\"\n    source: s\n    source_file: f\n    check: c\n    check_file: f\n    paragraphs:\n      - number: \"2\"\n        text: [\"1. Текст\"]\n", `paragraph 2 text must start with "2. "`},
	} {
		_, _, errs := parseTranslation("ru/x.yaml", "ru", []byte(tc.yaml))
		var all []string
		for _, e := range errs {
			all = append(all, e.Error())
		}
		if !strings.Contains(strings.Join(all, "\n"), tc.want) {
			t.Errorf("parseTranslation(%q) errors = %q, want one containing %q", tc.yaml, all, tc.want)
		}
	}
}
