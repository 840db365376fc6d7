package letter

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/internal/suggest"
)

// WordingVersion is the version of the data model wording templates
// receive (the fields listed by 'appeal wording list'). A change that
// removes or renames a field a template may use raises it.
const WordingVersion = 1

// A Wording is the set of paragraph templates letters are worded with, per
// language: the built-in ones (letter/wording/*.tmpl), with any of them
// replaced by an organisation's own. Its zero value is not usable; use
// BuiltinWording or LoadWording.
type Wording struct {
	sets map[string]*template.Template // by language
	// from names the file of each paragraph given by the user, by language
	// and name; built-in paragraphs are not in it.
	from map[string]map[string]string
	// texts are the user's files, by name, for turning positions into columns.
	texts map[string]string
}

// BuiltinWording is the wording appeal ships.
func BuiltinWording() *Wording {
	return &Wording{sets: map[string]*template.Template{}, from: map[string]map[string]string{}, texts: map[string]string{}}
}

// builtinSets parse each language's built-in templates when a letter in
// that language is first worded: an English run never parses the Russian.
var builtinSets = map[string]func() *template.Template{"en": wording, "ru": wordingRu}

// set is the templates of a language: the user's, else the built-in ones.
func (wd *Wording) set(lang string) (*template.Template, bool) {
	if t, ok := wd.sets[lang]; ok {
		return t, true
	}
	if f, ok := builtinSets[lang]; ok {
		return f(), true
	}
	return nil, false
}

