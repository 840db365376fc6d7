package cases_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
)

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMalformed reads each broken case file in testdata/malformed and checks
// the whole message: where the problem is, what it is and how to fix it.
func TestMalformed(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"alias.yaml", "alias.yaml:13:19: YAML aliases (*kz) are not allowed in case files; write the value out"},
		{"bad-indent.yaml", `bad-indent.yaml:6: YAML syntax error: mapping values are not allowed in this context (check the indentation, or put a value containing ": " in quotes)`},
		{"bad-pronoun.yaml", `bad-pronoun.yaml:11:13: detainee.pronouns: "him" is not one of he, she, they (did you mean "he"?)`},
		{"bool-as-text.yaml", `bool-as-text.yaml:17:13: status.detained: expected true or false, got "yes"`},
		{"both-penalties.yaml", "both-penalties.yaml:21:18: give max_years or max_penalty, not both"},
		{"control-character.yaml", "control-character.yaml:14:17: control character U+001B in the file; remove it"},
		{"convicted-extradition.yaml", `convicted-extradition.yaml:14:14: convicted is for a trial in the holding state (proceeding: trial); for a sentence passed in the state that wants the person, say so in accusation, e.g. "a sentence of eight years’ imprisonment passed in absentia"`},
		{"destination-without-proceeding.yaml", "destination-without-proceeding.yaml:12:20: say how the person would be sent to Uzbekistan: give proceeding (deportation, expulsion, removal or return), or requesting_state for an extradition"},
		{"duplicate-key.yaml", `duplicate-key.yaml:12:3: field "name" given twice in detainee; keep one`},
		{"empty-required.yaml", `empty-required.yaml:10:9: "name" in detainee is empty; give it a value`},
		{"empty.yaml", "empty.yaml:1:1: the case file is empty; start from 'appeal init' or cases/djabbarbergenov.yaml"},
		{"enum-value.yaml", `enum-value.yaml:14:13: proceeding: "extradtion" is not one of extradition, deportation, expulsion, removal, return, trial (did you mean "extradition"?)`},
		{"impossible-date.yaml", `impossible-date.yaml:18:11: events[0].date: "2013-02-29" is not a date: February 2013 has 28 days`},
		{"invalid-utf8.yaml", "invalid-utf8.yaml:10:18: invalid UTF-8 (byte 0xE4); save the file as UTF-8"},
		{"list-for-text.yaml", "list-for-text.yaml:15:3: accusation: expected text, got a list"},
		{"missing-required.yaml", `missing-required.yaml:1:1: missing required field "accusation"`},
		{"negative-children.yaml", "negative-children.yaml:18:13: family.children: -2 is out of range (0 to 1000)"},
		{"not-a-mapping.yaml", "not-a-mapping.yaml:1:1: the case file: expected fields (name: value), got a list"},
		{"nul-byte.yaml", "nul-byte.yaml:14:17: NUL byte in the file; a case file is text"},
		{"sentence-without-conviction.yaml", "sentence-without-conviction.yaml:14:13: a sentence follows a conviction: give status.convicted, the date of the conviction (a year will do)"},
		{"spouse-pregnant.yaml", "spouse-pregnant.yaml:18:20: spouse_pregnant is set but no spouse is given; add spouse: wife (or husband, partner)"},
		{"tabs.yaml", "tabs.yaml:10:1: a tab character; YAML does not allow tabs for indentation, indent with spaces"},
		{"text-for-list.yaml", `text-for-list.yaml:17:11: requests: expected a list (lines starting with "- "), got "prevent the extradition of Mr Djabbarber…"`},
		{"two-documents.yaml", "two-documents.yaml:19:1: a case file holds one YAML document; remove the second '---' and what follows, or split it into another file"},
		{"unclosed-quote.yaml", "unclosed-quote.yaml:14: YAML syntax error: found unexpected end of stream (is a quotation mark or bracket left open?)"},
		// The misspelt field is not reported missing as well.
		{"unknown-field.yaml", "unknown-field.yaml:3:3: unknown field \"subjet\" in letter (did you mean \"subject\"?)"},
		{"version-3.yaml", "version-3.yaml:1:10: version 3 is not supported: this appeal reads version 1 and 2 case files"},
		{"version-2-field-in-1.yaml", "version-2-field-in-1.yaml:14:20: destination_state is a version 2 field; write version: 2 at the top of the file to use it"},
		{"wrong-type.yaml", `wrong-type.yaml:1:10: version: expected a whole number such as 4, got "one"`},
	}
	files, _ := filepath.Glob("testdata/malformed/*.yaml")
	if len(files) != len(tests) {
		t.Errorf("%d files in testdata/malformed, %d in the table; give each file its message", len(files), len(tests))
	}
	for _, tt := range tests {
		data := readFile(t, filepath.Join("testdata", "malformed", tt.file))
		c, err := cases.Parse(tt.file, data)
		if err == nil {
			t.Errorf("Parse(%s) = %+v, want error %q", tt.file, c, tt.want)
			continue
		}
		if got := err.Error(); got != tt.want {
			t.Errorf("Parse(%s) error:\n got %s\nwant %s", tt.file, got, tt.want)
		}
	}
}

// minimalCase is a complete case with nothing optional, to grow in tests.
const minimalCase = `version: 1
letter:
  subject: Appeal against the extradition of Makset Djabbarbergenov
recipient:
  name: Daulbayev
sender:
  organisation: Russian Ministries (USA)
detainee:
  name: Makset Djabbarbergenov
  pronouns: he
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: spurious charges of religious teaching
status:
  awaiting: the decision of the Prosecutor General
requests:
  - prevent the extradition of Mr Djabbarbergenov
`

