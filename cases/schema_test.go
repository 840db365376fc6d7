package cases_test

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/appeal-letters/appeal/cases"
)

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	b, err := cases.Schema()
	if err != nil {
		t.Fatalf("Schema() error = %v", err)
	}
	var s map[string]any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("Schema() is not JSON: %v\n%s", err, b)
	}
	if got, want := s["$schema"], "https://json-schema.org/draft/2020-12/schema"; got != want {
		t.Errorf("$schema = %v, want %v", got, want)
	}
	return s
}

// TestSchemaMatchesCase checks the schema against the Go types it is built
// from: every field of every struct is a property, required lists and enums
// are those of the struct tags, and nothing else is allowed.
func TestSchemaMatchesCase(t *testing.T) {
	s := loadSchema(t)
	defs := s["$defs"].(map[string]any)
	seen := map[reflect.Type]bool{}
	var walk func(rt reflect.Type)
	walk = func(rt reflect.Type) {
		for rt.Kind() == reflect.Pointer || rt.Kind() == reflect.Slice {
			rt = rt.Elem()
		}
		if rt.Kind() != reflect.Struct || seen[rt] || rt == reflect.TypeFor[cases.Date]() {
			return
		}
		seen[rt] = true
		def, ok := defs[rt.Name()].(map[string]any)
		if !ok {
			t.Errorf("no $defs/%s in the schema", rt.Name())
			return
		}
		if def["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties = %v, want false", rt.Name(), def["additionalProperties"])
		}
		props := def["properties"].(map[string]any)
		var required []string
		var names []string
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			name := f.Tag.Get("yaml")
			if name == "" || name == "-" || !f.IsExported() {
				continue
			}
			names = append(names, name)
			p, ok := props[name].(map[string]any)
			if !ok {
				t.Errorf("%s: field %q is not in the schema", rt.Name(), name)
				continue
			}
			if p["description"] == nil || p["description"] == "" {
				t.Errorf("%s.%s: no description", rt.Name(), name)
			}
			if f.Tag.Get("required") == "true" {
				required = append(required, name)
			}
			if enum := f.Tag.Get("enum"); enum != "" {
				item := p
				if items, ok := p["items"].(map[string]any); ok {
					item = items
				}
				if got := fmt.Sprint(item["enum"]); got != fmt.Sprint(strings.Split(enum, ",")) {
					t.Errorf("%s.%s: enum = %s, want %s", rt.Name(), name, got, enum)
				}
			}
			walk(f.Type)
		}
		if len(props) != len(names) {
			t.Errorf("%s: %d properties in the schema, want %d (%v)", rt.Name(), len(props), len(names), names)
		}
		var got []string
		if r, ok := def["required"].([]any); ok {
			for _, v := range r {
				got = append(got, v.(string))
			}
		}
		if !slices.Equal(got, required) {
			t.Errorf("%s: required = %v, want %v", rt.Name(), got, required)
		}
	}
	walk(reflect.TypeFor[cases.Case]())
}

// TestSchemaAcceptsExamples checks that the example case and the template,
// read as an editor reads them, are valid under the schema, and that
// typical mistakes in them are not.
func TestSchemaAcceptsExamples(t *testing.T) {
	s := loadSchema(t)
	for _, name := range []string{"djabbarbergenov.yaml", "template.yaml"} {
		doc := readYAML(t, name)
		if errs := validate(s, s, doc, ""); len(errs) > 0 {
			t.Errorf("%s does not match the schema:\n%s", name, strings.Join(errs, "\n"))
		}
	}
	perLanguage := readYAML(t, "djabbarbergenov.yaml")
	perLanguage["accusation"] = map[string]any{"en": "charges", "ru": "обвинения"}
	perLanguage["requests"] = []any{map[string]any{"en": "release him", "ru": "освободить его"}}
	if errs := validate(s, s, perLanguage, ""); len(errs) > 0 {
		t.Errorf("texts per language do not match the schema:\n%s", strings.Join(errs, "\n"))
	}

	tests := []struct {
		name   string
		change func(doc map[string]any)
		want   string
	}{
		{"unknown field", func(d map[string]any) { d["letter"].(map[string]any)["subjet"] = "x" }, `letter: unknown property "subjet"`},
		{"missing required", func(d map[string]any) { delete(d, "accusation") }, `missing required "accusation"`},
		{"empty required text", func(d map[string]any) { d["detainee"].(map[string]any)["name"] = "" }, "detainee.name: shorter than 1"},
		{"no requests", func(d map[string]any) { delete(d, "requests") }, `missing required "requests"`},
		{"two recipient fields", func(d map[string]any) { d["recipients"] = []any{d["recipient"]} }, "matches 2 of the oneOf schemas"},
		{"bad pronouns", func(d map[string]any) { d["detainee"].(map[string]any)["pronouns"] = "him" }, `detainee.pronouns: "him" is not one of`},
		{"bad proceeding", func(d map[string]any) { d["proceeding"] = "exile" }, `proceeding: "exile" is not one of`},
		{"bad date", func(d map[string]any) { d["commitment"].(map[string]any)["date"] = "July 2012" }, "commitment.date: does not match"},
		{"negative number", func(d map[string]any) { d["family"].(map[string]any)["children"] = -1 }, "family.children: less than 0"},
		{"version 3", func(d map[string]any) { d["version"] = 3 }, "version: 3 is not one of"},
		{"text for a list", func(d map[string]any) { d["cc"] = "someone" }, "cc: not an array"},
		{"bad language code", func(d map[string]any) { d["accusation"] = map[string]any{"EN": "x"} }, "accusation.EN: does not match"},
		{"list for a language's text", func(d map[string]any) { d["accusation"] = map[string]any{"en": []any{"x"}} }, "accusation.en: not a string"},
	}
	for _, tt := range tests {
		doc := readYAML(t, "djabbarbergenov.yaml")
		tt.change(doc)
		errs := validate(s, s, doc, "")
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, tt.want) }) {
			t.Errorf("%s: errors = %q, want one containing %q", tt.name, errs, tt.want)
		}
	}
}

