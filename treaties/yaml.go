package treaties

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/internal/suggest"
)

// A ParseError is a problem in a clause file, at a place in it. Line and
// Column count from 1; Column is 0 when the YAML reader gives none.
type ParseError struct {
	File         string
	Line, Column int
	Err          error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	return b.String() + ": " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// decoder walks a YAML node tree by hand rather than unmarshalling into
// structs, because the YAML library's own errors carry no column and name
// Go types; every problem is collected, not only the first.
type decoder struct {
	file string
	errs []error
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	e := &ParseError{File: d.file, Err: fmt.Errorf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

var yamlLine = lazyregexp.New(`^yaml: line (\d+): (.*)$`)

// fields checks that n is a mapping with only the known keys and returns
// the value node of each key present.
func (d *decoder) fields(n *yaml.Node, what string, known ...string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of fields", what)
		return nil
	}
	m := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case !contains(known, k.Value):
			d.errorf(k, "unknown field %q in %s%s", k.Value, what, suggest.Phrase(suggest.Nearest(k.Value, known, 1)))
		case m[k.Value] != nil:
			d.errorf(k, "field %q given twice", k.Value)
		default:
			m[k.Value] = v
		}
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) str(m map[string]*yaml.Node, key string, required bool, parent *yaml.Node) string {
	n := m[key]
	if n == nil {
		if required {
			d.errorf(parent, "missing field %q", key)
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, "%s must be text", key)
		return ""
	}
	s := strings.TrimSpace(n.Value)
	if s == "" && required {
		d.errorf(n, "%s is empty", key)
	}
	return s
}

func (d *decoder) boolean(m map[string]*yaml.Node, key string) bool {
	n := m[key]
	if n == nil {
		return false
	}
	b, err := strconv.ParseBool(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil {
		d.errorf(n, "%s must be true or false", key)
	}
	return b
}

func (d *decoder) list(m map[string]*yaml.Node, key string, required bool, parent *yaml.Node) []*yaml.Node {
	n := m[key]
	if n == nil {
		if required {
			d.errorf(parent, "missing field %q", key)
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list", key)
		return nil
	}
	if required && len(n.Content) == 0 {
		d.errorf(n, "%s is empty", key)
	}
	return n.Content
}

func (d *decoder) strings(m map[string]*yaml.Node, key string, required bool, parent *yaml.Node) []string {
	var out []string
	for _, n := range d.list(m, key, required, parent) {
		if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
			d.errorf(n, "each entry of %s must be non-empty text", key)
			continue
		}
		out = append(out, strings.TrimSpace(n.Value))
	}
	return out
}

var idPattern = lazyregexp.New(`^[a-z0-9]+(-[a-z0-9]+)*$`)
var numberPattern = lazyregexp.New(`^[0-9]+$`)

// parseTreaty reads one clause file. It returns the treaty (nil when the
// file is unusable) and its clauses, and every problem found.
func parseTreaty(file string, data []byte) (*Treaty, []*Clause, []error) {
	d := &decoder{file: file}
	if errs := checkFile(file, data); len(errs) > 0 {
		return nil, nil, errs
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		e := &ParseError{File: file, Err: err}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Err = fmt.Errorf("%s", m[2])
		} else {
			e.Err = fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		return nil, nil, []error{e}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil, []error{&ParseError{File: file, Err: fmt.Errorf("empty file")}}
	}
	root := doc.Content[0]
	f := d.fields(root, "treaty", "id", "name", "short", "concluded", "declaration",
		"languages", "languages_source", "records", "protocol", "articles")
	if f == nil {
		return nil, nil, d.errs
	}
	t := &Treaty{
		file:            file,
		ID:              d.str(f, "id", true, root),
		Name:            d.str(f, "name", true, root),
		Short:           d.str(f, "short", false, root),
		Concluded:       d.str(f, "concluded", false, root),
		Declaration:     d.boolean(f, "declaration"),
		Languages:       d.strings(f, "languages", false, root),
		LanguagesSource: d.str(f, "languages_source", false, root),
		Records:         d.str(f, "records", false, root),
		Protocol:        d.str(f, "protocol", false, root),
	}
	if t.ID != "" && !idPattern.MatchString(t.ID) {
		d.errorf(f["id"], "id %q must be lower-case letters, digits and hyphens", t.ID)
	}
	if t.Short == "" {
		t.Short = t.Name
	}
	var clauses []*Clause
	seen := map[string]*yaml.Node{}
	addClause := func(c *Clause, at *yaml.Node) {
		if prev := seen[c.ID]; prev != nil {
			d.errorf(at, "clause %q defined twice (first on line %d)", c.ID, prev.Line)
			return
		}
		seen[c.ID] = at
		c.order = len(clauses)
		clauses = append(clauses, c)
	}
	for _, an := range d.list(f, "articles", true, root) {
		a := d.fields(an, "article", "article", "id", "heading", "source", "note", "paragraphs")
		if a == nil {
			continue
		}
		art := d.str(a, "article", true, an)
		id := d.str(a, "id", false, an)
		if id == "" && t.ID != "" && art != "" {
			id = t.ID + "-" + articleID(art)
		}
		if id != "" && !idPattern.MatchString(id) {
			d.errorf(an, "clause id %q must be lower-case letters, digits and hyphens (set id:)", id)
		}
		whole := &Clause{
			ID:      id,
			Treaty:  t,
			Article: art,
			Heading: d.str(a, "heading", false, an),
			Source:  d.str(a, "source", true, an),
			Note:    d.str(a, "note", false, an),
		}
		var parts []*Clause
		// chapeau is the unnumbered text before an article's numbered
		// paragraphs that they complete ("A. For the purposes of the
		// present Convention, the term "refugee" shall apply to any
		// person who:"): a paragraph quoted alone is quoted with it.
		var chapeau []string
		numbered := 0
		for _, pn := range d.list(a, "paragraphs", true, an) {
			p := d.fields(pn, "paragraph", "number", "text")
			if p == nil {
				continue
			}
			num := d.str(p, "number", false, pn)
			text := d.strings(p, "text", true, pn)
			whole.Paragraphs = append(whole.Paragraphs, text...)
			if num == "" && numbered == 0 && len(text) > 0 && strings.HasSuffix(text[len(text)-1], ":") {
				chapeau = append(chapeau, text...)
			}
			if num == "" || len(text) == 0 {
				continue
			}
			numbered++
			if !numberPattern.MatchString(num) {
				d.errorf(p["number"], "paragraph number %q must be digits", num)
				continue
			}
			first, ok := paragraphNumber(text[0], num)
			if !ok {
				d.errorf(p["text"].Content[0], "paragraph %s text must start with %q or %q, as the treaty numbers it", num, num+". ", "("+num+") ")
				continue
			}
			paras := append([]string{first}, text[1:]...)
			if chapeau != nil {
				// The paragraph completes the chapeau's sentence, so it
				// keeps its number, and the paragraphs between them
				// are marked as cut.
				paras = slices.Concat(chapeau, text)
				if numbered > 1 {
					paras = slices.Concat(chapeau, []string{Omitted}, text)
				}
			}
			parts = append(parts, &Clause{
				ID:         id + "." + num,
				Treaty:     t,
				Article:    art,
				Paragraph:  num,
				Heading:    whole.Heading,
				Paragraphs: paras,
				Source:     whole.Source,
			})
		}
		if id == "" {
			continue
		}
		addClause(whole, an)
		for _, c := range parts {
			addClause(c, an)
		}
	}
	if len(d.errs) > 0 {
		return nil, nil, d.errs
	}
	return t, clauses, nil
}
