package treaties

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/appeal-letters/appeal/internal/suggest"
)

//go:embed clauses/*.yaml
var builtinClauses embed.FS

// A Treaty is one treaty (or declaration) the clause library quotes from.
type Treaty struct {
	// ID is the treaty's stable id, e.g. "refugee-convention"; clause ids
	// start with it.
	ID string
	// Name is the full title, e.g. "Convention relating to the Status of Refugees".
	Name string
	// Short is the name a letter uses after the first mention, e.g. "Refugee Convention".
	Short string
	// Concluded is where and when the treaty was concluded, e.g. "Geneva, 28 July 1951".
	Concluded string
	// Declaration is true for an instrument no state is party to, such as
	// the Universal Declaration of Human Rights.
	Declaration bool
	// Languages are the authentic languages named in the treaty's final
	// clauses, e.g. ["English", "French"]; empty when no source for them was read.
	Languages []string
	// LanguagesSource says where Languages was read.
	LanguagesSource string
	// Records is the treaty's key in the state records, e.g. "REF1951";
	// "" if there are none.
	Records string
	// Protocol is the id of a protocol that extends the treaty, e.g.
	// "refugee-protocol" for the Refugee Convention: a letter names both
	// when the state is bound by both.
	Protocol string

	file  string // the YAML file it was read from
	order int    // position in its library
}

// A Clause is a quotable article of a treaty, or one numbered paragraph of it.
type Clause struct {
	// ID is the clause's stable id: "<treaty>-<article>" for a whole
	// article ("cat-3", "refugee-convention-1a") and "<treaty>-<article>.<n>"
	// for its paragraph n ("refugee-convention-33.1").
	ID     string
	Treaty *Treaty
	// Article is the article as the treaty numbers it: "33", "1A", "I".
	Article string
	// Paragraph is the paragraph number, or "" for the whole article.
	Paragraph string
	// Heading is the article's heading where the treaty has headings, else "".
	Heading string
	// Paragraphs is the verbatim text, one entry per paragraph or
	// sub-paragraph. For a whole article the entries keep the treaty's
	// numbering ("1. No Contracting State ..."); for one paragraph its
	// number is left out, since Cite gives it.
	Paragraphs []string
	// Source says where the text was copied from.
	Source string
	// Note says what was left out of the article and why, e.g. a
	// paragraph whose wording could not be confirmed; usually "".
	Note string

	order int
}

// Cite returns how a letter refers to the clause: "article 33, paragraph 1",
// "article 3" or "article 1, section A, paragraph 2".
func (c *Clause) Cite() string {
	s := "article " + c.Article
	// "1A" is section A of article 1 (Refugee Convention).
	if i := strings.IndexFunc(c.Article, func(r rune) bool { return r >= 'A' && r <= 'Z' }); i > 0 && isDigits(c.Article[:i]) {
		s = "article " + c.Article[:i] + ", section " + c.Article[i:]
	}
	if c.Paragraph != "" {
		s += ", paragraph " + c.Paragraph
	}
	return s
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// A Library is a set of treaties and their clauses, looked up by id.
type Library struct {
	treaties []*Treaty
	clauses  []*Clause
	byID     map[string]*Clause
}

// Builtin returns the embedded clause library. It panics only if the
// built-in data is broken, which the package's tests rule out.
func Builtin() *Library { return builtin() }

// builtin makes the embedded clauses ready once, from what was read of
// them at build time (builtin.go): a Library is never changed after it is
// made (Merge makes a new one), so every caller can share it.
var builtin = sync.OnceValue(builtinLibraryFromData)

// Load reads every *.yaml file at the top of fsys as one treaty each, in
// the format of the built-in clauses/ folder. Errors name file, line and
// column ("mine.yaml:12:5: unknown field \"paragrafs\""); all of them are
// returned together.
func Load(fsys fs.FS) (*Library, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	var errs []error
	l := &Library{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = &ParseError{File: name, Err: pe.Err}
			}
			errs = append(errs, err)
			continue
		}
		t, clauses, ferrs := parseTreaty(path.Base(name), data)
		errs = append(errs, ferrs...)
		if t == nil {
			continue
		}
		if prev, ok := l.treaty(t.ID); ok {
			errs = append(errs, fmt.Errorf("%s: treaty %q is also defined in %s", name, t.ID, prev.file))
			continue
		}
		l.add(t, clauses)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(names) == 0 {
		return nil, errors.New("no *.yaml clause files found")
	}
	l.index()
	return l, nil
}