func readYAML(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return plain(n.Content[0]).(map[string]any)
}

// plain is a YAML node as yaml-language-server sees it (YAML 1.2's core
// schema: no timestamps, so 2012-02-29 is text), as JSON would hold it.
func plain(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		a := []any{}
		for _, c := range n.Content {
			a = append(a, plain(c))
		}
		return a
	}
	var v any
	switch n.Tag {
	case "!!int", "!!bool", "!!null":
		if err := n.Decode(&v); err == nil {
			return v
		}
	}
	return n.Value
}

// validate checks v against the schema s, for the keywords cases.Schema
// uses; root resolves "#/$defs/…" references. It returns one message per
// problem, each starting with the path of the value.
func validate(root, s map[string]any, v any, path string) []string {
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		errs = append(errs, validate(root, root["$defs"].(map[string]any)[name].(map[string]any), v, path)...)
	}
	if want, ok := s["const"]; ok && fmt.Sprint(want) != fmt.Sprint(v) {
		fail("not %v", want)
	}
	if enum, ok := s["enum"].([]any); ok && !slices.ContainsFunc(enum, func(e any) bool { return fmt.Sprint(e) == fmt.Sprint(v) }) {
		if str, ok := v.(string); ok {
			fail("%q is not one of %v", str, enum)
		} else {
			fail("%v is not one of %v", v, enum)
		}
	}
	if cond, ok := s["if"].(map[string]any); ok && len(validate(root, cond, v, path)) == 0 {
		if then, ok := s["then"].(map[string]any); ok {
			errs = append(errs, validate(root, then, v, path)...)
		}
	}
	if one, ok := s["oneOf"].([]any); ok {
		n := 0
		for _, alt := range one {
			if len(validate(root, alt.(map[string]any), v, path)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of the oneOf schemas, want exactly 1", n)
		}
	}
	if anyOf, ok := s["anyOf"].([]any); ok {
		// With no alternative matching, say what is wrong by the one of the
		// value's own type (text, or fields per language).
		var first []string
		n := 0
		_, isMap := v.(map[string]any)
		for i, alt := range anyOf {
			e := validate(root, alt.(map[string]any), v, path)
			if i == 0 || (alt.(map[string]any)["type"] == "object") == isMap {
				first = e
			}
			if len(e) == 0 {
				n++
			}
		}
		if n == 0 {
			errs = append(errs, first...)
		}
	}
	if _, typed := s["type"]; !typed {
		if req, ok := s["required"].([]any); ok {
			m, _ := v.(map[string]any)
			for _, r := range req {
				if _, ok := m[r.(string)]; !ok {
					fail("missing required %q", r)
				}
			}
		}
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			fail("not an object")
			break
		}
		props, _ := s["properties"].(map[string]any)
		for k, pv := range m {
			if names, ok := s["propertyNames"].(map[string]any); ok {
				errs = append(errs, validate(root, map[string]any{"type": "string", "pattern": names["pattern"]}, k, path+"."+k)...)
			}
			if extra, ok := s["additionalProperties"].(map[string]any); ok && props[k] == nil {
				errs = append(errs, validate(root, extra, pv, path+"."+k)...)
				continue
			}
			p, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false {
					fail("unknown property %q", k)
				}
				continue
			}
			errs = append(errs, validate(root, p, pv, strings.TrimPrefix(path+"."+k, "."))...)
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := m[r.(string)]; !ok {
					fail("missing required %q", r)
				}
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			fail("not an array")
			break
		}
		if n, ok := s["minItems"].(float64); ok && float64(len(a)) < n {
			fail("fewer than %v items", n)
		}
		if n, ok := s["maxItems"].(float64); ok && float64(len(a)) > n {
			fail("more than %v items", n)
		}
		for i, item := range a {
			errs = append(errs, validate(root, s["items"].(map[string]any), item, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			fail("not a string: %v", v)
			break
		}
		if n, ok := s["minLength"].(float64); ok && float64(len([]rune(str))) < n {
			fail("shorter than %v", n)
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			fail("does not match %s", p)
		}
	case "integer":
		n, ok := v.(int)
		if !ok {
			fail("not a whole number: %v", v)
			break
		}
		if min, ok := s["minimum"].(float64); ok && float64(n) < min {
			fail("less than %v", min)
		}
		if max, ok := s["maximum"].(float64); ok && float64(n) > max {
			fail("more than %v", max)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			fail("not true or false")
		}
	}
	return errs
}
