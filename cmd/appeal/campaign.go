package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
)

// A batch writes the letters of a run with --out-dir: for every case, one
// letter per recipient, and with --signers one per signer and recipient,
// in every format.
//
// Letters stream through three stages: one goroutine reads the cases (a few
// ahead) and the signers file and names each letter; workers compose,
// print and write letters, one per core; and the calling goroutine takes
// their results back in the run's order, for messages, the manifest and the
// print file. A window of letters in flight bounds memory whatever the
// length of the run.
type batch struct {
	app      *App
	opts     *generateOptions
	data     *runData
	formats  []string
	printers map[string]printer
	signers  *signerIndex // nil without --signers
	shard    *shard       // nil without --shard

	inputs      []string                 // case files
	inputKey    []byte                   // with --manifest: what every letter's fingerprint shares
	prev        map[string]manifestEntry // the manifest's letters before this run, by file
	hadManifest bool                     // the manifest was there before this run
	mode        fs.FileMode              // --mode: permissions of new letters; 0 for the default
	names       map[uint64]struct{}      // hashes of the names given so far, where two letters could share one; else nil
}

// A loadedCase is one case file, read and checked, with what its letters share.
type loadedCase struct {
	path  string
	base  string // its letters' names start with this
	c     *cases.Case
	ds    diagnostics // warnings, or the errors that stop it
	parts []string    // each recipient's part of the names; nil for one recipient
	langs bool        // its letters come in several languages, so names carry the language
	files *os.Root    // the case's folder, for its images; closed after its last letter
	refs  atomic.Int64
	ready chan struct{}
}

func (lc *loadedCase) release() {
	if lc.refs.Add(-1) == 0 && lc.files != nil {
		lc.files.Close()
	}
}

// An item is one step of the run, in order: a case read, or a letter.
type item struct {
	seq       int
	lc        *loadedCase
	letter    bool
	id        letterID
	recipient int
	signer    *signer
	lang      string // from --language; "" for the signer's or the case's

	// Filled in by a worker.
	done    bool            // false: not worked on (the run was interrupted)
	files   []manifestEntry // one per format written or found unchanged
	skipped int             // formats found unchanged
	pdfs    [][]byte        // the PDF, for --print
	differ  []string        // with --check: files that differ or are missing
	err     error
}

// A tally counts what the run did, for the last message.
type tally struct {
	cases, casesFailed, casesDone int
	letters, lettersFailed        int
	written, skipped              int
	differ                        []string
	gone                          int // letters of the old manifest that this run no longer has
}

func (b *batch) run(ctx context.Context) (tally, error) {
	var t tally
	jobs := b.opts.Jobs
	if jobs == 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	window := make(chan struct{}, 8*jobs)
	work := make(chan *item)
	results := make(chan *item, 8*jobs)
	// Names are unique by construction (see uniqueNames) unless a name's
	// parts can be read two ways; only then are they all checked.
	if !b.uniqueNames() {
		b.names = map[uint64]struct{}{}
	}

	var manifest *manifestWriter
	var print *printFile
	var err error
	if b.opts.Manifest != "" {
		if manifest, err = newManifestWriter(b.opts.Manifest); err != nil {
			return t, err
		}
		manifest.mode = b.mode
		defer manifest.Abort()
	}
	if b.opts.Print != "" {
		if print, err = newPrintFile(b.opts.Print); err != nil {
			return t, err
		}
		print.mode = b.mode
		defer print.Abort()
	}

	progress := newProgress(b.app, len(b.inputs)*b.rows())
	go b.produce(ctx, window, work, results, progress)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range work {
				if ctx.Err() == nil {
					b.write(it)
				}
				it.lc.release()
				results <- it
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Take results back in order: the run's messages, manifest and print
	// file are the same however the workers were scheduled.
	gone := maps.Clone(b.prev) // the collector's own: workers read b.prev
	pending := map[int]*item{}
	failedCases := map[*loadedCase]bool{}
	next := 0
	var printErr error
	for it := range results {
		pending[it.seq] = it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if !it.letter {
				t.cases++
				report(b.app, it.lc.ds)
				if len(it.lc.ds.Errors()) > 0 {
					t.casesFailed++
				} else {
					t.casesDone++
				}
				continue
			}
			if !it.done {
				continue
			}
			progress.done()
			t.letters++
			if it.err != nil {
				t.lettersFailed++
				report(b.app, b.problem(it))
				if b.signers == nil && !failedCases[it.lc] {
					// Without signers a letter's problem is its case's.
					failedCases[it.lc] = true
					t.casesFailed++
				}
			}
			t.differ = append(t.differ, it.differ...)
			t.skipped += it.skipped
			t.written += len(it.files) - it.skipped
			for _, f := range it.files {
				if manifest != nil {
					manifest.add(f)
				}
				delete(gone, f.File)
			}
			for _, pdf := range it.pdfs {
				if print != nil && printErr == nil {
					printErr = print.add(pdf)
				}
			}
		}
	}
	progress.finish()
	interrupted := ctx.Err() != nil
	if manifest != nil {
		if interrupted {
			// The manifest lists what was written, and keeps the letters
			// of the old one this run did not reach, so that the next run
			// goes on where this one stopped.
			for _, f := range slices.Sorted(maps.Keys(gone)) {
				manifest.add(gone[f])
			}
		} else {
			t.gone = len(gone)
		}
		if err := manifest.Close(); err != nil {
			return t, err
		}
	}
	switch {
	case printErr != nil:
		return t, fmt.Errorf("--print: %w", printErr)
	case print != nil && !interrupted:
		// A print file of part of a run would mislead: only a whole run
		// writes one.
		if err := print.Close(); err != nil {
			return t, err
		}
	}
	return t, nil
}

