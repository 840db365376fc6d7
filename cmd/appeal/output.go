package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"github.com/appeal-letters/appeal/internal/safe"
)

// Letters name a detained person and their family: a new one is readable
// by its owner only, unless --mode says otherwise.
const letterMode fs.FileMode = 0o600

// parseMode reads --mode: an octal permission such as 644 or 0640; "" is
// none (a new letter gets letterMode, a rewritten one keeps its own).
func parseMode(s string) (fs.FileMode, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(s, 8, 32)
	if err != nil || n > 0o777 || n == 0 {
		return 0, usagef("--mode %q: give an octal permission such as 600 or 644", s)
	}
	return fs.FileMode(n), nil
}

// writeOutput writes a letter (or any file appeal makes) to path: into a
// character device or FIFO (-o /dev/null, -o /dev/stdout), else replacing
// the file atomically, never through a symbolic link, with mode (0 keeps
// the mode of the file it replaces, or gives a new one def).
func writeOutput(path string, data []byte, mode, def fs.FileMode) error {
	if err := safe.WriteFile(path, data, mode, def); err != nil {
		return outputError(path, err)
	}
	return nil
}

// checkOutput refuses, before any work, an output that is not a file,
// device or pipe to write into.
func checkOutput(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return nil // a new file: problems show when it is written
	}
	m := fi.Mode()
	if m.IsRegular() || m&fs.ModeCharDevice != 0 || m&fs.ModeNamedPipe != 0 {
		return nil
	}
	return outputError(path, &safe.NotRegularError{Mode: m})
}

func outputError(path string, err error) error {
	var nr *safe.NotRegularError
	switch {
	case errors.As(err, &nr):
		return fmt.Errorf("cannot write %s: it is %v; give a file name", path, nr)
	case errors.Is(err, fs.ErrNotExist):
		if _, serr := os.Stat(filepath.Dir(path)); serr != nil {
			return fmt.Errorf("cannot write %s: there is no folder %s", path, filepath.Dir(path))
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// caseFilesIn lists the *.yaml and *.yml files in a folder, sorted. It
// reads the folder rather than globbing a pattern made from its name, in
// which "[", "*" or "?" would be pattern characters.
func caseFilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read the folder %s: %w", dir, unwrapPathErr(err))
	}
	var found []string
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if (ext == ".yaml" || ext == ".yml") && !e.IsDir() {
			found = append(found, filepath.Join(dir, e.Name()))
		}
	}
	return found, nil // os.ReadDir sorts by name
}
