package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
)

// Everything appeal says goes through say: a message holds file names and
// values from files, which may carry escape sequences for the terminal or
// workflow commands for a CI runner. safe.Line shows them as text, cuts a
// line past a fixed length, and never starts one with "::" or "##[".

// say prints one line of a message.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, safe.Line(fmt.Sprintf(format, args...)))
}

// sayError prints an error, one "appeal: " line for each of its lines.
func sayError(w io.Writer, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		say(w, "appeal: %s", line)
	}
}

// safeDiagnostic returns d fit to print: its file name and message
// sanitised, each cut on its own so that a long name leaves the message.
func safeDiagnostic(d cases.Diagnostic) cases.Diagnostic {
	d.File = safe.Text(d.File)
	d.Message = safe.Line(d.Message)
	return d
}

// safeOutput runs print into a buffer and writes what it printed with
// every line made safe: for commands that show what files hold, such as
// 'appeal treaties show'.
func safeOutput(w io.Writer, print func(io.Writer) error) error {
	var b bytes.Buffer
	err := print(&b)
	if _, werr := io.WriteString(w, safe.Lines(b.String())); err == nil {
		err = werr
	}
	return err
}

// A stickyWriter remembers the first error writing to it, so that a run
// whose output went nowhere (a full disk, a closed pipe) does not exit 0.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	if err != nil && s.err == nil {
		s.err = err
	}
	return n, err
}