// Languages are the languages a wording has templates for.
func (wd *Wording) Languages() []string {
	var out []string
	for l := range builtinSets {
		out = append(out, l)
	}
	for l := range wd.sets {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// Paragraphs are the names of the paragraphs in a language, sorted.
func (wd *Wording) Paragraphs(lang string) []string {
	t, _ := wd.set(lang)
	if t == nil {
		return nil
	}
	var out []string
	for _, tt := range t.Templates() {
		if tt.Name() != "" && !strings.HasSuffix(tt.Name(), ".tmpl") && tt.Tree != nil {
			out = append(out, tt.Name())
		}
	}
	slices.Sort(out)
	return out
}

// Overridden reports the file a paragraph was given in by the user, if any.
func (wd *Wording) Overridden(lang, name string) (string, bool) {
	f, ok := wd.from[lang][name]
	return f, ok
}

// Overrides are the files the user's paragraphs came from; none for the
// built-in wording.
func (wd *Wording) Overrides() []string {
	var out []string
	for _, names := range wd.from {
		for _, f := range names {
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	slices.Sort(out)
	return out
}

// BuiltinWordingFiles are the built-in template files, for 'appeal wording export'.
func BuiltinWordingFiles() fs.FS {
	sub, err := fs.Sub(wordingFS, "wording")
	if err != nil {
		panic(err)
	}
	return sub
}

var funcsByLanguage = map[string]template.FuncMap{
	"en": {
		"cap":   capitalise,
		"join":  join,
		"spell": spell,
		"last":  func(i int, list []string) bool { return i == len(list)-1 },
		// closed ends a value that has commas of its own with one more
		// where the sentence goes on: "held in Kamukunji police station,
		// Nairobi, since …".
		"closed": func(s string) string {
			if strings.Contains(s, ", ") {
				return s + ","
			}
			return s
		},
	},
	"ru": ruFuncs,
}

// tmplLanguage is the language of a template file: the part of its name
// before ".tmpl", after any other dot: en.tmpl and law.en.tmpl are English.
func tmplLanguage(name string) string {
	base := strings.TrimSuffix(path.Base(name), ".tmpl")
	if i := strings.LastIndex(base, "."); i >= 0 {
		return base[i+1:]
	}
	return base
}

var (
	parseErr  = lazyregexp.New(`^template: ([^:]+):(\d+)(?::(\d+))?: (.*)$`)
	execErr   = lazyregexp.New(`^template: ([^:]+):(\d+):(\d+): executing "[^"]*" at <([^>]*)>: (.*)$`)
	defineAt  = lazyregexp.New(`\{\{-?\s*define\s+"([^"]+)"`)
	emptyName = lazyregexp.New(`^\s*$`)
	quoted    = lazyregexp.New(`"([^"]+)"`)
)

// LoadWording reads an organisation's templates from the *.tmpl files at
// the top of fsys, over the built-in wording: each {{define "name"}} in a
// file named <language>.tmpl or <anything>.<language>.tmpl replaces the
// built-in paragraph of that name in that language. dir is how messages
// name the folder. Every problem comes back, as cases.Diagnostics at
// file:line:col: a syntax error, a paragraph that does not exist, a file
// for a language appeal has no wording in.
func LoadWording(fsys fs.FS, dir string) (*Wording, error) {
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, cases.Diagnostics{{File: dir, Severity: cases.SevError,
			Message: "no *.tmpl wording files here; 'appeal wording export " + dir + "' writes the built-in ones to start from"}}
	}
	wd := BuiltinWording()
	var ds cases.Diagnostics
	for _, name := range names {
		file := path.Join(dir, name)
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			ds = append(ds, cases.Diagnostic{File: file, Severity: cases.SevError, Message: err.Error()})
			continue
		}
		lang := tmplLanguage(name)
		base, ok := wd.set(lang)
		if !ok {
			ds = append(ds, cases.Diagnostic{File: file, Line: 1, Column: 1, Severity: cases.SevError,
				Message: fmt.Sprintf("no wording in language %q: name the file <language>.tmpl, one of %s", lang, strings.Join(wd.Languages(), ", "))})
			continue
		}
		text := string(data)
		wd.texts[file] = text
		t, err := template.New(file).Funcs(funcsByLanguage[lang]).Option("missingkey=error").Parse(text)
		if err != nil {
			ds = append(ds, templateDiagnostic(file, text, err))
			continue
		}
		known := wd.Paragraphs(lang)
		clone, _ := wd.set(lang)
		if wd.from[lang] == nil {
			// The first override of a language works on a copy: the
			// built-in set is shared.
			clone = template.Must(base.Clone())
			wd.from[lang] = map[string]string{}
		}
		for _, m := range defineAt.FindAllStringSubmatchIndex(text, -1) {
			pname := text[m[2]:m[3]]
			line, col := position(text, m[0])
			if !slices.Contains(known, pname) {
				ds = append(ds, cases.Diagnostic{File: file, Line: line, Column: col, Severity: cases.SevError,
					Message: fmt.Sprintf("unknown paragraph %q in %s wording%s; 'appeal wording list' names them all", pname, lang, suggest.Phrase(suggest.Nearest(pname, known, 2)))})
				continue
			}
			if prev, dup := wd.from[lang][pname]; dup {
				ds = append(ds, cases.Diagnostic{File: file, Line: line, Column: col, Severity: cases.SevError,
					Message: fmt.Sprintf("paragraph %q is also given in %s; keep one", pname, prev)})
				continue
			}
			if _, err := clone.AddParseTree(pname, t.Lookup(pname).Tree); err != nil {
				ds = append(ds, cases.Diagnostic{File: file, Line: line, Column: col, Severity: cases.SevError, Message: err.Error()})
				continue
			}
			wd.from[lang][pname] = file
		}
		if rest := t.Lookup(file); rest != nil && rest.Tree != nil && !emptyName.MatchString(rest.Tree.Root.String()) {
			ds = append(ds, cases.Diagnostic{File: file, Line: 1, Column: 1, Severity: cases.SevError,
				Message: "text outside {{define \"name\"}} … {{end}} is not part of any paragraph; put each paragraph in a define block"})
		}
		wd.sets[lang] = clone
	}
	if len(ds) > 0 {
		return nil, ds
	}
	return wd, nil
}

// position is the line and column (from 1, counting characters) of byte offset i in text.
func position(text string, i int) (int, int) {
	line := strings.Count(text[:i], "\n") + 1
	start := strings.LastIndex(text[:i], "\n") + 1
	return line, len([]rune(text[start:i])) + 1
}

// templateDiagnostic turns a text/template error into a positioned one.
func templateDiagnostic(file, text string, err error) cases.Diagnostic {
	d := cases.Diagnostic{File: file, Line: 1, Column: 1, Severity: cases.SevError, Message: err.Error()}
	if m := parseErr.FindStringSubmatch(err.Error()); m != nil {
		d.Line, _ = strconv.Atoi(m[2])
		d.Column = 0
		if m[3] != "" {
			d.Column, _ = strconv.Atoi(m[3])
		}
		d.Message = m[4] + hint(m[4])
		if lines := strings.Split(text, "\n"); d.Column == 0 && d.Line-1 < len(lines) {
			// text/template names only the line: point at what the
			// message names there ("function "env" not defined"), else at
			// the line's first action.
			line := lines[d.Line-1]
			at := strings.Index(line, "{{")
			if q := quoted.FindStringSubmatch(m[4]); q != nil && strings.Contains(line, q[1]) {
				at = strings.Index(line, q[1])
			}
			d.Column = len([]rune(line[:max(0, at)])) + 1
		}
	}
	return d
}

// hint says how to fix the mistakes template authors make most.
func hint(msg string) string {
	switch {
	case strings.Contains(msg, "can't evaluate field"):
		return "; 'appeal wording list' shows the fields each paragraph receives"
	case strings.Contains(msg, "function") && strings.Contains(msg, "not defined"):
		return "; templates may call only the functions 'appeal wording list' names"
	case strings.Contains(msg, "unexpected EOF"), strings.Contains(msg, "unclosed action"):
		return "; is an {{end}} or a }} missing?"
	case strings.Contains(msg, "unexpected {{end}}"):
		return "; an {{end}} too many?"
	}
	return ""
}

// execute runs paragraph name of the letter's language with data. A
// paragraph of the user's that fails, or says nothing where appeal's own
// says something, is an error at its file:line:col; a built-in one that
// fails is a bug.
func (w *writer) execute(lang, name string, data any) string {
	wd := w.opt.Wording
	if wd == nil {
		wd = BuiltinWording()
	}
	set, _ := wd.set(lang)
	if w.opt.record != nil {
		w.opt.record(lang, name, data)
	}
	b := executeBuffers.Get().(*bytes.Buffer)
	defer executeBuffers.Put(b)
	b.Reset()
	err := set.ExecuteTemplate(b, name, data)
	file, mine := wd.Overridden(lang, name)
	if !mine {
		if err != nil {
			panic(fmt.Sprintf("letter: wording %q: %v", name, err))
		}
		return oneStop(clean(b.String()))
	}
	if err != nil {
		d := cases.Diagnostic{File: file, Severity: cases.SevError, Message: fmt.Sprintf("paragraph %q: %v", name, err)}
		if m := execErr.FindStringSubmatch(err.Error()); m != nil {
			d.File = m[1]
			d.Line, _ = strconv.Atoi(m[2])
			// text/template gives the byte offset in the line, from 0.
			offset, _ := strconv.Atoi(m[3])
			d.Column = offset + 1
			if lines := strings.Split(wd.texts[d.File], "\n"); d.Line-1 < len(lines) && offset <= len(lines[d.Line-1]) {
				d.Column = len([]rune(lines[d.Line-1][:offset])) + 1
			}
			d.Message = fmt.Sprintf("paragraph %q: %s: %s%s", name, m[4], m[5], hint(m[5]))
		}
		w.wordingErr(d)
		return ""
	}
	text := oneStop(clean(b.String()))
	if text == "" {
		var own strings.Builder
		if builtin, _ := BuiltinWording().set(lang); builtin.ExecuteTemplate(&own, name, data) == nil && clean(own.String()) != "" {
			w.wordingErr(cases.Diagnostic{File: file, Line: 1, Column: 1, Severity: cases.SevError,
				Message: fmt.Sprintf("paragraph %q says nothing for this case, where appeal's own says %q; give it words, or leave it out of %s to keep appeal's", name, clean(own.String()), path.Base(file))})
		}
	}
	return text
}

// executeBuffers are what execute writes a paragraph into: a buffer
// grown once serves many paragraphs.
var executeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// wordingErr records a problem with the user's wording, once.
func (w *writer) wordingErr(d cases.Diagnostic) {
	for _, e := range w.errs {
		if e == d {
			return
		}
	}
	w.errs = append(w.errs, d)
}
