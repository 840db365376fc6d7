// Package suggest finds, for a name a user misspelt, the names they may
// have meant: "did you mean "subject"?".
package suggest

import (
	"fmt"
	"slices"
	"strings"
)

// Nearest returns up to n of the candidates nearest to s by edit distance,
// ignoring case, nearest first and each once; only those close enough to be
// a plausible typo of s.
func Nearest(s string, candidates []string, n int) []string {
	type hit struct {
		c string
		d int
	}
	s = strings.ToLower(s)
	limit := min(4, max(2, len([]rune(s))/3))
	var hits []hit
	for _, c := range candidates {
		if d := Distance(s, strings.ToLower(c)); d <= limit {
			hits = append(hits, hit{c, d})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.d - b.d })
	var out []string
	for _, h := range hits {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, h.c) {
			out = append(out, h.c)
		}
	}
	return out
}

// Distance is the Levenshtein distance between a and b, in runes. Strings
// longer than 64 runes are never a typo of a name, and count as far apart,
// so that a hostile input costs no time.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
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

// Phrase formats names as the end of a message, ` (did you mean "a" or
// "b"?)`, or "" when there are none.
func Phrase(names []string) string {
	if len(names) == 0 {
		return ""
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return " (did you mean " + strings.Join(q, " or ") + "?)"
}
