package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/letter/typeset"
)

func newValidateCmd(app *App) *cobra.Command {
	var asJSON bool
	var fonts []string
	var paper string
	cmd := &cobra.Command{
		Use:   "validate case.yaml...",
		Short: "Check case files without writing letters",
		Long: `Validate reads each case file strictly and checks it against the treaty
data: unknown fields, wrong types, missing fields, impossible dates, unknown
clauses and states are errors; citing a treaty the holding state is not bound
by is a warning. Every problem is reported, each at its line and column.

With --json, the problems of all files are printed on standard output as a
JSON array of {file, line, column, severity, message}. In a GitHub Actions
workflow (GITHUB_ACTIONS=true) they are also printed as annotations.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if w, _ := cmd.Flags().GetString("wording"); len(args) == 0 && w == "" {
				return usagef("validate needs at least one case file")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := loadData(app, cmd)
			if err != nil {
				return err
			}
			// The PDF is checked with the fonts generate would use.
			fallback, err := loadFonts(app, fonts)
			if err != nil {
				return err
			}
			pdf := &letter.PDF{Fallback: fallback, FindFont: systemFonts(app)}
			switch strings.ToLower(paper) {
			case "a4", "":
			case "letter", "us-letter", "usletter":
				pdf.Paper = letter.USLetter
			default:
				return usagef("unknown paper %q: use a4 or letter", paper)
			}
			all := diagnostics{}
			failed := 0
			if w, _ := cmd.Flags().GetString("wording"); w != "" {
				// The wording against every example case, in each of its languages.
				ds := checkWordingExamples(data.Wording)
				all = append(all, ds...)
				if !asJSON {
					report(app, ds)
				}
				if len(ds.Errors()) > 0 {
					failed++
				} else if !asJSON {
					fmt.Fprintf(app.Stdout, "%s: ok with every example case\n", w)
				}
			}
			for _, path := range args {
				ds := inLineOrder(validateGuarded(app, path, data, pdf))
				all = append(all, ds...)
				if len(ds.Errors()) > 0 {
					failed++
				}
				if asJSON {
					continue
				}
				report(app, ds)
				if len(ds.Errors()) == 0 {
					say(app.Stdout, "%s: ok%s", safe.Text(displayName(path)), warningCount(ds))
				}
			}
			if asJSON {
				for i, d := range all {
					// The runner reads "##[command]" in any line of the log.
					all[i] = safeDiagnostic(d)
				}
				out, err := json.MarshalIndent(all, "", "  ")
				if err != nil {
					return err
				}
				fmt.Fprintf(app.Stdout, "%s\n", out)
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the problems as JSON on standard output")
	cmd.Flags().StringArrayVar(&fonts, "font", nil, "check the PDF with this fallback TrueType `file` (.ttf or .ttc), as generate --font does; repeatable")
	cmd.Flags().StringVar(&paper, "paper", "a4", "check the PDF layout on this paper size, as generate --paper does: a4 or letter")
	return cmd
}

// validateFile returns every problem with one case file, composing its
// letter to find those only composing finds (such as unreadable images).
func validateFile(app *App, path string, data *runData, pdf *letter.PDF) diagnostics {
	c, ds := checkFile(path, data)
	if len(ds.Errors()) > 0 {
		return ds
	}
	l, err := letter.Compose(c, letter.Options{Now: app.Now, Library: data.Library, Records: data.Records, Wording: data.Wording, Checked: true})
	if err != nil {
		return append(ds, asDiagnostics(path, err).Errors()...)
	}
	// Text and Markdown show any character; the PDF only those its fonts have.
	var rtl *typeset.RTLError
	var addr *letter.AddressError
	var head *letter.LetterheadError
	var missing *typeset.MissingGlyphsError
	// Laying the letter out finds what its fonts lack and what does not
	// fit, and counts its pages.
	pages, err := pdf.LetterPages(l)
	if errors.As(err, &rtl) || errors.As(err, &addr) || errors.As(err, &head) {
		ds = append(ds, cases.Diagnostic{File: displayName(path), Severity: cases.SevWarning,
			Message: fmt.Sprintf("no PDF can be made of this letter: %v", err)})
	} else if errors.As(err, &missing) {
		ds = append(ds, glyphWarnings(c, missing)...)
	} else if err != nil {
		ds = append(ds, cases.Diagnostic{File: displayName(path), Severity: cases.SevError,
			Message: fmt.Sprintf("a PDF of this letter cannot be made: %v", err)})
	} else if l.Brief && pages > 1 {
		ds = append(ds, c.Diag(cases.SevWarning, "letter.style", "the brief letter takes %d pages in the PDF (its annex apart), even set tighter; a brief letter is one page: leave out what matters least (asks, risks, paragraphs, signatories), or write letter.style: full", pages))
	}
	return ds
}

// checkFile reads a case file and checks it against the treaty data,
// returning every problem found in either.
func checkFile(path string, data *runData) (*cases.Case, diagnostics) {
	c, err := data.Loader.Load(path)
	ds := asDiagnostics(path, err)
	if c != nil {
		ds = append(ds, letter.Check(c, data.Library, data.Records)...)
		ds = append(ds, letter.Advise(c, data.Library, data.Records, data.Now())...)
		_, names := recipientParts(c) // ids that cannot name files
		ds = append(ds, names...)
		if data.OneLetter && len(c.Recipients) > 1 {
			ds = append(ds, c.Diag(cases.SevError, "recipients", "%d recipients, one letter each: give --out-dir to write them", len(c.Recipients)))
		}
	}
	return c, ds
}

func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

func warningCount(ds diagnostics) string {
	switch n := len(ds.Warnings()); n {
	case 0:
		return ""
	case 1:
		return " (1 warning)"
	default:
		return fmt.Sprintf(" (%d warnings)", n)
	}
}

// inLineOrder sorts a case's problems by file, line and column, as a
// reader goes through the file; problems of the same place keep their order.
func inLineOrder(ds diagnostics) diagnostics {
	slices.SortStableFunc(ds, func(a, b cases.Diagnostic) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return ds
}