// listOf is n list items made by item(i), as YAML under a field.
func listOf(field string, n int, item func(i int) string) string {
	var b strings.Builder
	b.WriteString(field + ":\n")
	for i := range n {
		b.WriteString("  - " + item(i) + "\n")
	}
	return b.String()
}

// billionLaughs is the alias bomb: ten levels of ten aliases each, which a
// decoder that expands aliases turns into 10^10 strings.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString(`lol0: &l0 "lol"` + "\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "lol%d: &l%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// TestLimits feeds Parse hostile and oversized case files: each must give a
// clear error, or a Case, within a second or two, never hang or panic.
func TestLimits(t *testing.T) {
	event := func(i int) string { return fmt.Sprintf("{date: 2012-02-29, what: event %d happened}", i) }
	tests := []struct {
		name string
		data string
		want string // the error, or "" for a good case
	}{
		{"over 1 MiB", minimalCase + "paragraphs:\n  - text: " + strings.Repeat("word ", cases.MaxSize/5) + "\n",
			"case.yaml: case file is larger than 1024 KiB; a case file holds one case"},
		{"alias bomb in unknown fields", billionLaughs() + minimalCase,
			`case.yaml:1:1: unknown field "lol0"`},
		{"alias bomb in a known field", minimalCase + strings.ReplaceAll(billionLaughs(), "lol9:", "cc:"),
			"case.yaml:27:10: YAML aliases (*l8) are not allowed in case files; write the value out"},
		{"alias bomb as the whole file", "&a [*a]\n", "case.yaml:1:1: the case file: expected fields (name: value), got a list"},
		{"10,000 nested lists", minimalCase + "cc: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n",
			"case.yaml:18:6: cc[0]: expected text, got a list"},
		{"10,000 nested mappings", minimalCase + "family: " + strings.Repeat("{a: ", 10000) + "1" + strings.Repeat("}", 10000) + "\n",
			`case.yaml:18:10: unknown field "a" in family`},
		{"1000 nested block mappings", minimalCase + "family:\n" + nestedBlocks(1000), `case.yaml:19:3: unknown field "a0" in family`},
		{"1001 events", minimalCase + listOf("events", 1001, event),
			"case.yaml:19:3: events: 1001 items is more than the 1000 a case file may list"},
		{"5000 charges", minimalCase + listOf("charges", 5000, func(int) string { return "{code: C, article: '1'}" }),
			"case.yaml:19:3: charges: 5000 items is more than the 1000 a case file may list"},
		{"999 events", minimalCase + listOf("events", 999, event), ""},
		{"10,000-character name", strings.Replace(minimalCase, "Makset Djabbarbergenov\n", strings.Repeat("Djabbarbergenov", 10000/15)+"\n", 1), ""},
		{"invalid UTF-8 in a value", strings.Replace(minimalCase, "Daulbayev", "Daul\xffbayev", 1),
			"case.yaml:5:13: invalid UTF-8 (byte 0xFF); save the file as UTF-8"},
		{"NUL byte in a key", strings.Replace(minimalCase, "accusation:", "accu\x00sation:", 1),
			"case.yaml:13:5: NUL byte in the file; a case file is text"},
		{"UTF-16", "\xff\xfe" + "v\x00e\x00r\x00", "case.yaml:1:1: invalid UTF-8 (byte 0xFF); save the file as UTF-8"},
		{"a byte-order mark", "\ufeff" + minimalCase, ""},
		{"a long value quoted in a message", strings.Replace(minimalCase, "version: 1", "version: x"+strings.Repeat("é", 30), 1),
			`case.yaml:1:10: version: expected a whole number such as 4, got "x` + strings.Repeat("é", 19) + `…"`},
		{"a 100,000-character field name", strings.Repeat("x", 100000) + ": 1\n" + minimalCase, "case.yaml:1: YAML syntax error: mapping values are not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			c, err := cases.Parse("case.yaml", []byte(tt.data))
			elapsed := time.Since(start)
			t.Logf("%d bytes read in %v: %.200v", len(tt.data), elapsed, err)
			if elapsed > 2*time.Second {
				t.Errorf("Parse took %v, want under a second", elapsed)
			}
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if c == nil {
					t.Fatal("Parse returned no Case")
				}
				return
			}
			var ds cases.Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("Parse error = %v (%T), want Diagnostics beginning %q", err, err, tt.want)
			}
			found := false
			for _, d := range ds {
				found = found || strings.HasPrefix(d.String(), tt.want)
			}
			if !found {
				t.Errorf("Parse error = %.300s\nwant a line beginning %q", err, tt.want)
			}
			if len(err.Error()) > 10000 {
				t.Errorf("Parse error is %d bytes long; a message should be read", len(err.Error()))
			}
		})
	}
}

// nestedBlocks is n mappings nested in block style, each indented more.
func nestedBlocks(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s a%d:\n", strings.Repeat(" ", i+1), i)
	}
	return b.String()
}

// endless is a reader that never ends, like a device or a pipe left open.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestLoadEndless reads a case from a stream that never ends: Load must stop
// after MaxSize bytes with a clear error, not read until memory runs out.
func TestLoadEndless(t *testing.T) {
	start := time.Now()
	_, err := cases.Load("-", endless{})
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("Load took %v", elapsed)
	}
	want := "<stdin>: case file is larger than 1024 KiB; a case file holds one case"
	if err == nil || err.Error() != want {
		t.Errorf("Load(endless stream) error = %v, want %q", err, want)
	}
}
