package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
)

// A batchResult is what became of one case in a batch.
type batchResult struct {
	done     bool // the case was worked on (not skipped by an interrupt)
	warnings diagnostics
	err      error
	written  int      // files written
	differ   []string // with --check: files that differ or are missing
}

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
	if !opts.Check {
		if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
			return fmt.Errorf("cannot make %s: %w", opts.OutDir, unwrapPathErr(err))
		}
	}

	jobs := opts.Jobs
	if jobs == 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	progress := newProgress(app, len(inputs))
	// Results are reported in the order of the inputs as soon as all before
	// them are done, and then dropped: memory does not grow with the batch.
	var (
		mu                    sync.Mutex
		pending               = map[int]batchResult{}
		reported              int
		failed, written, done int
		differ                int
	)
	tally := func(i int, r batchResult) {
		if !r.done {
			return // never started: interrupted
		}
		if len(r.warnings) > 0 || r.err != nil {
			progress.finish() // the message on a line of its own
		}
		done++
		report(app, r.warnings)
		if r.err != nil {
			failed++
			report(app, asDiagnostics(inputs[i], r.err))
		}
		written += r.written
		for _, f := range r.differ {
			say(app.Stdout, "%s", f)
		}
		differ += len(r.differ)
	}
	finished := func(i int, r batchResult) {
		mu.Lock()
		defer mu.Unlock()
		pending[i] = r
		for ; ; reported++ {
			r, ok := pending[reported]
			if !ok {
				return
			}
			delete(pending, reported)
			tally(reported, r)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(jobs, len(inputs)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(inputs) {
					return
				}
				finished(i, guardedBatchOne(app, inputs[i], formats, printers, opts, data))
				progress.done()
			}
		})
	}
	wg.Wait()
	progress.finish()
	// After an interrupt, what was done after a case never started.
	for i := reported; i < len(inputs); i++ {
		tally(i, pending[i])
	}

	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted: %d of %d cases done, %s written; every file written is complete", done, len(inputs), plural(written, "file", "files"))
	case failed > 0:
		say(app.Stderr, "appeal: %d of %d cases failed; %s written", failed, len(inputs), plural(written, "file", "files"))
		return errReported
	case opts.Check && differ > 0:
		return errReported
	}
	if isTerminal(app.Stderr) && !opts.Check {
		say(app.Stderr, "appeal: wrote %s for %s in %s", plural(written, "file", "files"), plural(len(inputs), "case", "cases"), safe.Text(opts.OutDir))
	}
	return nil
}

// writeMu lets one worker at a time create files: the kernel serialises
// creating files in one folder anyway. With two workers on ext4 it made no
// difference that could be told from noise (1,000 cases in three formats:
// 0.6 to 2.0 s of system time with it, 1.8 to 2.2 s without); it costs
// nothing measurable either.
var writeMu sync.Mutex

// batchOne composes one case and writes (or checks) its letter in every format.
func batchOne(app *App, path string, formats []string, printers map[string]printer, opts *generateOptions, data *runData) batchResult {
	letters, warnings, err := composeLanguages(app, path, data, opts.Languages)
	if err != nil {
		return batchResult{done: true, err: err}
	}
	r := batchResult{done: true, warnings: warnings}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	for i, l := range letters {
		name := base
		if len(opts.Languages) > 1 {
			// <case>.<language>.<ext>, by the output-name scheme.
			name += "." + opts.Languages[i]
		}
		if r.writeFormats(path, name, l, formats, printers, opts); r.err != nil {
			return r
		}
	}
	return r
}

// writeFormats writes (or checks) one letter in every format, as name.<ext>.
func (r *batchResult) writeFormats(path, base string, l *letter.Letter, formats []string, printers map[string]printer, opts *generateOptions) {
	mode, _ := parseMode(opts.Mode)
	for _, format := range formats {
		var buf bytes.Buffer
		if err := printers[format].Print(&buf, l); err != nil {
			r.err = err // reported against the case file, path
			return
		}
		out := filepath.Join(opts.OutDir, base+extensions[format])
		if opts.Check {
			// Not os.ReadFile: what is there may be a FIFO, or huge; a
			// file longer than the letter differs from it anyway.
			if old, err := safe.ReadFile(out, int64(buf.Len())); err != nil || !bytes.Equal(old, buf.Bytes()) {
				r.differ = append(r.differ, out)
			}
			continue
		}
		writeMu.Lock()
		err := writeOutput(out, buf.Bytes(), mode, letterMode)
		writeMu.Unlock()
		if err != nil {
			r.err = err
			return
		}
		r.written++
	}
}

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

// progress shows "12/1000 cases" on a terminal, and nothing in CI or when
// standard error is not a terminal.
type progress struct {
	app   *App
	total int
	n     atomic.Int64
	mu    sync.Mutex
	on    bool
}

func newProgress(app *App, total int) *progress {
	on := isTerminal(app.Stderr) && app.Getenv("CI") == "" && total > 1
	return &progress{app: app, total: total, on: on}
}

func (p *progress) done() {
	n := p.n.Add(1)
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	const barWidth = 30
	fill := int(n) * barWidth / p.total
	fmt.Fprintf(p.app.Stderr, "\r[%s%s] %d/%d cases", strings.Repeat("=", fill), strings.Repeat(" ", barWidth-fill), n, p.total)
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
