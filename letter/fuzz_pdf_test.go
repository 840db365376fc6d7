package letter_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/letter/typeset"
)

// fuzzFallback is DejaVu Sans, read once.
var fuzzFallback = sync.OnceValue(func() *typeset.Font {
	data, err := os.ReadFile(filepath.Join("testdata", "fonts", "DejaVuSans.ttf"))
	if err != nil {
		panic(err)
	}
	f, err := typeset.LoadFont(data)
	if err != nil {
		panic(err)
	}
	return f
})

// printValidPDF prints l as a PDF and validates it strictly; a character the
// font lacks is a clear error, and then nothing may be written.
func printValidPDF(t *testing.T, l *letter.Letter, paper letter.Paper) {
	t.Helper()
	// DejaVu Sans as a fallback font, so that Arabic-script text is shaped
	// and drawn, not refused for want of a font.
	p := &letter.PDF{Paper: paper, Fallback: []*typeset.Font{fuzzFallback()}}
	var b bytes.Buffer
	err := p.Print(&b, l)
	checkErr := p.Check(l)
	// A letter with characters no font has, or with right-to-left text, is
	// refused, by Print and Check alike.
	var missing *typeset.MissingGlyphsError
	var rtl *typeset.RTLError
	var addr *letter.AddressError
	if errors.As(err, &missing) || errors.As(err, &rtl) || errors.As(err, &addr) {
		if b.Len() > 0 {
			t.Errorf("PDF.Print wrote %d bytes before failing: %v", b.Len(), err)
		}
		if checkErr == nil || checkErr.Error() != err.Error() {
			t.Errorf("PDF.Print: %v, but PDF.Check: %v", err, checkErr)
		}
		return
	}
	if err != nil {
		t.Fatalf("PDF.Print: %v", err)
	}
	if checkErr != nil {
		t.Errorf("PDF.Print succeeded, but PDF.Check: %v", checkErr)
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(b.Bytes()), conf); err != nil {
		t.Fatalf("the PDF does not validate: %v", err)
	}
}

// FuzzPDF prints letters composed from fuzzed case files, and from the
// example case with a fuzzed name and paragraph, as PDF: nothing may panic
// or hang, and every document must validate.
func FuzzPDF(f *testing.F) {
	model.ConfigPath = "disable" // validate without reading or writing a pdfcpu config file
	example, err := os.ReadFile(exampleCase)
	if err != nil {
		f.Fatal(err)
	}
	for i, data := range seedCaseFiles(f) {
		f.Add(data, hostile[i%len(hostile)], hostile[(i+1)%len(hostile)], i%2 == 1)
	}
	for i, h := range hostile {
		f.Add([]byte{}, h, hostile[(i+5)%len(hostile)], i%2 == 0)
	}
	f.Fuzz(func(t *testing.T, data []byte, name, paragraph string, usLetter bool) {
		defer watch("printing a PDF").Stop()
		start := time.Now()
		paper := letter.A4
		if usLetter {
			paper = letter.USLetter
		}
		if l, ok := composeBytes(t, data); ok {
			printValidPDF(t, l, paper)
		}

		values := []string{name, "Daulbayev", "spurious charges", paragraph, "allow him to stay", "teaching religion"}
		file, ok := withFields(t, example, values)
		if !ok {
			return
		}
		if l, ok := composeBytes(t, file); ok {
			printValidPDF(t, l, paper)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("composing and printing PDFs took %v", d)
		}
	})
}

// TestPDFLimits prints the limit cases of TestLimits as PDF: each must give a
// valid document, or a missing-glyph or address error.
func TestPDFLimits(t *testing.T) {
	model.ConfigPath = "disable"
	for _, tt := range limitCases() {
		t.Run(tt.name, func(t *testing.T) {
			l := limitLetter(t, tt.edit)
			start := time.Now()
			var b bytes.Buffer
			err := (&letter.PDF{}).Print(&b, l)
			elapsed := time.Since(start)
			// How the time grows with size is TestLinearCost's and
			// BenchmarkSize's to check: a time limit here fails under
			// the race detector.
			t.Logf("printed %d bytes of PDF in %v (error: %v)", b.Len(), elapsed, err)
			var missing *typeset.MissingGlyphsError
			var addr *letter.AddressError
			if err != nil && !errors.As(err, &missing) && !errors.As(err, &addr) {
				t.Fatalf("PDF.Print: %v", err)
			}
			if err == nil {
				conf := model.NewDefaultConfiguration()
				conf.ValidationMode = model.ValidationStrict
				if err := api.Validate(bytes.NewReader(b.Bytes()), conf); err != nil {
					t.Errorf("the PDF does not validate: %v", err)
				}
			}
		})
	}
}
