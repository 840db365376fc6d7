package cases_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
)

// seedFiles are the example cases and the malformed-case corpus: the fuzzers
// start from files a person wrote, right and wrong.
func seedFiles(f *testing.F) []string {
	f.Helper()
	var files []string
	for _, pattern := range []string{"*.yaml", "testdata/malformed/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		f.Fatal("no seed case files")
	}
	return files
}

// goTypeNames are fragments of Go type names, which must never reach a user.
var goTypeNames = []string{"reflect.", "*yaml.", "yaml.Node", "[]string", "[]cases.", "struct {", "map[", "interface {", "cases.", "*int", "*bool"}

// FuzzParse checks that Parse never panics or hangs, and that whatever it
// rejects it rejects with positioned diagnostics a user can read.
func FuzzParse(f *testing.F) {
	for _, path := range seedFiles(f) {
		f.Add(readFile(f, path))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "case.yaml"
		// A hang shows as a crash, which the fuzzer keeps as a failing input.
		watchdog := time.AfterFunc(10*time.Second, func() { panic("cases.Parse hung on this input") })
		start := time.Now()
		c, err := cases.Parse(name, data)
		watchdog.Stop()
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Parse took %v on %d bytes", d, len(data))
		}
		if err == nil {
			if c == nil {
				t.Fatal("Parse returned neither a Case nor an error")
			}
			if c.Detainee.Name == "" || len(c.Requests)+len(c.Asks) == 0 || c.Letter.Subject == "" || len(c.Recipients) == 0 || c.Destination() == "" {
				t.Errorf("Parse accepted a case without a required field: %+v", c)
			}
			return
		}
		var ds cases.Diagnostics
		if !errors.As(err, &ds) {
			t.Fatalf("Parse error is %T, not cases.Diagnostics: %v", err, err)
		}
		if len(ds) == 0 {
			t.Fatal("Parse returned empty Diagnostics as an error")
		}
		for _, d := range ds {
			if d.File != name {
				t.Errorf("diagnostic %q: File = %q, want %q", d, d.File, name)
			}
			if d.Line <= 0 && len(data) <= cases.MaxSize {
				t.Errorf("diagnostic %q has no line", d)
			}
			if d.Column < 0 {
				t.Errorf("diagnostic %q has column %d", d, d.Column)
			}
			if d.Severity != cases.SevError && d.Severity != cases.SevWarning {
				t.Errorf("diagnostic %q has severity %q", d, d.Severity)
			}
			if strings.TrimSpace(d.Message) == "" {
				t.Errorf("diagnostic %q has no message", d)
			}
			for _, g := range goTypeNames {
				if strings.Contains(d.Message, g) && !strings.Contains(string(data), g) {
					t.Errorf("diagnostic %q names a Go type (%q)", d, g)
				}
			}
		}
		if len(ds.Errors()) == 0 {
			t.Errorf("Parse failed with warnings only: %v", err)
		}
	})
}
