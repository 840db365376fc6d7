package cases

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
)

// caseSource is this package's own definition of a Case: the schema's
// descriptions are its doc comments, so they cannot drift from the code.
//
//go:embed case.go
var caseSource []byte

// Schema returns a JSON Schema (draft 2020-12) of a case file, for editors
// that check YAML against a schema, such as yaml-language-server. It is built
// from Case: field names from the yaml tags, required fields and allowed
// values from the required and enum tags, descriptions from the doc comments.
//
// The schema checks the shape of a case file; reading it (see Parse) checks
// more, such as whether a date exists or a clause id is known.
func Schema() ([]byte, error) {
	comments, err := fieldComments(caseSource)
	if err != nil {
		return nil, fmt.Errorf("cases: reading case.go for the schema: %w", err)
	}
	r := &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		RequiredFromJSONSchemaTags: true, // nothing is required but what the required tags say
		Anonymous:                  true,
		Mapper:                     mapType,
		LookupComment: func(t reflect.Type, field string) string {
			if t.PkgPath() != reflect.TypeFor[Case]().PkgPath() {
				return ""
			}
			if c := comments[t.Name()+"."+field]; c != "" {
				return c
			}
			return uncommented[t.Name()+"."+field]
		},
	}
	s := r.Reflect(&Case{})
	s.Title = "appeal case file"
	if err := applyTags(s, reflect.TypeFor[Case]()); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false) // keep "<" in descriptions readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	// The schema's own marshalling escapes <, > and & for HTML; a schema is
	// read by editors, and the descriptions read better as written.
	b := out.Bytes()
	for _, r := range []struct{ from, to string }{{`\u003c`, "<"}, {`\u003e`, ">"}, {`\u0026`, "&"}} {
		b = bytes.ReplaceAll(b, []byte(r.from), []byte(r.to))
	}
	return b, nil
}

// uncommented describes the fields that case.go leaves without a comment
// (keyed by Go name),
// their names being clear to a Go reader; a case file's writer is told.
var uncommented = map[string]string{
	"Sender.Organisation":   "Who writes: heads the letter and, without signatories, signs it.",
	"Sender.Address":        "Lines of the postal address, for the letterhead.",
	"Sender.Signatories":    "Who signs, in order; without them the organisation signs.",
	"Signatory.Name":        "The signatory's name, printed under the signature.",
	"Signatory.Role":        "The signatory's role, e.g. \"President\".",
	"Family.Spouse":         "The detainee's wife, husband or partner.",
	"Family.SpousePregnant": "Whether the spouse is expecting a child.",
	"Family.Children":       "How many children the detainee has, e.g. 4.",
	"TreatyStatus.State":    "The state, e.g. \"Uzbekistan\".",
	"TreatyStatus.Action":   "What the state did: signature, ratification, accession or succession, or ceased (it left the treaty).",
	"TreatyStatus.Date":     "When, in full: YYYY-MM-DD.",
	"Extra.Text":            "The paragraph, in the sender's own words.",
}

// datePattern's JSON Schema twin: the shape of a Date, not whether it exists.
const schemaDatePattern = `^\d{4}(-\d{2}(-\d{2})?)?$`

// mapType gives the types a case file writes as text their schema.
func mapType(t reflect.Type) *jsonschema.Schema {
	switch t {
	case reflect.TypeFor[Date]():
		return &jsonschema.Schema{
			Type:     "string",
			Pattern:  schemaDatePattern,
			Examples: []any{"2012-02-29", "2012-07", "2012"},
		}
	case reflect.TypeFor[Pronouns]():
		return &jsonschema.Schema{Type: "string", Enum: []any{string(He), string(She), string(They)}}
	}
	return nil
}