// produce reads the cases and the signers and hands out the letters, in
// order, until the run is done or interrupted.
func (b *batch) produce(ctx context.Context, window chan struct{}, work, results chan<- *item, progress *progress) {
	defer close(work)
	seq := 0
	emit := func(it *item) bool {
		select {
		case window <- struct{}{}:
		case <-ctx.Done():
			return false
		}
		it.seq = seq
		seq++
		if it.letter {
			it.lc.refs.Add(1)
			work <- it
		} else {
			results <- it
		}
		return true
	}
	for lc := range b.loadAhead(ctx) {
		<-lc.ready
		if !emit(&item{lc: lc}) {
			lc.release()
			return
		}
		if len(lc.ds.Errors()) > 0 {
			progress.total.Add(-int64(b.rows()))
			lc.release()
			continue
		}
		progress.total.Add(int64((len(lc.c.Recipients) - 1) * b.rows()))
		ok := b.eachLetter(lc, func(it *item) bool {
			if !b.shard.has(it.id) {
				return true
			}
			return emit(it)
		})
		lc.release()
		if !ok {
			return
		}
	}
}

// eachLetter calls fn with each letter of a case, in order: by signer, and
// for each signer by recipient, so that one supporter's letters are
// together in the print file.
func (b *batch) eachLetter(lc *loadedCase, fn func(*item) bool) bool {
	recipients := len(lc.c.Recipients)
	names := b.names
	if names == nil && hyphenPrefix(lc.parts, "-") {
		names = map[uint64]struct{}{} // this case's letters may share names
	}
	// With --language, each letter is made in each language given; else
	// in the signer's or the case's.
	langs := b.opts.Languages
	if len(langs) == 0 {
		langs = []string{""}
	}
	one := func(s *signer, signerPart string) bool {
		for r := range recipients {
			part := ""
			if lc.parts != nil {
				part = lc.parts[r]
			}
			for _, lang := range langs {
				if !b.letter(lc, names, &item{lc: lc, letter: true, recipient: r, signer: s, lang: lang}, part, signerPart, fn) {
					return false
				}
			}
		}
		return true
	}
	if b.signers == nil {
		return one(nil, "")
	}
	stopped := false
	err := b.signers.file.each(func(s *signer, bad diagnostics) error {
		if len(bad) > 0 || !b.signers.isGood(s) {
			return nil
		}
		if !one(s, b.signers.part(s)) {
			stopped = true
			return context.Canceled
		}
		return nil
	})
	if err != nil && !stopped {
		// The file read well a moment ago: it changed under us.
		fn(&item{lc: lc, letter: true, err: err})
	}
	return !stopped
}

