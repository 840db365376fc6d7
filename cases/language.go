package cases

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"
	"go.yaml.in/yaml/v3"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// Values per language (version 2): any text value may be a mapping from
// language code to text,
//
//	detainee:
//	  name:
//	    en: Makset Djabbarbergenov
//	    ru: Максет Джаббарбергенов
//
// A Case is read once. Its text fields hold the English text where a value
// gives one (else the first language given), and every alternative is
// kept: Case.In("ru") is the case with each value in Russian.

// Languages are the languages appeal writes letters in.
var Languages = []string{"en", "ru"}

var languageCode = lazyregexp.New(`^[a-z]{2,3}$`)

// lastField is the last field name of a path: "subject" for
// "letter.subject", "requests" for "requests[1]".
func lastField(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		path = path[i+1:]
	}
	if i := strings.Index(path, "["); i >= 0 {
		path = path[:i]
	}
	return path
}

// decodeTexts reads a per-language mapping at path: it records every
// alternative and returns the text for the Go field.
func (d *decoder) decodeTexts(n *yaml.Node, path string) (string, bool) {
	if d.version < 2 {
		d.errorf(n, "%s: expected text, got fields (name: value); a text per language needs version: 2", describe(path))
		return "", false
	}
	alts := map[string]string{}
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || !languageCode.MatchString(k.Value) {
			// Most often a text with ": " in it, which YAML reads as a
			// field: it wants quotes.
			d.errorf(k, "%s: %s is not a language code; a text with \": \" in it needs quotes (%s: \"%s: …\"), or give the text per language as en: …, ru: …", describe(path), quoteNode(k), lastField(path), k.Value)
			continue
		}
		if _, dup := alts[k.Value]; dup {
			d.errorf(k, "%s: language %q given twice; keep one", describe(path), k.Value)
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			d.errorf(v, "%s.%s: expected text, got %s", describe(path), k.Value, kindName(v))
			continue
		}
		s, err := cleanText(v.Value)
		if err != nil {
			d.errorf(v, "%s.%s: %v", describe(path), k.Value, err)
			continue
		}
		alts[k.Value] = s
		order = append(order, k.Value)
		d.pos[path+"@"+k.Value] = Pos{k.Line, k.Column}
	}
	if len(order) == 0 {
		if len(n.Content) == 0 {
			d.errorf(n, "%s: no text given; give text, or en: … and ru: …", describe(path))
		}
		return "", false
	}
	if d.texts != nil {
		d.texts[path] = alts
	}
	if s, ok := alts["en"]; ok {
		return s, true
	}
	return alts[order[0]], true
}

// TextLanguages returns the languages the value at path is given in, e.g.
// ["en", "ru"] for detainee.name; nil for a value given once, the same in
// every language.
func (c *Case) TextLanguages(path string) []string {
	alts := c.texts[path]
	var out []string
	for lang := range alts {
		out = append(out, lang)
	}
	slices.Sort(out)
	return out
}

// In returns the case with every value in the language lang: a value given
// per language takes its lang text, a value given once stays as it is. It
// fails, naming each field, where a value is given per language but not in
// lang. c itself is not changed.
func (c *Case) In(lang string) (*Case, error) {
	var ds Diagnostics
	out := *c
	copyValue(reflect.ValueOf(&out).Elem())
	for _, path := range sortedPaths(c.texts) {
		text, ok := c.texts[path][lang]
		if !ok {
			ds = append(ds, c.Diag(SevError, path, "%s has no %s text (it gives %s); add %s: … under it",
				path, lang, strings.Join(c.TextLanguages(path), ", "), lang))
			continue
		}
		if err := setPath(reflect.ValueOf(&out).Elem(), path, text); err != nil {
			ds = append(ds, c.Diag(SevError, path, "%s: %v", path, err))
		}
	}
	// The one-recipient form is copied into the list after reading: keep
	// the two the same in the new language too.
	// The list form's first item is copied the other way, into recipient.
	if _, one := c.pos["recipient"]; one && len(out.Recipients) > 0 {
		out.Recipients[0] = out.Recipient
	} else if len(out.Recipients) > 0 {
		out.Recipient = out.Recipients[0]
	}
	if len(ds) > 0 {
		return nil, ds
	}
	return &out, nil
}

func sortedPaths(m map[string]map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// copyValue makes v's slices and pointers its own, so that setting a
// field of the copy leaves the original as it was.
func copyValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				copyValue(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(s, v)
		for i := 0; i < s.Len(); i++ {
			copyValue(s.Index(i))
		}
		v.Set(s)
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(v.Elem())
		copyValue(p.Elem())
		v.Set(p)
	}
}

// setPath sets the text at a decoder path such as "events[2].what" or
// "requests[0]".
func setPath(v reflect.Value, path, text string) error {
	for _, part := range strings.Split(path, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return fmt.Errorf("not set")
			}
			v = v.Elem()
		}
		f, ok := fieldByTag(v, name)
		if !ok {
			return fmt.Errorf("no such field")
		}
		v = f
		for rest != "" {
			idx, after, _ := strings.Cut(rest, "]")
			i, err := strconv.Atoi(idx)
			if err != nil || v.Kind() != reflect.Slice || i >= v.Len() {
				return fmt.Errorf("no item %s", idx)
			}
			v = v.Index(i)
			rest = strings.TrimPrefix(after, "[")
		}
	}
	if v.Kind() != reflect.String {
		return fmt.Errorf("not text")
	}
	v.SetString(text)
	return nil
}