// applyTags adds what the reflector cannot know from the yaml tags: which
// fields are required, the allowed values of enum fields, the range of whole
// numbers and of lists, for the struct type t and every struct it holds.
func applyTags(root *jsonschema.Schema, t reflect.Type) error {
	done := map[reflect.Type]bool{}
	var walk func(t reflect.Type) error
	walk = func(t reflect.Type) error {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || done[t] || t == reflect.TypeFor[Date]() {
			return nil
		}
		done[t] = true
		s := root.Definitions[t.Name()]
		if s == nil {
			return fmt.Errorf("cases: no schema definition for %s", t.Name())
		}
		s.Required = nil
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := f.Tag.Get("yaml")
			if name == "" || name == "-" || !f.IsExported() {
				continue
			}
			p, ok := s.Properties.Get(name)
			if !ok {
				return fmt.Errorf("cases: no schema for %s.%s", t.Name(), name)
			}
			required := f.Tag.Get("required") == "true"
			if required {
				s.Required = append(s.Required, name)
			}
			item := p
			if f.Type.Kind() == reflect.Slice {
				p.MaxItems = ptr(uint64(maxItems))
				if required {
					p.MinItems = ptr(uint64(1)) // an empty list counts as missing
				}
				item = p.Items
			}
			switch f.Type.Kind() {
			case reflect.String:
				if required {
					item.MinLength = ptr(uint64(1)) // so does empty text
				}
			case reflect.Int:
				item.Minimum = json.Number("0")
				item.Maximum = json.Number("1000")
			}
			if enum := f.Tag.Get("enum"); enum != "" {
				item.Enum = nil
				for _, v := range strings.Split(enum, ",") {
					item.Enum = append(item.Enum, v)
				}
			}
			if f.Tag.Get("enum") == "" && (f.Type == reflect.TypeFor[string]() || f.Type == reflect.TypeFor[[]string]()) {
				perLanguage(item)
			}
			if err := walk(f.Type); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(t); err != nil {
		return err
	}
	c := root.Definitions["Case"]
	if v, ok := c.Properties.Get("version"); ok {
		v.Enum = []any{1, Version}
		v.Minimum, v.Maximum = "", ""
	}
	// Version 1 requires what version 2 made optional; every version
	// needs a recipient, one way or the other.
	c.If = &jsonschema.Schema{Properties: jsonschema.NewProperties()}
	c.If.Properties.Set("version", &jsonschema.Schema{Const: 1})
	c.Then = &jsonschema.Schema{Required: []string{"recipient", "requesting_state", "accusation", "requests"}}
	c.OneOf = []*jsonschema.Schema{{Required: []string{"recipient"}}, {Required: []string{"recipients"}}}
	return nil
}

func ptr[T any](v T) *T { return &v }

// forUsers rewrites a Go doc comment for someone writing a case file, who
// never sees the Go names: "Detained says whether the detainee is held …"
// becomes "Whether the detainee is held …".
func forUsers(name, doc string) string {
	words := strings.SplitN(doc, " ", 3)
	if len(words) > 0 && (words[0] == "A" || words[0] == "An") {
		words = strings.SplitN(words[1]+" "+strings.Join(words[2:], " "), " ", 3)
	}
	switch {
	case len(words) == 3 && words[0] == name:
		switch words[1] {
		case "is", "are", "says", "gives":
			doc = words[2]
		default: // "A Signatory signs the letter."
			doc = words[1] + " " + words[2]
		}
	case strings.HasPrefix(doc, "e.g."):
		return doc
	}
	return strings.ToUpper(doc[:1]) + doc[1:]
}

// fieldComments returns the doc comment of each type and field declared in
// src, keyed "Type." and "Type.Field", as one paragraph of text. A field
// with no doc comment above it has its line comment instead.
func fieldComments(src []byte) (map[string]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "case.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	text := func(name string, groups ...*ast.CommentGroup) string {
		for _, g := range groups {
			if g != nil {
				return forUsers(name, strings.Join(strings.Fields(g.Text()), " "))
			}
		}
		return ""
	}
	m := map[string]string{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			m[ts.Name.Name+"."] = text(ts.Name.Name, doc)
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fld := range st.Fields.List {
				for _, n := range fld.Names {
					m[ts.Name.Name+"."+n.Name] = text(n.Name, fld.Doc, fld.Comment)
				}
			}
		}
	}
	return m, nil
}