// letter names one letter and hands it to fn.
func (b *batch) letter(lc *loadedCase, names map[uint64]struct{}, it *item, recipientPart, signerPart string, fn func(*item) bool) bool {
	lang := ""
	if lc.langs {
		lang = it.lang
		if lang == "" && it.signer != nil {
			lang = it.signer.Language
		}
		lang = cmp.Or(lang, caseLanguage(lc.c))
	}
	it.id = letterName(lc.base, recipientPart, signerPart, lang)
	if names != nil {
		h := hash64(string(it.id))
		if _, dup := names[h]; dup {
			it.err = fmt.Errorf("two letters would be named %s; rename a case file or give the recipients ids", it.id)
		} else {
			names[h] = struct{}{}
		}
	}
	return fn(it)
}

// problem is a letter's error as diagnostics: a problem of the case at
// its place in the case file, else of the signer's row, else of the case.
func (b *batch) problem(it *item) diagnostics {
	var ds diagnostics
	if errors.As(it.err, &ds) {
		return ds
	}
	if it.signer != nil && !strings.HasPrefix(it.err.Error(), b.signers.file.Path+":") {
		return diagnostics{{File: b.signers.file.Path, Line: it.signer.Line, Severity: cases.SevError, Message: it.err.Error()}}
	}
	return asDiagnostics(it.lc.path, it.err)
}

// uniqueNames reports whether every letter of the run is sure to have a
// name of its own, which needs no memory to check: case names are unique
// (checkOutputNames) and no case's name is another's followed by - or .;
// recipients' parts are unique (recipientParts) and, checked per case, none
// is another's followed by -; signers' parts are unique (indexSigners).
// Then two names that are the same string are split into the same parts.
func (b *batch) uniqueNames() bool {
	bases := make([]string, len(b.inputs))
	for i, in := range b.inputs {
		bases[i] = strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	}
	return !hyphenPrefix(bases, "-.") && (b.signers == nil || !b.signers.ambiguous)
}

// hyphenPrefix reports whether one of parts is another followed by one of
// seps and more: "minister" and "minister-jane".
func hyphenPrefix(parts []string, seps string) bool {
	set := make(map[string]bool, len(parts))
	for _, p := range parts {
		set[p] = true
	}
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			if strings.IndexByte(seps, p[i]) >= 0 && set[p[:i]] {
				return true
			}
		}
	}
	return false
}

// rows is about how many letters of a case with one recipient this run
// writes, for the progress bar: one per signer, in this shard.
func (b *batch) rows() int {
	n := 1
	if b.signers != nil {
		n = b.signers.good
	}
	if b.shard != nil {
		n = (n + b.shard.N - 1) / b.shard.N
	}
	return n
}

func caseLanguage(c *cases.Case) string {
	return cmp.Or(c.Letter.Language, "en")
}

// loadAhead reads the cases, a few ahead of the letters being written, and
// yields them in order.
func (b *batch) loadAhead(ctx context.Context) <-chan *loadedCase {
	out := make(chan *loadedCase, runtime.GOMAXPROCS(0))
	go func() {
		defer close(out)
		for _, path := range b.inputs {
			lc := &loadedCase{path: path, base: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), ready: make(chan struct{})}
			lc.refs.Store(1) // the producer's, until it has handed out every letter
			go func() {
				defer close(lc.ready)
				b.load(lc)
			}()
			select {
			case out <- lc:
			case <-ctx.Done():
				<-lc.ready
				lc.release()
				return
			}
		}
	}()
	return out
}

func (b *batch) load(lc *loadedCase) {
	lc.c, lc.ds = checkFile(lc.path, b.data)
	if len(lc.ds.Errors()) > 0 {
		return
	}
	lc.parts, _ = recipientParts(lc.c) // its problems are among lc.ds
	if b.signers != nil {
		lc.ds = append(lc.ds, organisationVoice(lc.c)...)
		lc.ds = append(lc.ds, b.signers.latinSigners(lc.c, b.opts.Languages)...)
	}
	lc.langs = b.severalLanguages(lc.c)
	// A letter in another language than the case's needs its values in
	// that language: checked once for the case, not for every letter.
	for _, lang := range b.opts.Languages {
		if lang != lc.c.Letter.Language {
			in := *lc.c
			in.Letter.Language = lang
			lc.ds = append(lc.ds, in.CheckLanguage(lang)...)
		}
	}
	if root, err := os.OpenRoot(lc.c.Dir); err == nil {
		lc.files = root
	}
}

