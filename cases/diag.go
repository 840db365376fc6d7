package cases

import (
	"fmt"
	"strings"
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

// Suggest returns the candidates nearest to s by edit distance, best first,
// at most max of them, and only those close enough to be a plausible typo.
func Suggest(s string, candidates []string, max int) []string {
	type scored struct {
		c string
		d int
	}
	limit := len([]rune(s))/3 + 1
	if limit > 4 {
		limit = 4
	}
	var best []scored
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := distance(ls, strings.ToLower(c))
		if d <= limit {
			best = append(best, scored{c, d})
		}
	}
	// Insertion sort: the lists are short, and ties keep candidate order.
	for i := 1; i < len(best); i++ {
		for j := i; j > 0 && best[j].d < best[j-1].d; j-- {
			best[j], best[j-1] = best[j-1], best[j]
		}
	}
	if len(best) > max {
		best = best[:max]
	}
	out := make([]string, len(best))
	for i, b := range best {
		out[i] = b.c
	}
	return out
}

// DidYouMean formats suggestions as ` (did you mean "a" or "b"?)`, or "" for none.
func DidYouMean(suggestions []string) string {
	if len(suggestions) == 0 {
		return ""
	}
	q := make([]string, len(suggestions))
	for i, s := range suggestions {
		q[i] = fmt.Sprintf("%q", s)
	}
	return " (did you mean " + strings.Join(q, " or ") + "?)"
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		// Long strings are never typos of a short name; don't spend time on them.
		return 1 << 20
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
