package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
			return writeManPages(root, header, dir)
		},
	}
}

// writeManPages writes the man page of cmd and its commands into dir, as
// doc.GenManTree names them, but each through writeOutput: a symbolic
// link planted in dir is replaced, never followed.
func writeManPages(cmd *cobra.Command, header *doc.GenManHeader, dir string) error {
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := writeManPages(c, header, dir); err != nil {
			return err
		}
	}
	var b bytes.Buffer
	h := *header
	if err := doc.GenMan(cmd, &h, &b); err != nil {
		return fmt.Errorf("cannot make the man page of %s: %w", cmd.CommandPath(), err)
	}
	name := filepath.Join(dir, strings.ReplaceAll(cmd.CommandPath(), " ", "-")+"."+header.Section)
	return writeOutput(name, b.Bytes(), 0, 0o644)
}
