package treaties

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// FuzzClauses reads fuzzed clause files, as a contributor's --treaties
// folder holds them: reading must never panic or hang, a problem is a
// *ParseError naming the file, and what is read holds no character that
// could act on a terminal.
func FuzzClauses(f *testing.F) {
	files, err := filepath.Glob("clauses/*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"id: x\nname: \"\\e]0;pwned\\a\"\narticles: [{article: '1', source: s, paragraphs: [{text: [a]}]}]\n",
		"id: x\nname: a\nshort: \"\\u202Eevil\"\narticles: [{article: '1', source: s, paragraphs: [{text: [a]}]}]\n",
		"id: x\nname: &a [*a]\n",
		"id: x\n---\nid: y\n",
		"id: x\nname: a\narticles: [{article: '1', source: s, paragraphs: [{number: '1', text: ['::error::x']}]}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		lib, err := Load(fstest.MapFS{"mine.yaml": {Data: data}})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("reading %d bytes took %v", len(data), d)
		}
		if err != nil {
			for _, e := range unjoin(err) {
				var pe *ParseError
				if !errors.As(e, &pe) && !strings.HasPrefix(e.Error(), "mine.yaml: ") {
					t.Errorf("error without the file's name: %v", e)
				}
			}
			return
		}
		for _, c := range lib.Clauses() {
			for _, s := range append([]string{c.ID, c.Treaty.Name, c.Treaty.Short, c.Heading, c.Source, c.Note}, c.Paragraphs...) {
				for _, r := range s {
					if badRune(r) != "" {
						t.Fatalf("clause %q holds %U", c.ID, r)
					}
				}
			}
		}
	})
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
