package letter_test

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixedNow is the day golden letters without a date of their own are dated.
func fixedNow() time.Time { return time.Date(2012, time.August, 1, 12, 0, 0, 0, time.UTC) }

// exampleCases are the example case files shipped in cases/.
func exampleCases(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../cases/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example cases in ../cases: %v", err)
	}
	return files
}

func composeFile(t testing.TB, path string) *letter.Letter {
	t.Helper()
	c, err := cases.Load(path, nil)
	if err != nil {
		t.Fatalf("cases.Load(%q): %v", path, err)
	}
	l, err := letter.Compose(c, letter.Options{Now: fixedNow})
	if err != nil {
		t.Fatalf("Compose(%q): %v", path, err)
	}
	return l
}

// TestGolden prints every example case in every text format and compares
// the result with testdata/golden/<case>.<ext>; -update rewrites them.
func TestGolden(t *testing.T) {
	for _, path := range exampleCases(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		l := composeFile(t, path)
		for _, f := range []struct {
			ext   string
			print func(*bytes.Buffer) error
		}{
			{"txt", func(b *bytes.Buffer) error { return (&letter.Text{}).Print(b, l) }},
			{"md", func(b *bytes.Buffer) error { return (&letter.Markdown{}).Print(b, l) }},
			// PDF output is the same bytes for the same letter, so a change
			// in layout shows here as a changed file to look at.
			{"pdf", func(b *bytes.Buffer) error { return (&letter.PDF{Creator: "appeal (golden)"}).Print(b, l) }},
		} {
			t.Run(name+"."+f.ext, func(t *testing.T) {
				var got bytes.Buffer
				if err := f.print(&got); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, filepath.Join("testdata", "golden", name+"."+f.ext), got.Bytes())
			})
		}
	}
}

// checkGolden compares got with the golden file at path; -update writes it
// instead. A text that differs is shown; a PDF is named, to be looked at.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./letter -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	if strings.HasSuffix(path, ".pdf") {
		t.Errorf("%s differs; run go test ./letter -update and look at the new PDF", path)
		return
	}
	t.Errorf("%s differs; run go test ./letter -update and review the diff\n--- got:\n%s", path, got)
}

// BenchmarkExample composes the example letter and prints it in each
// format: the work of one case in a batch.
func BenchmarkExample(b *testing.B) {
	for _, f := range []struct {
		name string
		p    interface {
			Print(w io.Writer, l *letter.Letter) error
		}
	}{
		{"text", &letter.Text{}},
		{"markdown", &letter.Markdown{}},
		{"pdf", &letter.PDF{}},
	} {
		b.Run(f.name, func(b *testing.B) {
			c, err := cases.Load(*benchCase, nil)
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			for b.Loop() {
				l, err := letter.Compose(c, letter.Options{Now: fixedNow})
				if err != nil {
					b.Fatal(err)
				}
				buf.Reset()
				if err := f.p.Print(&buf, l); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes/letter")
		})
	}
}

var benchCase = flag.String("benchcase", "../cases/djabbarbergenov.yaml", "the case file BenchmarkExample composes")
