package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// generateOptions are the settings of one 'appeal generate' run.
type generateOptions struct {
	Inputs []string // case files or folders of them; "-" is standard input
	Output string   // output file, or "-" / "" for standard output
	OutDir string   // folder for one letter per case and format
	Format string   // text, markdown, pdf, or a comma-separated list with OutDir
	Check  bool     // report letters in OutDir that differ, write nothing
	Width  int      // text line width
	Paper  string   // a4 or letter
	Fonts  []string // fallback TrueType font files for PDF output, in order
	Jobs   int      // letters composed at once; 0 means one per core
	Mode   string   // permissions of new letters, octal; "" is 0600, and a rewritten letter keeps its own

	// Languages are the letter's languages from --language, e.g. ru,en:
	// one document, the letter followed by its original (with --out-dir,
	// one file per language). Empty: the case's own language.
	Languages []string
	language  string

	// Campaigns, with OutDir (see campaign.go).
	Signers  string // CSV or YAML file of supporters: one letter each per recipient
	Print    string // a PDF file of every PDF letter of the run, for printing
	Manifest string // CSV or JSON list of the letters; unchanged letters are not rewritten
	Shard    string // "K/N": write only the K-th of N shares of the letters
}

func newGenerateCmd(app *App) *cobra.Command {
	opts := &generateOptions{}
	cmd := &cobra.Command{
		Use:   "generate [case.yaml... | folder... | -]",
		Short: "Write the letter for each case file",
		Long: `Generate writes the letter for a case file as plain text, Markdown or PDF.

The format comes from -f, else from the extension of -o (.txt, .md, .pdf),
else it is text. "-" reads the case from standard input, and -o - writes
the letter to standard output (the default).

With --out-dir, it writes one letter per case file and format into that
folder, named after the case file (cases/smith.yaml gives letters/smith.pdf),
for every case file given and every *.yaml file in a folder given. -f then
takes a list, e.g. -f text,markdown,pdf (default pdf). Cases run in
parallel; a bad case is reported and the others still written.

With --check, nothing is written: generate lists the letters in --out-dir
that differ from what it would write now, and exits 1 if there are any.

A case with several recipients gives one letter to each. --signers gives
one letter per supporter (a row of a CSV or YAML file) and recipient,
sent in the supporter's own name. Letters are named
<case>[-<recipient>][-<signer>][.<language>].<ext>. --print also puts
every PDF letter into one file for duplex printing; --manifest lists every
letter and, run again, rewrites only those whose inputs changed; --shard
K/N writes one share of the letters, for a CI matrix, and 'appeal
manifest merge' joins the shards' manifests.`,
		Example: `  appeal generate cases/djabbarbergenov.yaml
  appeal generate cases/djabbarbergenov.yaml -o letter.pdf
  appeal generate cases/*.yaml --out-dir letters/ -f text,markdown,pdf
  appeal generate --check --out-dir letters/ cases/
  appeal generate case.yaml --signers supporters.csv --out-dir letters/ --print print.pdf --manifest letters/manifest.csv
  appeal generate case.yaml --signers supporters.csv --out-dir letters/ --shard 2/4 --manifest manifest-2.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Inputs = args
			langs, err := parseLanguages(opts.language)
			if err != nil {
				return err
			}
			opts.Languages = langs
			data, err := loadData(app, cmd)
			if err != nil {
				return err
			}
			if opts.OutDir != "" {
				return batchRun(cmd.Context(), app, opts, data)
			}
			return generateRun(app, opts, data)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "output format: text, markdown or pdf (default: from -o, else text; with --out-dir a list, default pdf)")
	f.StringVarP(&opts.Output, "output", "o", "", "write the letter to `file` (- for standard output)")
	f.StringVar(&opts.OutDir, "out-dir", "", "write one letter per case and format into `folder`")
	f.BoolVar(&opts.Check, "check", false, "with --out-dir: list letters that differ from what would be written now; exit 1 if any")
	f.IntVar(&opts.Width, "width", 72, "line width of text output, in columns")
	f.StringVar(&opts.Paper, "paper", "a4", "PDF paper size: a4 or letter")
	f.StringArrayVar(&opts.Fonts, "font", nil, "a fallback TrueType `file` (.ttf or .ttc) for characters Liberation Serif lacks, e.g. Chinese names; repeat for more, tried in order")
	f.IntVarP(&opts.Jobs, "jobs", "j", 0, "letters to work on at once (default: one per core)")
	f.StringVar(&opts.Signers, "signers", "", "with --out-dir: write one letter per supporter in `file` (CSV with a header, or YAML) and recipient")
	f.StringVar(&opts.Print, "print", "", "with --out-dir: also write every PDF letter into `file.pdf`, each from an odd page, for duplex printing")
	f.StringVar(&opts.Manifest, "manifest", "", "with --out-dir: list every letter in `file` (.csv or .json); letters unchanged since it are not rewritten")
	f.StringVar(&opts.Shard, "shard", "", "with --out-dir: write only the `K/N`-th share of the letters (a CI matrix)")
	f.StringVar(&opts.language, "language", "", "the letter's `languages`, e.g. ru,en: in Russian followed by the English original (default: the case's letter.language)")
	f.StringVar(&opts.Mode, "mode", "", "permissions of new letters, in octal, e.g. 644 (default 600: letters name a detained person; a rewritten letter keeps its mode)")
	return cmd
}

// formatName reads one format name.
func formatName(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "text", "txt":
		return "text", nil
	case "markdown", "md":
		return "markdown", nil
	case "pdf":
		return "pdf", nil
	}
	return "", usagef("unknown format %q: use text, markdown or pdf", s)
}

// extensions are the file extensions of the formats.
var extensions = map[string]string{"text": ".txt", "markdown": ".md", "pdf": ".pdf"}

// formatFor decides the output format from -f and the output's extension.
func formatFor(format, output string) (string, error) {
	if format != "" {
		return formatName(format)
	}
	if output == "" || output == "-" {
		return "text", nil
	}
	switch ext := strings.ToLower(filepath.Ext(output)); ext {
	case "", ".txt", ".text":
		// A name with no extension, such as /dev/stdout, takes text.
		return "text", nil
	case ".md", ".markdown":
		return "markdown", nil
	case ".pdf":
		return "pdf", nil
	default:
		return "", usagef("cannot tell the format from %q: name the file .txt, .md or .pdf, or give -f", output)
	}
}

// checkCommon checks the options that single and batch runs share.
func checkCommon(opts *generateOptions) error {
	if opts.Width < 20 || opts.Width > 1000 {
		return usagef("--width %d is out of range: give 20 to 1000 columns", opts.Width)
	}
	if opts.Jobs < 0 {
		return usagef("--jobs %d: give a positive number", opts.Jobs)
	}
	_, err := parseMode(opts.Mode)
	return err
}

func generateRun(app *App, opts *generateOptions, data *runData) error {
	if len(opts.Inputs) > 1 {
		return usagef("several case files need --out-dir, e.g. appeal generate %s --out-dir letters/", strings.Join(opts.Inputs, " "))
	}
	if opts.Check {
		return usagef("--check compares letters in --out-dir: give --out-dir")
	}
	for _, f := range []struct{ name, value string }{{"--signers", opts.Signers}, {"--print", opts.Print}, {"--manifest", opts.Manifest}, {"--shard", opts.Shard}} {
		if f.value != "" {
			return usagef("%s writes many letters: give --out-dir", f.name)
		}
	}
	format, err := formatFor(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if err := checkCommon(opts); err != nil {
		return err
	}
	printers, err := newPrinters(app, []string{format}, opts)
	if err != nil {
		return err
	}
	data.SkipImages = !needsImages([]string{format})
	input := "-"
	if len(opts.Inputs) == 1 {
		input = opts.Inputs[0]
	} else if isTerminal(app.Stdin) {
		return usagef("no case file given: appeal generate case.yaml (or - to read standard input)")
	}
	if fi, err := os.Stat(input); err == nil && fi.IsDir() {
		return usagef("%s is a folder: give --out-dir to write a letter for each case in it", input)
	}
	toStdout := opts.Output == "" || opts.Output == "-"
	if toStdout && format == "pdf" && isTerminal(app.Stdout) {
		return usagef("will not write a PDF to the terminal: give -o letter.pdf")
	}
	data.OneLetter = true // a case with several recipients needs --out-dir
	if !toStdout {
		if err := checkOutput(opts.Output); err != nil {
			return err
		}
	}
	doc, err := generateOne(app, input, format, printers[format], data, opts.Languages)
	if err != nil {
		return err
	}
	if toStdout {
		_, err := app.Stdout.Write(doc)
		return err
	}
	mode, _ := parseMode(opts.Mode)
	return writeOutput(opts.Output, doc, mode, letterMode)
}

// A printer lays a letter out in one format.
type printer interface {
	Print(w io.Writer, l *letter.Letter) error
}

// newPrinters makes a printer for each format.
func newPrinters(app *App, formats []string, opts *generateOptions) (map[string]printer, error) {
	printers := map[string]printer{}
	for _, format := range formats {
		switch format {
		case "text":
			printers[format] = &letter.Text{Width: opts.Width}
		case "markdown":
			printers[format] = &letter.Markdown{}
		case "pdf":
			p, err := newPDF(app, opts)
			if err != nil {
				return nil, err
			}
			printers[format] = p
		}
	}
	return printers, nil
}

func newPDF(app *App, opts *generateOptions) (*letter.PDF, error) {
	p := &letter.PDF{Creator: "appeal " + version()}
	switch strings.ToLower(opts.Paper) {
	case "a4", "":
		p.Paper = letter.A4
	case "letter", "us-letter", "usletter":
		p.Paper = letter.USLetter
	default:
		return nil, usagef("unknown paper %q: use a4 or letter", opts.Paper)
	}
	fonts, err := loadFonts(app, opts.Fonts)
	if err != nil {
		return nil, err
	}
	p.Fallback = fonts
	p.FindFont = systemFonts(app)
	var warnMu sync.Mutex
	p.Warn = func(msg string) {
		warnMu.Lock()
		defer warnMu.Unlock()
		fmt.Fprintf(app.Stderr, "appeal: warning: %s\n", msg)
	}
	t, err := sourceDate(app)
	if err != nil {
		return nil, err
	}
	p.CreationDate = t
	// The fonts are parsed while the first letter is read and composed.
	p.Prepare()
	return p, nil
}

// maxSourceDate is the last second of the year 9999: a PDF date has
// four digits for the year.
const maxSourceDate = 253402300799

// sourceDate is the PDF creation date: SOURCE_DATE_EPOCH when it is set
// (reproducible builds), else none at all, so the same case gives the same
// bytes.
func sourceDate(app *App) (time.Time, error) {
	s := app.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > maxSourceDate {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970 before the year 10000", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// composeFile reads a case file and composes its letter, printing warnings.
func composeFile(app *App, path string, data *runData) (*letter.Letter, error) {
	l, warnings, err := compose(app, path, data)
	if err != nil {
		return nil, err
	}
	report(app, warnings)
	return l, nil
}

// compose reads a case file and composes its letter, returning warnings.
func compose(app *App, path string, data *runData) (*letter.Letter, diagnostics, error) {
	_, l, ds, err := composeCase(app, path, data)
	return l, ds, err
}

// composeCase is compose, returning the case read as well.
func composeCase(app *App, path string, data *runData) (*cases.Case, *letter.Letter, diagnostics, error) {
	c, ds := checkFile(path, data)
	if len(ds.Errors()) > 0 {
		return nil, nil, nil, ds
	}
	// checkFile has checked the case.
	l, err := letter.Compose(c, letter.Options{Now: app.Now, Library: data.Library, Records: data.Records, Wording: data.Wording, SkipImages: data.SkipImages, Checked: true})
	if err != nil {
		return nil, nil, nil, err
	}
	return c, l, ds, nil
}

func isTerminal(v any) bool {
	if s, ok := v.(*stickyWriter); ok {
		v = s.w
	}
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// orBackground returns ctx, or the background context when a command runs
// without one (as in tests that call run functions directly).
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
