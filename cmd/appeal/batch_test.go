package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBatchInterrupted checks that a batch stopped by Ctrl-C leaves only
// complete letters and says what was done.
func TestBatchInterrupted(t *testing.T) {
	example, err := os.ReadFile("../../cases/djabbarbergenov.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var inputs []string
	for i := range 50 {
		p := filepath.Join(dir, "cases", "case"+strconv.Itoa(i)+".yaml")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, example, 0o644); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	out := filepath.Join(dir, "letters")

	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	// Stop the batch as soon as the first letter is written.
	app := &App{
		Stdout: &bytes.Buffer{},
		Stderr: &stderr,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2012, 8, 1, 0, 0, 0, 0, time.UTC) },
	}
	go func() {
		for {
			if m, _ := filepath.Glob(filepath.Join(out, "*.txt")); len(m) > 0 {
				cancel()
				return
			}
			time.Sleep(100 * time.Microsecond)
		}
	}()
	root := newRootCmd(app)
	root.SetArgs(append([]string{"generate", "--out-dir", out, "-f", "text,pdf", "--jobs", "1"}, inputs...))
	err = root.ExecuteContext(ctx)
	cancel()
	if err == nil || !strings.HasPrefix(err.Error(), "interrupted: ") || !strings.Contains(err.Error(), "of 50 cases done") {
		t.Fatalf("generate = %v, want an interrupted error", err)
	}
	files, _ := os.ReadDir(out)
	if len(files) == 0 || len(files) >= 100 {
		t.Fatalf("%d files written, want some but not all", len(files))
	}
	for _, f := range files {
		if strings.HasPrefix(f.Name(), ".") {
			t.Errorf("temporary file %s left behind", f.Name())
		}
		data, err := os.ReadFile(filepath.Join(out, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		switch filepath.Ext(f.Name()) {
		case ".pdf":
			if !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
				t.Errorf("%s is not a complete PDF", f.Name())
			}
		case ".txt":
			if !bytes.Contains(data, []byte("Russian Ministries (USA)\n")) {
				t.Errorf("%s is not a complete letter", f.Name())
			}
		}
	}
}
