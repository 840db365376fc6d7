package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// manDate dates the man pages when SOURCE_DATE_EPOCH is not set, so that
// the same appeal writes the same pages on any day.
var manDate = time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)

// newManCmd builds the hidden "appeal man DIR", for packagers: one man page
// per command, appeal.1, appeal-generate.1, …
func newManCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:    "man folder",
		Short:  "Write the man pages into a folder",
		Hidden: true,
		Long: `Man writes a man page for appeal and for each of its commands into the
folder (made if missing): appeal.1, appeal-generate.1, and so on. They are
dated SOURCE_DATE_EPOCH when it is set, so a build is reproducible.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("man takes one folder")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			date, err := sourceDate(app)
			if err != nil {
				return err
			}
			if date.IsZero() {
				date = manDate
			}
			dir := args[0]
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("cannot make %s: %w", dir, unwrapPathErr(err))
			}
			root := cmd.Root()
			root.DisableAutoGenTag = true // its footer names today's date
			header := &doc.GenManHeader{
				Title:   "APPEAL",
				Section: "1",
				Date:    &date,
				Source:  "appeal " + version(),
				Manual:  "appeal manual",
			}
			if err := doc.GenManTree(root, header, dir); err != nil {
				return fmt.Errorf("cannot write the man pages: %w", unwrapPathErr(err))
			}
			return nil
		},
	}
}