func (l *Library) add(t *Treaty, clauses []*Clause) {
	l.treaties = append(l.treaties, t)
	l.clauses = append(l.clauses, clauses...)
}

// index orders treaties (by file order of the built-in library: see
// treatyOrder) and clauses, and builds the id map.
func (l *Library) index() {
	slices.SortStableFunc(l.treaties, func(a, b *Treaty) int { return treatyRank(a) - treatyRank(b) })
	for i, t := range l.treaties {
		t.order = i
	}
	slices.SortStableFunc(l.clauses, func(a, b *Clause) int {
		if a.Treaty != b.Treaty {
			return a.Treaty.order - b.Treaty.order
		}
		return a.order - b.order
	})
	l.byID = make(map[string]*Clause, len(l.clauses))
	for _, c := range l.clauses {
		l.byID[c.ID] = c
	}
}

// treatyOrder is the order treaties are listed in: refugee law first, then
// the UN core treaties, the declaration and regional treaties; treaties
// from user files follow in file-name order.
var treatyOrder = []string{"refugee-convention", "refugee-protocol", "cat", "iccpr", "crc", "udhr", "echr", "echr-p7", "achr"}

func treatyRank(t *Treaty) int {
	if i := slices.Index(treatyOrder, t.ID); i >= 0 {
		return i
	}
	return len(treatyOrder)
}

// Merge returns a library with l's treaties and clauses, where a treaty
// in over replaces l's treaty of the same id (with all its clauses) and
// other treaties in over are added. Neither l nor over is changed.
func (l *Library) Merge(over *Library) *Library {
	m := &Library{}
	for _, t := range l.treaties {
		if _, ok := over.treaty(t.ID); ok {
			continue
		}
		m.add(t, l.treatyClauses(t))
	}
	for _, t := range over.treaties {
		m.add(t, over.treatyClauses(t))
	}
	m.index()
	return m
}

func (l *Library) treatyClauses(t *Treaty) []*Clause {
	var cs []*Clause
	for _, c := range l.clauses {
		if c.Treaty == t {
			cs = append(cs, c)
		}
	}
	return cs
}

// Clause returns the clause with the given id.
func (l *Library) Clause(id string) (*Clause, bool) {
	c, ok := l.byID[strings.ToLower(strings.TrimSpace(id))]
	return c, ok
}

// Clauses returns all clauses, in treaty then article order.
func (l *Library) Clauses() []*Clause { return slices.Clone(l.clauses) }

// Treaties returns all treaties, in the library's order.
func (l *Library) Treaties() []*Treaty { return slices.Clone(l.treaties) }

// Treaty returns the treaty with the given id.
func (l *Library) Treaty(id string) (*Treaty, bool) {
	return l.treaty(strings.ToLower(strings.TrimSpace(id)))
}

func (l *Library) treaty(id string) (*Treaty, bool) {
	for _, t := range l.treaties {
		if t.ID == id {
			return t, true
		}
	}
	return nil, false
}

// Suggest returns up to 3 clause ids nearest to id by edit distance, for
// messages like `unknown clause "cat-33" (did you mean "cat-3"?)`. A
// paragraph an article does not have ("echr-3.1") suggests the article
// first, however close other articles' paragraphs are in spelling.
func (l *Library) Suggest(id string) []string {
	id = strings.TrimSpace(id)
	ids := make([]string, len(l.clauses))
	for i, c := range l.clauses {
		ids[i] = c.ID
	}
	near := suggest.Nearest(id, ids, 3)
	if art, _, ok := strings.Cut(id, "."); ok {
		if c, ok := l.Clause(art); ok {
			near = slices.DeleteFunc(near, func(s string) bool { return s == c.ID })
			near = append([]string{c.ID}, near[:min(len(near), 2)]...)
		}
	}
	return near
}

// Omitted stands, in a clause's paragraphs, for the text of the treaty
// left out between two quoted passages: the paragraphs between an
// article's opening words and the paragraph quoted.
const Omitted = "[…]"

// paragraphNumber strips the number a paragraph's text starts with as the
// treaty writes it, "1. " or "(2) ", and reports whether it was n.
func paragraphNumber(text, n string) (string, bool) {
	for _, p := range []string{n + ". ", "(" + n + ") "} {
		if rest, ok := strings.CutPrefix(text, p); ok {
			return rest, true
		}
	}
	return text, false
}

// articleID is the default id part for an article: "33", "1a".
func articleID(article string) string { return strings.ToLower(article) }
