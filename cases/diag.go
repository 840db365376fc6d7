package cases

import (
	"fmt"
	"strings"

	"github.com/appeal-letters/appeal/internal/suggest"
)

// Severity says whether a Diagnostic stops the work.
type Severity string

const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// A Pos is a place in a case file: line and column count from 1; zero means unknown.
type Pos struct {
	Line, Column int
}

// A Diagnostic is one problem found in a case file, at a place in it.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// String formats d as editors and compilers do:
// "case.yaml:14:3: unknown field "subjet" (did you mean "subject"?)".
// Warnings say so after the position.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
		if d.Column > 0 {
			fmt.Fprintf(&b, ":%d", d.Column)
		}
	}
	b.WriteString(": ")
	if d.Severity == SevWarning {
		b.WriteString("warning: ")
	}
	b.WriteString(d.Message)
	return b.String()
}

// Diagnostics is a list of problems; as an error it reads one per line.
type Diagnostics []Diagnostic

func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the diagnostics of severity error.
func (ds Diagnostics) Errors() Diagnostics {
	return ds.filter(SevError)
}

// Warnings returns the diagnostics of severity warning.
func (ds Diagnostics) Warnings() Diagnostics {
	return ds.filter(SevWarning)
}

func (ds Diagnostics) filter(s Severity) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Suggest returns the candidates nearest to s, at most max of them: the
// names a user who wrote s may have meant.
func Suggest(s string, candidates []string, max int) []string {
	return suggest.Nearest(s, candidates, max)
}

// DidYouMean formats suggestions as ` (did you mean "a" or "b"?)`, or "" for none.
func DidYouMean(suggestions []string) string {
	return suggest.Phrase(suggestions)
}
