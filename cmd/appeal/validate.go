package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

func newValidateCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "validate case.yaml...",
		Short: "Check case files without writing letters",
		Long: `Validate reads each case file strictly and checks it against the treaty
data: unknown fields, wrong types, missing fields, impossible dates, unknown
clauses and states are errors; citing a treaty the holding state is not bound
by is a warning. Every problem is reported, each at its line and column.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("validate needs at least one case file")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := loadData(cmd)
			if err != nil {
				return err
			}
			failed := 0
			for _, path := range args {
				ds := validateFile(app, path, lib)
				printDiagnostics(app.Stderr, ds)
				if len(ds.Errors()) > 0 {
					failed++
					continue
				}
				fmt.Fprintf(app.Stdout, "%s: ok%s\n", displayName(path), warningCount(ds))
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	return cmd
}

// validateFile returns every problem with one case file, composing its
// letter to find those only composing finds (such as unreadable images).
func validateFile(app *App, path string, lib *treatiesLibrary) cases.Diagnostics {
	c, ds := checkFile(app, path, lib)
	if len(ds.Errors()) == 0 {
		if _, err := letter.Compose(c, letter.Options{Now: app.Now, Library: lib.Library, Records: lib.Records}); err != nil {
			ds = append(ds, asDiagnostics(path, err).Errors()...)
		}
	}
	return ds
}

// checkFile reads a case file and checks it against the treaty data,
// returning every problem found in either.
func checkFile(app *App, path string, lib *treatiesLibrary) (*cases.Case, cases.Diagnostics) {
	c, err := cases.Load(path, app.Stdin)
	ds := asDiagnostics(path, err)
	if c != nil {
		ds = append(ds, letter.Check(c, lib.Library, lib.Records)...)
	}
	return c, ds
}

func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

func warningCount(ds cases.Diagnostics) string {
	switch n := len(ds.Warnings()); n {
	case 0:
		return ""
	case 1:
		return " (1 warning)"
	default:
		return fmt.Sprintf(" (%d warnings)", n)
	}
}