func fieldByTag(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Tag.Get("yaml") == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// scripts are the letters a language is written in, for telling a value
// given once, in English, from one in the letter's language.
var scripts = map[string]*unicode.RangeTable{"ru": unicode.Cyrillic, "en": unicode.Latin}

// foreign is, for each language, the script of the other language appeal
// writes, whose text alone marks a value not yet given in this one, with
// its name and that language: Latin for a Russian letter, Cyrillic for an
// English one.
var foreign = map[string]struct {
	script     *unicode.RangeTable
	name, lang string
}{"ru": {unicode.Latin, "Latin", "en"}, "en": {unicode.Cyrillic, "Cyrillic", "ru"}}

// codeFields hold codes, not words — a state, a clause, an honorific the
// wording translates, a file name, a reference — or the sender's own
// letterhead, which is theirs to write in any script, or a postal
// address, written as the post where it is delivered reads it. They are
// never checked.
var codeFields = lazyregexp.New(`^(detainee\.honorific|recipients?(\[\d+\])?\.(id|honorific|address\[\d+\])|sender\.(logo|organisation|address\[\d+\]|contact\[\d+\]|signatories\[\d+\]\.(name|signature))|letter\.reference|treaty_status\[\d+\]\..*|holding_state|requesting_state|destination_state|clauses\[\d+\]|asks\[\d+\])$`)

// nameFields hold names, addresses and sources, which a letter may rightly
// print in Latin letters whatever its language; the other text fields are
// prose.
var nameFields = lazyregexp.New(`^(detainee\.(name|name_original|family_name|short_name)|recipients?(\[\d+\])?\.(name|family_name|country)|engaged\[\d+\]\.names\[\d+\]|risks\[\d+\]\.source|charges\[\d+\]\.(code|article)|cc\[\d+\])$`)

// CheckLanguage finds the values a letter in the case's language lacks: a
// value given per language without that language is an error, and so is
// prose given once with none of that language's letters (English text in
// a Russian letter); a name given once so is only a warning, since names
// may rightly stay in Latin letters.
//
// For English, which a value given once is read as, only the script is
// checked: prose in Cyrillic letters only is an error, a name so a
// warning, and detainee.name_original, the name in its own script, is
// never checked.
func (c *Case) CheckLanguage(lang string) Diagnostics {
	if lang == "" {
		return nil
	}
	var ds Diagnostics
	for _, path := range sortedPaths(c.texts) {
		if lang == "en" {
			break
		}
		if _, ok := c.texts[path][lang]; !ok {
			ds = append(ds, c.Diag(SevError, path, "%s has no %s text, and the letter is in %s; add %s: … under it",
				path, lang, lang, lang))
		}
	}
	script := scripts[lang]
	if script == nil {
		return ds
	}
	hint := ""
	if c.Version < 2 {
		hint = " (values per language need version: 2)"
	}
	_, one := c.pos["recipient"]
	other := foreign[lang]
	walkTexts(reflect.ValueOf(c).Elem(), "", func(path, text string) {
		// The cheap tests first: most texts are in the letter's script.
		if text == "" || hasLetters(text, script) || !hasLetters(text, other.script) || c.textsAt(path) != nil ||
			codeFields.MatchString(path) || path == "detainee.name_original" {
			return
		}
		// The one-recipient form is checked where the file writes it;
		// the list form's first item is copied into recipient, and is
		// checked in the list.
		if strings.HasPrefix(path, "recipients[") && one || strings.HasPrefix(path, "recipient.") && !one {
			return
		}
		if nameFields.MatchString(path) {
			ds = append(ds, c.Diag(SevWarning, path, "%s is given once, in %s letters, and printed so in the %s letter; give %s: … under it if it has a %s form%s",
				path, other.name, lang, lang, lang, hint))
			return
		}
		ds = append(ds, c.Diag(SevError, path, "%s is in %s letters only, and the letter is in %s; give the text per language: %s: … and %s: …%s",
			path, other.name, lang, other.lang, lang, hint))
	})
	return ds
}

// textsAt is the per-language texts of the value at path; the
// one-recipient form's values are read at recipient.… and then also stand
// at recipients[0].….
func (c *Case) textsAt(path string) map[string]string {
	if rest, ok := strings.CutPrefix(path, "recipients[0]."); ok {
		if _, one := c.pos["recipient"]; one {
			return c.texts["recipient."+rest]
		}
	}
	return c.texts[path]
}

func hasLetters(s string, t *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(t, r) {
			return true
		}
	}
	return false
}

// walkTexts calls f for every text field under v, with its decoder path.
func walkTexts(v reflect.Value, path string, f func(path, text string)) {
	switch v.Kind() {
	case reflect.Struct:
		sf := fieldsOf(v.Type())
		for _, name := range sf.names {
			i := sf.index[name]
			if sf.enum[i] != "" {
				continue
			}
			walkTexts(v.Field(i), join(path, name), f)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkTexts(v.Index(i), path+"["+strconv.Itoa(i)+"]", f)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			walkTexts(v.Elem(), path, f)
		}
	case reflect.String:
		if v.Type() == reflect.TypeOf("") { // not Pronouns and the like
			f(path, v.String())
		}
	}
}

// perLanguage lets a text field's schema take a text per language too
// (version 2): {"en": "…", "ru": "…"}.
func perLanguage(s *jsonschema.Schema) {
	text := &jsonschema.Schema{Type: "string", MinLength: s.MinLength}
	byLanguage := &jsonschema.Schema{
		Type:                 "object",
		Description:          "the text per language (version 2), e.g. en: … and ru: …",
		PropertyNames:        &jsonschema.Schema{Pattern: languageCode.String()},
		AdditionalProperties: text,
		MinProperties:        ptr(uint64(1)),
	}
	s.Type, s.MinLength = "", nil
	s.AnyOf = []*jsonschema.Schema{text, byLanguage}
}
