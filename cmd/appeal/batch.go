package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// batchRun writes one letter per case file and format into opts.OutDir, or
// with opts.Check compares what it would write with what is there.
func batchRun(ctx context.Context, app *App, opts *generateOptions, data *runData) error {
	ctx = orBackground(ctx)
	if opts.Output != "" {
		return usagef("give -o for one letter or --out-dir for several, not both")
	}
	if err := checkCommon(opts); err != nil {
		return err
	}
	formats, err := batchFormats(opts.Format)
	if err != nil {
		return err
	}
	printers, err := newPrinters(app, formats, opts)
	if err != nil {
		return err
	}
	data.SkipImages = !needsImages(formats)
	inputs, err := expandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usagef("no case files given: appeal generate cases/*.yaml --out-dir letters/")
	}
	if err := checkOutputNames(inputs); err != nil {
		return err
	}
	// An organisation's wording is tried on every example case first, so
	// that a mistake in it stops the run before any letter is written.
	if ds := checkWordingExamples(data.userWording()); len(ds.Errors()) > 0 {
		return ds
	}
	b, err := newBatch(app, opts, data, formats, printers, inputs)
	if err != nil {
		return err
	}
	if !opts.Check {
		if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
			return fmt.Errorf("cannot make %s: %w", opts.OutDir, unwrapPathErr(err))
		}
	}

	t, err := b.run(ctx)
	if err != nil {
		return err
	}
	return b.finish(ctx, t)
}

// writeMu lets one worker at a time create files: the kernel serialises
// creating files in one folder anyway. With two workers on ext4 no
// difference could be told, either way: the system time of creating the
// 3,000 files of 1,000 cases in three formats varies more between runs
// with it (0.3 to 2.1 s; see the README's "Speed") than any difference
// measured with and without it.
var writeMu sync.Mutex

// batchFormats reads -f for a batch: a comma-separated list, default pdf.
func batchFormats(s string) ([]string, error) {
	if s == "" {
		return []string{"pdf"}, nil
	}
	var formats []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		f, err := formatName(part)
		if err != nil {
			return nil, err
		}
		if !seen[f] {
			seen[f] = true
			formats = append(formats, f)
		}
	}
	return formats, nil
}

// expandInputs replaces each folder by the case files in it, sorted.
func expandInputs(args []string) ([]string, error) {
	var inputs []string
	for _, arg := range args {
		if arg == "-" {
			return nil, usagef("--out-dir names letters after their case files: give files, not -")
		}
		fi, err := os.Stat(arg)
		if err != nil || !fi.IsDir() {
			inputs = append(inputs, arg) // a missing file is reported with the others
			continue
		}
		found, err := caseFilesIn(arg)
		if err != nil {
			return nil, err
		}
		inputs = append(inputs, found...)
	}
	return inputs, nil
}

// checkOutputNames makes sure no two cases would write the same letter.
func checkOutputNames(inputs []string) error {
	seen := map[string]string{}
	for _, in := range inputs {
		base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		if base == "" || base == "." || base == ".." {
			return usagef("%s: a case file needs a name to name its letter after", in)
		}
		if other, ok := seen[base]; ok {
			return usagef("%s and %s would both write letters named %s: rename one", other, in, base)
		}
		seen[base] = in
	}
	return nil
}

// progress shows "12/1000 letters" on a terminal, and nothing in CI or when
// standard error is not a terminal.
type progress struct {
	app   *App
	total atomic.Int64 // grows as cases with several recipients are read
	n     atomic.Int64
	mu    sync.Mutex
	on    bool
}

func newProgress(app *App, total int) *progress {
	on := isTerminal(app.Stderr) && app.Getenv("CI") == "" && total > 1
	p := &progress{app: app, on: on}
	p.total.Store(int64(total))
	return p
}

func (p *progress) done() {
	n := p.n.Add(1)
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	const barWidth = 30
	total := max(p.total.Load(), n)
	fill := int(n * barWidth / total)
	fmt.Fprintf(p.app.Stderr, "\r[%s%s] %d/%d letters", strings.Repeat("=", fill), strings.Repeat(" ", barWidth-fill), n, total)
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.app.Stderr, "\r\033[K")
	}
}

// plural writes a count of things: "1 file", "3 files".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
