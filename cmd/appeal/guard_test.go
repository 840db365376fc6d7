package main

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/treaties"
)

// panicPrinter fails as a library on crafted data would.
type panicPrinter struct{}

func (panicPrinter) Print(io.Writer, *letter.Letter) error {
	var glyphs []int
	_ = glyphs[17] // index out of range
	return nil
}

func testRunData() *runData {
	return &runData{Loader: &cases.Loader{}, Library: treaties.Builtin(), Records: treaties.BuiltinRecords(),
		Now: func() time.Time { return time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) }}
}

// TestGuard checks that a panic in a printer becomes an error naming the
// case file, and that in a batch it is one failed case.
func TestGuard(t *testing.T) {
	const file = "../../cases/djabbarbergenov.yaml"
	var stderr bytes.Buffer
	app := &App{Stdout: io.Discard, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: time.Now}
	_, err := generateOne(app, file, "pdf", panicPrinter{}, testRunData(), nil)
	if err == nil || !strings.HasPrefix(err.Error(), file+": cannot make the letter: a library failed on this data (runtime error: index out of range") {
		t.Errorf("generateOne with a panicking printer = %v", err)
	}
	stderr.Reset()
	b, err := newBatch(app, &generateOptions{OutDir: t.TempDir()}, testRunData(), []string{"pdf"}, map[string]printer{"pdf": panicPrinter{}}, []string{file})
	if err != nil {
		t.Fatal(err)
	}
	tally, err := b.run(context.Background())
	if err != nil || tally.lettersFailed != 1 || !strings.Contains(stderr.String(), "index out of range") {
		t.Errorf("a batch with a panicking printer: %+v, %v; stderr %q", tally, err, stderr.String())
	}
	if _, err := loadFont("../../cases/djabbarbergenov.yaml"); err == nil || strings.Contains(err.Error(), "goroutine") {
		t.Errorf("loadFont(a YAML file) = %v, want an error", err)
	}
}
