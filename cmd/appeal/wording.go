package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
)

// newWordingCmd builds "appeal wording": the paragraphs a letter is worded
// with, to start an organisation's own wording from.
func newWordingCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wording",
		Short: "List the wording's paragraphs, or write the built-in wording to start your own",
		Long: `A letter's sentences come from templates, one set per language
(letter/wording/*.tmpl in appeal's source). --wording DIR replaces any of
them with an organisation's own: a file DIR/en.tmpl (or DIR/<name>.en.tmpl)
of {{define "paragraph"}} … {{end}} blocks; what it does not define stays
built in. 'appeal validate --wording DIR' checks a wording against every
example case.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q for \"appeal wording\": use list or export", args[0])
			}
			return cmd.Help()
		},
	}
	var force bool
	export := &cobra.Command{
		Use:   "export DIR",
		Short: "Write the built-in wording into DIR, to edit",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("wording export takes one folder, e.g. appeal wording export wording/")
			}
			return wordingExport(app.Stdout, args[0], force)
		},
	}
	export.Flags().BoolVar(&force, "force", false, "overwrite files that exist")
	cmd.AddCommand(
		&cobra.Command{
			Use:   "list",
			Short: "Name each paragraph and the data it receives",
			RunE: func(cmd *cobra.Command, args []string) error {
				if len(args) != 0 {
					return usagef("wording list takes no arguments")
				}
				wd, err := loadWording(cmd, &cases.Loader{Defaults: defaultsFile(app, cmd)})
				if err != nil {
					return err
				}
				return wordingList(app.Stdout, wd)
			},
		},
		export,
	)
	return cmd
}

// maxWordingFile is the largest wording file read: the built-in ones are a
// few kilobytes.
const maxWordingFile = 1 << 20

// loadWording reads the wording folder that --wording names, or else the
// defaults file's "wording:" field, over the built-in wording.
func loadWording(cmd *cobra.Command, defaults *cases.Loader) (*letter.Wording, error) {
	dir, _ := cmd.Flags().GetString("wording")
	notFolder := func(err error) error { return fmt.Errorf("--wording %s: %w", dir, err) }
	if dir == "" {
		d, at, err := defaults.Wording()
		if err != nil {
			return nil, err
		}
		dir = d
		// A mistake is shown at the defaults file's line and column.
		notFolder = func(err error) error {
			at.Message = fmt.Sprintf("%s: %s: %v (a relative path is read from the defaults file's folder)", cases.WordingField, d, err)
			return cases.Diagnostics{at}
		}
	}
	if dir == "" {
		return letter.BuiltinWording(), nil
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, notFolder(errors.New("not a folder"))
	}
	// Read like clause files: regular files only, of a bounded size, no
	// link out of the folder.
	fsys, err := safe.DirFS(dir, maxWordingFile)
	if err != nil {
		return nil, notFolder(unwrapPathErr(err))
	}
	return letter.LoadWording(fsys, dir)
}

func wordingExport(w io.Writer, dir string, force bool) error {
	files := letter.BuiltinWordingFiles()
	names, err := fs.Glob(files, "*.tmpl")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, name := range names {
		out := filepath.Join(dir, name)
		if _, err := os.Stat(out); err == nil && !force {
			return fmt.Errorf("%s exists; use --force to overwrite it", out)
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	for _, name := range names {
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, name)
		if force {
			err = writeOutput(out, data, 0, 0o644)
		} else if err = safe.CreateNew(out, data, 0o644); errors.Is(err, fs.ErrExist) {
			// Created exclusively: never over a file that appeared since the check.
			return fmt.Errorf("%s exists; use --force to overwrite it", out)
		} else if err != nil {
			err = outputError(out, err)
		}
		if err != nil {
			return err
		}
		say(w, "%s", out)
	}
	return nil
}

// templateFuncs are the functions each language's templates may call.
var templateFuncs = map[string]string{
	"en": "cap, join, spell, last",
	"ru": "cap, join, stop, last, agree, pron, pronp, count, state, in, to, agreeState, poss, dat, years, nbsp",
}

func wordingList(w io.Writer, wd *letter.Wording) error {
	model := letter.WordingData()
	fmt.Fprintf(w, "Wording data model version %d. A * marks a paragraph given by --wording.\n", letter.WordingVersion)
	for _, lang := range wd.Languages() {
		fmt.Fprintf(w, "\n%s: functions %s\n", lang, templateFuncs[lang])
		// Paragraphs that receive the same data are listed together.
		var order []string
		groups := map[string][]string{}
		for _, name := range wd.Paragraphs(lang) {
			if _, ok := wd.Overridden(lang, name); ok {
				name += "*"
			}
			data := "the data of the paragraph it is part of"
			if t, ok := model[lang][strings.TrimSuffix(name, "*")]; ok {
				data = letter.Describe(t)
			}
			if _, ok := groups[data]; !ok {
				order = append(order, data)
			}
			groups[data] = append(groups[data], name)
		}
		for _, data := range order {
			fmt.Fprintf(w, "\n  %s\n", wrapWords(strings.Join(groups[data], ", "), 76, "  "))
			fmt.Fprintf(w, "    %s\n", wrapWords(data, 74, "    "))
		}
	}
	return nil
}

// wrapWords breaks s at spaces into lines of at most width columns, the
// later ones indented.
func wrapWords(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		if i > 0 && n+1+len([]rune(word)) > width {
			b.WriteString("\n" + indent)
			n = 0
		} else if i > 0 {
			b.WriteString(" ")
			n++
		}
		b.WriteString(word)
		n += len([]rune(word))
	}
	return b.String()
}

// checkWordingExamples composes every example case with the user's
// wording, for 'validate --wording'.
func checkWordingExamples(wd *letter.Wording) diagnostics {
	if wd == nil {
		return nil
	}
	ds := letter.CheckWording(wd)
	slices.SortFunc(ds, func(a, b cases.Diagnostic) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return ds
}

// userWording is the run's wording when the user gave one, else nil.
func (d *runData) userWording() *letter.Wording {
	if d.Wording == nil || len(d.Wording.Overrides()) == 0 {
		return nil
	}
	return d.Wording
}