// write composes one letter and writes it in every format, or with
// --check compares it with what is there, or with --manifest leaves it
// alone if nothing that decides it changed. A panic in a library on what
// a case or signer names is this letter's error, and the run goes on.
func (b *batch) write(it *item) {
	it.done = true
	if it.err != nil {
		return
	}
	if err := guard("make the letter", func() error { return b.compose(it) }); err != nil {
		it.err = err
	}
}

func (b *batch) compose(it *item) error {
	lc := it.lc
	c := lc.c
	if it.lang != "" && it.lang != c.Letter.Language {
		in := *c
		in.Letter.Language = it.lang
		c = &in
	}
	opt := letter.Options{Now: b.data.Now, Library: b.data.Library, Records: b.data.Records, Wording: b.data.Wording,
		SkipImages: b.data.SkipImages, Recipient: it.recipient,
		Checked: c == lc.c} // load has checked the case as read
	if lc.files != nil {
		opt.Files = lc.files.FS()
	}
	recipient := lc.c.Recipients[it.recipient].Name
	signerName := ""
	if it.signer != nil {
		s, err := b.signers.file.letterSigner(it.signer)
		if err != nil {
			return err
		}
		if it.lang != "" {
			s.Language = "" // --language decides
		}
		opt.Signer = s
		signerName = s.Name
	}
	l, err := letter.Compose(c, opt)
	if err != nil {
		return err
	}
	for _, format := range b.formats {
		name := string(it.id) + extensions[format]
		out := filepath.Join(b.opts.OutDir, name)
		e := manifestEntry{File: name, Case: displayName(lc.path), Recipient: recipient, Signer: signerName, Language: l.Language}
		if b.inputKey != nil {
			e.Inputs = letterInputs(b.inputKey, format, l)
			if prev, ok := b.prev[name]; ok && prev.Inputs == e.Inputs {
				if data, err := safe.ReadFile(out, maxLetterSize); err == nil && sha256Hex(data) == prev.SHA256 {
					e.Pages, e.SHA256 = prev.Pages, prev.SHA256
					it.files = append(it.files, e)
					it.skipped++
					if format == "pdf" && b.opts.Print != "" {
						it.pdfs = append(it.pdfs, data)
					}
					continue
				}
			}
		}
		var buf bytes.Buffer
		if err := b.printers[format].Print(&buf, l); err != nil {
			return fmt.Errorf("%s: %w", out, err)
		}
		if b.opts.Check {
			// Not os.ReadFile: what is there may be a FIFO, or huge; a
			// file longer than the letter differs from it anyway.
			if old, err := safe.ReadFile(out, int64(buf.Len())); err != nil || !bytes.Equal(old, buf.Bytes()) {
				it.differ = append(it.differ, out)
			}
			continue
		}
		if format == "pdf" {
			if e.Pages, err = pdfPages(buf.Bytes()); err != nil {
				return fmt.Errorf("%s: %w", out, err)
			}
			if b.opts.Print != "" {
				it.pdfs = append(it.pdfs, buf.Bytes())
			}
		}
		e.SHA256 = sha256Hex(buf.Bytes())
		writeMu.Lock()
		err := writeOutput(out, buf.Bytes(), b.mode, letterMode)
		writeMu.Unlock()
		if err != nil {
			return err
		}
		it.files = append(it.files, e)
	}
	return nil
}

// maxLetterSize is the largest letter file read back to compare with the
// manifest: far more than any letter appeal writes.
const maxLetterSize = 256 << 20

