package treaties

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Texts in other languages than English live in clauses/<lang>/*.yaml, one
// file per treaty, beside the English files they follow. They are read
// separately from the English library, so a --treaties folder (which
// replaces whole English treaties) never mixes with them: a clause has a
// text in another language only while it is the built-in clause.

//go:embed clauses/ru/*.yaml
var builtinTranslations embed.FS

// TextStatus says what a treaty's text in a language is.
type TextStatus string

const (
	// Authentic: the language is one the treaty names as equally authentic.
	Authentic TextStatus = "authentic"
	// Translation: an official translation, e.g. the UN's Russian text of
	// the 1951 Convention or the Council of Europe's of the ECHR.
	Translation TextStatus = "translation"
	// DeclarationText: the text of a General Assembly resolution, such as
	// the Universal Declaration, in one of the UN's languages.
	DeclarationText TextStatus = "declaration"
)

// A TreatyText is what is known of a treaty in one language.
type TreatyText struct {
	Language string // e.g. "ru"
	// Name and Short are the treaty's full and short names in the language.
	Name, Short string
	// NameGen, NameDat and NameAcc are Name in the genitive, dative and
	// accusative, ShortGen Short in the genitive, for a language that
	// declines (Russian); Concluded is where and when, in the language.
	NameGen, NameDat, NameAcc, ShortGen, Concluded string
	NameSource                                     string
	Status                                         TextStatus
	// Translator is who made a Translation, e.g. "ООН", "Совет Европы".
	Translator   string
	StatusSource string
}

// A ClauseText is a clause's verbatim text in one language.
type ClauseText struct {
	Language string
	Treaty   *TreatyText
	// Paragraphs are numbered as in Clause.Paragraphs.
	Paragraphs []string
	// Source says where the text was copied from; Check, the second copy
	// it was compared with word for word.
	Source, Check string
	// SourceFile and CheckFile name those copies under testdata/<lang>.
	SourceFile, CheckFile string
	Note                  string
}

// translations holds the built-in texts: language -> id -> text.
type translations struct {
	treaties map[string]map[string]*TreatyText
	clauses  map[string]map[string]*ClauseText
}

// builtinTexts are the built-in texts, read at build time (builtin.go).
var builtinTexts = sync.OnceValue(builtinTextsFromData)

// loadTranslations reads root/<lang>/*.yaml for every language folder.
func loadTranslations(fsys fs.FS, root string) (*translations, error) {
	tr := &translations{treaties: map[string]map[string]*TreatyText{}, clauses: map[string]map[string]*ClauseText{}}
	dirs, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, dir := range dirs {
		if !dir.IsDir() {
			continue
		}
		lang := dir.Name()
		names, _ := fs.Glob(fsys, path.Join(root, lang, "*.yaml"))
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			t, cs, ferrs := parseTranslation(path.Join(lang, path.Base(name)), lang, data)
			errs = append(errs, ferrs...)
			if t == nil {
				continue
			}
			if tr.treaties[lang] == nil {
				tr.treaties[lang] = map[string]*TreatyText{}
				tr.clauses[lang] = map[string]*ClauseText{}
			}
			tr.treaties[lang][t.id] = &t.TreatyText
			for id, c := range cs {
				tr.clauses[lang][id] = c
			}
		}
	}
	return tr, errors.Join(errs...)
}

type parsedTreatyText struct {
	TreatyText
	id string
}

func parseTranslation(file, lang string, data []byte) (*parsedTreatyText, map[string]*ClauseText, []error) {
	d := &decoder{file: file}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, []error{&ParseError{File: file, Err: err}}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil, []error{&ParseError{File: file, Err: fmt.Errorf("empty file")}}
	}
	root := doc.Content[0]
	f := d.fields(root, "treaty", "treaty", "name", "short", "name_gen", "name_dat", "name_acc", "short_gen", "concluded",
		"name_source", "status", "translator", "status_source", "articles")
	if f == nil {
		return nil, nil, d.errs
	}
	t := &parsedTreatyText{id: d.str(f, "treaty", true, root), TreatyText: TreatyText{
		Language:     lang,
		Name:         d.str(f, "name", true, root),
		Short:        d.str(f, "short", false, root),
		NameGen:      d.str(f, "name_gen", false, root),
		NameDat:      d.str(f, "name_dat", false, root),
		NameAcc:      d.str(f, "name_acc", false, root),
		ShortGen:     d.str(f, "short_gen", false, root),
		Concluded:    d.str(f, "concluded", false, root),
		NameSource:   d.str(f, "name_source", true, root),
		Status:       TextStatus(d.str(f, "status", true, root)),
		Translator:   d.str(f, "translator", false, root),
		StatusSource: d.str(f, "status_source", true, root),
	}}
	if t.Short == "" {
		t.Short = t.Name
	}
	switch t.Status {
	case Authentic, Translation, DeclarationText, "":
	default:
		d.errorf(f["status"], "status %q must be authentic, translation or declaration", t.Status)
	}
	clauses := map[string]*ClauseText{}
	for _, an := range d.list(f, "articles", false, root) {
		a := d.fields(an, "article", "article", "source", "source_file", "check", "check_file", "note", "paragraphs")
		if a == nil {
			continue
		}
		id := t.id + "-" + articleID(d.str(a, "article", true, an))
		whole := &ClauseText{
			Language:   lang,
			Treaty:     &t.TreatyText,
			Source:     d.str(a, "source", true, an),
			SourceFile: d.str(a, "source_file", true, an),
			Check:      d.str(a, "check", true, an),
			CheckFile:  d.str(a, "check_file", true, an),
			Note:       d.str(a, "note", false, an),
		}
		for _, pn := range d.list(a, "paragraphs", true, an) {
			p := d.fields(pn, "paragraph", "number", "text")
			if p == nil {
				continue
			}
			num := d.str(p, "number", false, pn)
			text := d.strings(p, "text", true, pn)
			whole.Paragraphs = append(whole.Paragraphs, text...)
			if num == "" || len(text) == 0 {
				continue
			}
			first, ok := paragraphNumber(text[0], num)
			if !ok {
				d.errorf(p["text"].Content[0], "paragraph %s text must start with %q or %q, as the treaty numbers it", num, num+". ", "("+num+") ")
				continue
			}
			part := *whole
			part.Paragraphs = append([]string{first}, text[1:]...)
			clauses[id+"."+num] = &part
		}
		clauses[id] = whole
	}
	if len(d.errs) > 0 {
		return nil, nil, d.errs
	}
	return t, clauses, nil
}

// TreatyIn returns what is known of t in the language lang ("ru"): its
// name and the status of its text there. Only built-in treaties have any.
func (l *Library) TreatyIn(t *Treaty, lang string) (*TreatyText, bool) {
	if b, ok := Builtin().treaty(t.ID); !ok || b != t {
		return nil, false
	}
	tt, ok := builtinTexts().treaties[lang][t.ID]
	return tt, ok
}

// ClauseIn returns c's verbatim text in the language lang, if appeal has
// one that was checked against a second copy. Without one a letter quotes
// the clause in English and says so.
func (l *Library) ClauseIn(c *Clause, lang string) (*ClauseText, bool) {
	if b, ok := Builtin().Clause(c.ID); !ok || b != c {
		return nil, false
	}
	ct, ok := builtinTexts().clauses[lang][c.ID]
	return ct, ok
}

// Languages returns the languages other than English that built-in texts
// exist for, e.g. ["ru"].
func Languages() []string {
	var out []string
	for lang := range builtinTexts().treaties {
		out = append(out, lang)
	}
	slices.Sort(out)
	return out
}
