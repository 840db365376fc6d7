package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/appeal-letters/appeal/letter"
)

// generateOptions are the settings of one 'appeal generate' run.
type generateOptions struct {
	Input  string // case file, or "-" for standard input
	Output string // output file, or "-" / "" for standard output
	Format string // text, markdown or pdf; "" means from Output's extension
	Width  int    // text line width
	Paper  string // a4 or letter
	Font   string // a TrueType font file for PDF output
}

func newGenerateCmd(app *App) *cobra.Command {
	opts := &generateOptions{}
	cmd := &cobra.Command{
		Use:   "generate [case.yaml | -]",
		Short: "Write the letter for a case file",
		Long: `Generate writes the letter for a case file as plain text, Markdown or PDF.

The format comes from -f, else from the extension of -o (.txt, .md, .pdf),
else it is text. "-" reads the case from standard input, and -o - writes
the letter to standard output (the default).`,
		Example: `  appeal generate cases/djabbarbergenov.yaml
  appeal generate cases/djabbarbergenov.yaml -o letter.pdf
  appeal generate case.yaml -f markdown > letter.md`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("generate takes one case file, got %d", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Input = args[0]
			}
			lib, err := loadData(cmd)
			if err != nil {
				return err
			}
			return generateRun(app, opts, lib)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "output format: text, markdown or pdf (default: from -o, else text)")
	f.StringVarP(&opts.Output, "output", "o", "", "write the letter to `file` (- for standard output)")
	f.IntVar(&opts.Width, "width", 72, "line width of text output, in columns")
	f.StringVar(&opts.Paper, "paper", "a4", "PDF paper size: a4 or letter")
	f.StringVar(&opts.Font, "font", "", "TrueType `file.ttf` to set a PDF in, e.g. for Chinese or Arabic names")
	return cmd
}

// formatFor decides the output format from -f and the output's extension.
func formatFor(format, output string) (string, error) {
	switch strings.ToLower(format) {
	case "text", "txt":
		return "text", nil
	case "markdown", "md":
		return "markdown", nil
	case "pdf":
		return "pdf", nil
	case "":
	default:
		return "", usagef("unknown format %q: use text, markdown or pdf", format)
	}
	if output == "" || output == "-" {
		return "text", nil
	}
	switch ext := strings.ToLower(filepath.Ext(output)); ext {
	case ".txt", ".text":
		return "text", nil
	case ".md", ".markdown":
		return "markdown", nil
	case ".pdf":
		return "pdf", nil
	default:
		return "", usagef("cannot tell the format from %q: name the file .txt, .md or .pdf, or give -f", output)
	}
}

func generateRun(app *App, opts *generateOptions, lib *treatiesLibrary) error {
	format, err := formatFor(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if opts.Width < 20 || opts.Width > 1000 {
		return usagef("--width %d is out of range: give 20 to 1000 columns", opts.Width)
	}
	printer, err := newPrinter(app, format, opts)
	if err != nil {
		return err
	}
	if opts.Input == "" {
		if isTerminal(app.Stdin) {
			return usagef("no case file given: appeal generate case.yaml (or - to read standard input)")
		}
		opts.Input = "-"
	}
	toStdout := opts.Output == "" || opts.Output == "-"
	if toStdout && format == "pdf" && isTerminal(app.Stdout) {
		return usagef("will not write a PDF to the terminal: give -o letter.pdf")
	}
	l, err := composeFile(app, opts.Input, lib)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := printer.Print(&buf, l); err != nil {
		return err
	}
	if toStdout {
		_, err := app.Stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(opts.Output, buf.Bytes())
}

// A printer lays a letter out in one format.
type printer interface {
	Print(w io.Writer, l *letter.Letter) error
}

func newPrinter(app *App, format string, opts *generateOptions) (printer, error) {
	switch format {
	case "markdown":
		return &letter.Markdown{}, nil
	case "pdf":
		p := &letter.PDF{Creator: "appeal " + version()}
		switch strings.ToLower(opts.Paper) {
		case "a4", "":
			p.Paper = letter.A4
		case "letter", "us-letter", "usletter":
			p.Paper = letter.USLetter
		default:
			return nil, usagef("unknown paper %q: use a4 or letter", opts.Paper)
		}
		if opts.Font != "" {
			ttf, err := os.ReadFile(opts.Font)
			if err != nil {
				return nil, fmt.Errorf("cannot read font: %w", unwrapPathErr(err))
			}
			font, err := letter.LoadFont(ttf)
			if err != nil {
				return nil, fmt.Errorf("font %s: %w", opts.Font, err)
			}
			p.Font = font
		}
		t, err := sourceDate(app)
		if err != nil {
			return nil, err
		}
		p.CreationDate = t
		return p, nil
	}
	return &letter.Text{Width: opts.Width}, nil
}

// sourceDate is the PDF creation date: SOURCE_DATE_EPOCH when it is set
// (reproducible builds), else none at all, so the same case gives the same
// bytes.
func sourceDate(app *App) (time.Time, error) {
	s := app.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// composeFile reads a case file and composes its letter, printing warnings.
func composeFile(app *App, path string, lib *treatiesLibrary) (*letter.Letter, error) {
	c, ds := checkFile(app, path, lib)
	if len(ds.Errors()) > 0 {
		return nil, ds
	}
	l, err := letter.Compose(c, letter.Options{Now: app.Now, Library: lib.Library, Records: lib.Records})
	if err != nil {
		return nil, err
	}
	printDiagnostics(app.Stderr, ds)
	return l, nil
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
