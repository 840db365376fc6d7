package letter

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestWordingOverride(t *testing.T) {
	wd, err := LoadWording(fstest.MapFS{
		"en.tmpl": {Data: []byte(`{{define "opening"}}We write on behalf of our members about {{.FullName}}.{{end}}`)},
		"ru.tmpl": {Data: []byte(`{{define "opening"}}Пишем Вам от имени наших членов.{{end}}`)},
	}, "org")
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := wd.Overridden("en", "opening"); !ok || f != "org/en.tmpl" {
		t.Errorf("Overridden(en, opening) = %q, %v", f, ok)
	}
	l, err := Compose(baseCase(), Options{Wording: wd})
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Body[0].(*Paragraph).Text; got != "We write on behalf of our members about Mr\u00a0Aziz Karimov." {
		t.Errorf("opening = %q", got)
	}
	// What is not overridden stays built in.
	if got := l.Body[1].(*Paragraph).Text; !strings.HasPrefix(got, "We understand that") {
		t.Errorf("situation = %q", got)
	}
	l, err = Compose(ruCase(), Options{Wording: wd})
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Body[0].(*Paragraph).Text; got != "Пишем Вам от имени наших членов." {
		t.Errorf("Russian opening = %q", got)
	}
	// The built-in wording is unchanged.
	l, _ = Compose(baseCase(), Options{})
	if got := l.Body[0].(*Paragraph).Text; !strings.HasPrefix(got, "We are writing to you") {
		t.Errorf("built-in opening after an override = %q", got)
	}
}

func TestWordingErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file, text, want string
	}{
		{"syntax", "en.tmpl", "{{define \"opening\"}}\nWe write {{if .Deadline}}urgently.\n{{end}}",
			`org/en.tmpl:3:1: unexpected EOF; is an {{end}} or a }} missing?`},
		{"unknown paragraph", "en.tmpl", "\n  {{define \"openning\"}}x{{end}}",
			`org/en.tmpl:2:3: unknown paragraph "openning" in en wording (did you mean "opening"?)`},
		{"no such function", "en.tmpl", "{{define \"opening\"}}{{readFile \"/etc/passwd\"}}{{end}}",
			`function "readFile" not defined; templates may call only the functions 'appeal wording list' names`},
		{"no such language", "fr.tmpl", "{{define \"opening\"}}x{{end}}", `org/fr.tmpl:1:1: no wording in language "fr"`},
		{"text outside a paragraph", "en.tmpl", "Dear all\n{{define \"opening\"}}x{{end}}", `org/en.tmpl:1:1: text outside {{define "name"}}`},
	} {
		_, err := LoadWording(fstest.MapFS{tc.file: {Data: []byte(tc.text)}}, "org")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}

// TestWordingExecutionErrors: a field that does not exist, and a
// paragraph that says nothing, are errors at the template's file:line:col
// when the letter is composed, and no letter comes back.
func TestWordingExecutionErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"{{define \"opening\"}}\nWe write about {{.Fullname}}.{{end}}",
			`org/en.tmpl:2:18: paragraph "opening": .Fullname: can't evaluate field Fullname in type *letter.facts; 'appeal wording list' shows the fields each paragraph receives`},
		{"{{define \"opening\"}}{{if .Deadline}}Urgent.{{end}}{{end}}",
			`org/en.tmpl:1:1: paragraph "opening" says nothing for this case, where appeal's own says "We are writing to you`},
	} {
		wd, err := LoadWording(fstest.MapFS{"en.tmpl": {Data: []byte(tc.text)}}, "org")
		if err != nil {
			t.Fatal(err)
		}
		l, err := Compose(baseCase(), Options{Wording: wd})
		if l != nil || err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Compose = %v, %v; want the error %q", l != nil, err, tc.want)
		}
	}
}

func TestBuiltinWordingParagraphs(t *testing.T) {
	wd := BuiltinWording()
	en, ru := wd.Paragraphs("en"), wd.Paragraphs("ru")
	for _, name := range []string{"opening", "situation", "status", "closing", "treaty-bound", "quote-intro", "ask-lawyer"} {
		if !strings.Contains(strings.Join(en, " "), name) || !strings.Contains(strings.Join(ru, " "), name) {
			t.Errorf("paragraph %q missing: en %v, ru %v", name, en, ru)
		}
	}
}
