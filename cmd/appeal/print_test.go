package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/appeal-letters/appeal/letter"
)

// signerLetters prints the benchmark case as n supporters' one-page PDF letters.
func signerLetters(t testing.TB, n int) [][]byte {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, []byte(benchCase), 0o644); err != nil {
		t.Fatal(err)
	}
	app := &App{Now: time.Now, Getenv: func(string) string { return "" }}
	data := testRunData()
	c, ds := checkFile(path, data)
	if len(ds.Errors()) > 0 {
		t.Fatal(ds)
	}
	var out [][]byte
	for i := range n {
		s := &letter.Signer{Name: "Supporter " + string(rune('A'+i%26)), Paragraph: "I ask you to act.", Address: []string{"1 Example Street"}}
		l, err := letter.Compose(c, letter.Options{Now: app.Now, Library: data.Library, Records: data.Records, Signer: s})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := (&letter.PDF{}).Print(&b, l); err != nil {
			t.Fatal(err)
		}
		out = append(out, b.Bytes())
	}
	return out
}

// TestPrintFile checks the print file with pdfcpu: valid, every letter's
// pages, and a blank page after each letter of an odd number of pages.
func TestPrintFile(t *testing.T) {
	model.ConfigPath = "disable"
	letters := signerLetters(t, 3)
	two, err := os.ReadFile("../../letter/testdata/golden/djabbarbergenov.pdf")
	if err != nil {
		t.Fatal(err)
	}
	letters = append(letters[:1], append([][]byte{two}, letters[1:]...)...) // 1, 2, 1, 1 pages
	path := filepath.Join(t.TempDir(), "print.pdf")
	p, err := newPrintFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range letters {
		if err := p.add(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, err := api.ReadValidateAndOptimize(bytes.NewReader(data), conf)
	if err != nil {
		t.Fatalf("print file: %v", err)
	}
	// 1 + blank, 2, 1 + blank, 1: every letter starts on an odd page.
	if ctx.PageCount != 7 {
		t.Errorf("print file has %d pages, want 7", ctx.PageCount)
	}
	for i, want := range []int{1, 2, 1, 1} {
		if got, err := pdfPages(letters[i]); err != nil || got != want {
			t.Errorf("pdfPages(letter %d) = %d, %v; want %d", i, got, err, want)
		}
	}
	if _, err := pdfPages([]byte("%PDF-1.7\nnot really")); err == nil {
		t.Errorf("pdfPages of a broken PDF: no error")
	}
}

// BenchmarkPrintFile copies 100 one-page letters into a print file.
func BenchmarkPrintFile(b *testing.B) {
	letters := signerLetters(b, 100)
	path := filepath.Join(b.TempDir(), "print.pdf")
	for b.Loop() {
		p, err := newPrintFile(path)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range letters {
			if err := p.add(l); err != nil {
				b.Fatal(err)
			}
		}
		if err := p.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(letters)), "µs/letter")
}

// BenchmarkPrintPdfcpu merges the same 100 letters with pdfcpu, the
// alternative to copying objects: slower, and it holds the whole document.
func BenchmarkPrintPdfcpu(b *testing.B) {
	model.ConfigPath = "disable"
	letters := signerLetters(b, 100)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	for b.Loop() {
		rs := make([]io.ReadSeeker, len(letters))
		for i, l := range letters {
			rs[i] = bytes.NewReader(l)
		}
		if err := api.MergeRaw(rs, io.Discard, false, conf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(letters)), "µs/letter")
}
