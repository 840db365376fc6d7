// Package lazyregexp is a regular expression compiled when first used, not
// when the program starts: appeal has dozens of package-level expressions,
// and compiling all of them took a millisecond or more of every run, most
// for commands that use few of them (see "Speed" in the README).
//
// The one rule that keeps it simple: a Regexp has the methods of
// regexp.Regexp that appeal calls, and nothing else; add one as needed.
package lazyregexp

import (
	"regexp"
	"sync"
)

// A Regexp is a regexp.Regexp compiled when first used. It is safe for
// concurrent use, as regexp.Regexp is.
type Regexp struct {
	str  string
	once sync.Once
	rx   *regexp.Regexp
}

// New returns the regular expression str, compiled when first used. An
// invalid expression panics then, as regexp.MustCompile does; tests that
// use each expression catch it.
func New(str string) *Regexp { return &Regexp{str: str} }

func (r *Regexp) re() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.str) })
	return r.rx
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

func (r *Regexp) String() string { return r.str }

func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }

func (r *Regexp) FindString(s string) string { return r.re().FindString(s) }

func (r *Regexp) FindStringIndex(s string) []int { return r.re().FindStringIndex(s) }

func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.re().FindStringSubmatchIndex(s) }

func (r *Regexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.re().FindAllStringIndex(s, n) }

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}

func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }

func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}

func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }

func (r *Regexp) SubexpNames() []string { return r.re().SubexpNames() }
