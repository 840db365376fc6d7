package letter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/letter/typeset"
)

// TestGoldenRightToLeft prints the case files in testdata/rtl, with names
// in Arabic script and Hebrew, in every format, and compares the result
// with testdata/golden/rtl-<case>.<ext>; -update rewrites them. The PDF is
// set with DejaVu Sans (testdata/fonts) as the fallback font, and must pass
// strict validation.
func TestGoldenRightToLeft(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fonts", "DejaVuSans.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	dejavu, err := typeset.LoadFont(data)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "rtl", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/rtl: %v", err)
	}
	for _, path := range files {
		name := "rtl-" + strings.TrimSuffix(filepath.Base(path), ".yaml")
		l := composeFile(t, path)
		for _, f := range []struct {
			ext   string
			print func(*bytes.Buffer) error
		}{
			{"txt", func(b *bytes.Buffer) error { return (&letter.Text{}).Print(b, l) }},
			{"md", func(b *bytes.Buffer) error { return (&letter.Markdown{}).Print(b, l) }},
			{"pdf", func(b *bytes.Buffer) error {
				return (&letter.PDF{Creator: "appeal (golden)", Fallback: []*typeset.Font{dejavu}}).Print(b, l)
			}},
		} {
			t.Run(name+"."+f.ext, func(t *testing.T) {
				var got bytes.Buffer
				if err := f.print(&got); err != nil {
					t.Fatal(err)
				}
				if f.ext == "pdf" {
					conf := model.NewDefaultConfiguration()
					conf.ValidationMode = model.ValidationStrict
					if err := api.Validate(bytes.NewReader(got.Bytes()), conf); err != nil {
						t.Errorf("strict validation: %v", err)
					}
				}
				checkGolden(t, filepath.Join("testdata", "golden", name+"."+f.ext), got.Bytes())
			})
		}
	}
}

// TestGoldenCJK prints the case in testdata/cjk, a name in Chinese
// characters, as a PDF with Droid Sans Fallback (testdata/fonts) as the
// fallback font: the characters Liberation Serif lacks come from it, the
// rest stays in Liberation Serif. The result must pass strict validation
// and match testdata/golden/cjk-<case>.pdf; -update rewrites it.
func TestGoldenCJK(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fonts", "DroidSansFallbackFull.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	droid, err := typeset.LoadFont(data)
	if err != nil {
		t.Fatal(err)
	}
	l := composeFile(t, filepath.Join("testdata", "cjk", "chinese.yaml"))
	var got bytes.Buffer
	if err := (&letter.PDF{Creator: "appeal (golden)"}).Print(&got, l); err == nil {
		t.Error("a PDF with Chinese characters and no fallback font: no error")
	}
	got.Reset()
	if err := (&letter.PDF{Creator: "appeal (golden)", Fallback: []*typeset.Font{droid}}).Print(&got, l); err != nil {
		t.Fatal(err)
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(got.Bytes()), conf); err != nil {
		t.Errorf("strict validation: %v", err)
	}
	checkGolden(t, filepath.Join("testdata", "golden", "cjk-chinese.pdf"), got.Bytes())
}
