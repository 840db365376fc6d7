package main

import (
	"time"

	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/treaties"
)

// runData is what every case of a run is read and composed with: the case
// loader (defaults, --set), the clause library and the state records.
type runData struct {
	Loader  *cases.Loader
	Library *treaties.Library
	Records *treaties.Records
	Now     func() time.Time // the day an undated letter is dated
	Wording *letter.Wording  // the paragraph templates, with the user's from --wording

	// SkipImages composes letters without reading their images, for
	// output formats that show none.
	SkipImages bool

	// OneLetter says the run writes one letter (generate without
	// --out-dir), so a case with several recipients is an error.
	OneLetter bool
}

// diagnostics are problems with case files.
type diagnostics = cases.Diagnostics

// loadData reads what the root command's flags name: --treaties, --defaults
// (or $APPEAL_DEFAULTS) and --set.
func loadData(app *App, cmd *cobra.Command) (*runData, error) {
	lib, err := loadLibrary(cmd)
	if err != nil {
		return nil, err
	}
	loader := &cases.Loader{Stdin: app.Stdin, Defaults: defaultsFile(app, cmd)}
	sets, _ := cmd.Flags().GetStringArray("set")
	for _, s := range sets {
		st, err := cases.ParseSetting(s)
		if err != nil {
			return nil, usageError{err}
		}
		loader.Set = append(loader.Set, st)
	}
	wd, err := loadWording(cmd, loader)
	if err != nil {
		return nil, err
	}
	return &runData{Loader: loader, Library: lib, Records: treaties.BuiltinRecords(), Now: app.Now, Wording: wd}, nil
}

// defaultsFile is the defaults file that --defaults or $APPEAL_DEFAULTS
// names, or "".
func defaultsFile(app *App, cmd *cobra.Command) string {
	if f, _ := cmd.Flags().GetString("defaults"); f != "" {
		return f
	}
	return app.Getenv("APPEAL_DEFAULTS")
}

// loadLibrary returns the built-in clauses, with the user's from --treaties
// added or overriding.
func loadLibrary(cmd *cobra.Command) (*treaties.Library, error) {
	lib := treaties.Builtin()
	dir, _ := cmd.Flags().GetString("treaties")
	if dir == "" {
		return lib, nil
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("--treaties %s: not a folder", dir)
	}
	// Clause files are read like case files: regular files only, within
	// a size limit, none through a link out of the folder.
	fsys, err := safe.DirFS(dir, treaties.MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("--treaties %s: %w", dir, unwrapPathErr(err))
	}
	user, err := treaties.Load(fsys)
	if err != nil {
		return nil, prefixFiles(dir, err)
	}
	return lib.Merge(user), nil
}

// prefixFiles puts the folder before the file names in a clause-file error,
// so that its positions can be followed from where the user runs appeal.
func prefixFiles(dir string, err error) error {
	lines := strings.Split(err.Error(), "\n")
	for i, l := range lines {
		lines[i] = filepath.Join(dir, l)
	}
	return errors.New(strings.Join(lines, "\n"))
}

// report prints each diagnostic on a line of its own on standard error and,
// in a GitHub Actions workflow, as a workflow annotation on standard output.
func report(app *App, ds diagnostics) {
	for _, d := range ds {
		say(app.Stderr, "appeal: %s", safeDiagnostic(d))
	}
	if app.Getenv("GITHUB_ACTIONS") == "true" {
		for _, d := range ds {
			fmt.Fprintln(app.Stdout, annotation(safeDiagnostic(d)))
		}
	}
}

// annotation formats d as a GitHub Actions workflow command, e.g.
// "::error file=case.yaml,line=3,col=3::unknown field …". d must have been
// made safe (safeDiagnostic): the runner obeys "##[command]" anywhere.
func annotation(d cases.Diagnostic) string {
	props := []string{"file=" + escapeProperty(d.File)}
	if d.Line > 0 {
		props = append(props, fmt.Sprintf("line=%d", d.Line))
		if d.Column > 0 {
			props = append(props, fmt.Sprintf("col=%d", d.Column))
		}
	}
	return fmt.Sprintf("::%s %s::%s", d.Severity, strings.Join(props, ","), escapeData(d.Message))
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// asDiagnostics turns an error from reading a case into diagnostics.
func asDiagnostics(path string, err error) cases.Diagnostics {
	if err == nil {
		return nil
	}
	var ds cases.Diagnostics
	if errors.As(err, &ds) {
		return ds
	}
	return cases.Diagnostics{{File: displayName(path), Severity: cases.SevError, Message: err.Error()}}
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

// version is this build's module version, e.g. "v1.2.0", or "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