// newBatch reads what a run needs before its first letter: the signers
// file (reporting its bad rows), the shard, the old manifest.
func newBatch(app *App, opts *generateOptions, data *runData, formats []string, printers map[string]printer, inputs []string) (*batch, error) {
	b := &batch{app: app, opts: opts, data: data, formats: formats, printers: printers, inputs: inputs}
	mode, err := parseMode(opts.Mode)
	if err != nil {
		return nil, err
	}
	b.mode = mode
	if opts.Check && (opts.Manifest != "" || opts.Print != "") {
		return nil, usagef("--check writes nothing: leave out --manifest and --print")
	}
	if opts.Print != "" && !strings.Contains(","+strings.Join(formats, ",")+",", ",pdf,") {
		return nil, usagef("--print collects the PDF letters: add pdf to -f")
	}
	if opts.Print != "" && !strings.EqualFold(filepath.Ext(opts.Print), ".pdf") {
		return nil, usagef("--print %s: name the print file .pdf", opts.Print)
	}
	if opts.Shard != "" {
		s, err := parseShard(opts.Shard)
		if err != nil {
			return nil, err
		}
		b.shard = s
	}
	if opts.Signers != "" {
		sf, err := openSigners(opts.Signers)
		if err != nil {
			return nil, err
		}
		ix, err := indexSigners(sf)
		if err != nil {
			return nil, err
		}
		report(app, ix.problems)
		b.signers = ix
	}
	if opts.Manifest != "" {
		run, err := runInputs(app, opts)
		if err != nil {
			return nil, err
		}
		b.inputKey = run
		prev, err := readManifest(opts.Manifest)
		if err != nil {
			return nil, err
		}
		_, err = os.Stat(opts.Manifest)
		b.hadManifest = err == nil
		b.prev = make(map[string]manifestEntry, len(prev))
		for _, e := range prev {
			b.prev[e.File] = e
		}
	}
	return b, nil
}

// severalLanguages reports whether a case's letters come in more than
// one language: --language names several, or the signers ask for
// languages other than the case's own.
func (b *batch) severalLanguages(c *cases.Case) bool {
	switch {
	case len(b.opts.Languages) > 0:
		return len(b.opts.Languages) > 1
	case b.signers == nil:
		return false
	}
	langs := map[string]bool{}
	for l := range b.signers.languages {
		langs[cmp.Or(l, caseLanguage(c))] = true
	}
	return len(langs) > 1
}

// finish says what the run did: which letters differ (--check), what
// failed, and with --manifest how many letters were unchanged.
func (b *batch) finish(ctx context.Context, t tally) error {
	if b.opts.Check {
		for _, f := range t.differ {
			say(b.app.Stdout, "%s", f)
		}
	}
	written := plural(t.written, "file", "files")
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted: %d of %d cases done, %s written; every file written is complete", t.casesDone, len(b.inputs), written)
	}
	var failed []string
	if t.casesFailed > 0 {
		failed = append(failed, fmt.Sprintf("%d of %d cases failed", t.casesFailed, len(b.inputs)))
	}
	if b.signers != nil && len(b.signers.bad) > 0 {
		failed = append(failed, fmt.Sprintf("%d of %d signers' rows are bad", len(b.signers.bad), len(b.signers.bad)+b.signers.good))
	}
	if t.lettersFailed > 0 && b.signers != nil {
		failed = append(failed, fmt.Sprintf("%s failed", plural(t.lettersFailed, "letter", "letters")))
	}
	unchanged := ""
	if b.opts.Manifest != "" && !b.hadManifest {
		unchanged = "; listed in " + safe.Text(b.opts.Manifest)
	} else if b.opts.Manifest != "" {
		unchanged = fmt.Sprintf("; %s unchanged since the manifest, not rewritten", plural(t.skipped, "file", "files"))
	}
	switch {
	case len(failed) > 0:
		say(b.app.Stderr, "appeal: %s; %s written%s", strings.Join(failed, "; "), written, unchanged)
		return errReported
	case b.opts.Check && len(t.differ) > 0:
		return errReported
	case b.opts.Manifest != "":
		say(b.app.Stderr, "appeal: wrote %s%s", written, unchanged)
		if t.gone > 0 {
			say(b.app.Stderr, "appeal: %s in the old manifest no longer in the run (a signer or recipient removed?): left in %s, not listed",
				plural(t.gone, "letter file", "letter files"), safe.Text(b.opts.OutDir))
		}
	case isTerminal(b.app.Stderr) && !b.opts.Check:
		say(b.app.Stderr, "appeal: wrote %s for %s in %s", written, plural(len(b.inputs), "case", "cases"), safe.Text(b.opts.OutDir))
	}
	return nil
}
