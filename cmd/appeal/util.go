package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

// treatiesLibrary is the clause library and state records a run uses.
type treatiesLibrary struct {
	Library *treaties.Library
	Records *treaties.Records
}

// loadData returns the clause library (see loadLibrary) and the built-in
// state records.
func loadData(cmd *cobra.Command) (*treatiesLibrary, error) {
	lib, err := loadLibrary(cmd)
	if err != nil {
		return nil, err
	}
	return &treatiesLibrary{Library: lib, Records: treaties.BuiltinRecords()}, nil
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
	user, err := treaties.Load(os.DirFS(dir))
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

// printDiagnostics prints each diagnostic on a line of its own.
func printDiagnostics(w io.Writer, ds cases.Diagnostics) {
	for _, d := range ds {
		fmt.Fprintf(w, "appeal: %s\n", d)
	}
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

// writeFileAtomic writes data to path through a temporary file in the same
// folder, renamed into place, so that a failure never leaves a partial file.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathErr(err))
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathErr(err))
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathErr(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathErr(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathErr(err))
	}
	return nil
}

// version is this build's module version, e.g. "v1.2.0", or "(devel)".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
