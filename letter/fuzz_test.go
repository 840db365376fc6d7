package letter_test

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/yuin/goldmark"
	"go.yaml.in/yaml/v3"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
	"github.com/appeal-letters/appeal/treaties"
)

// exampleCase is the case the fuzzers change field by field.
const exampleCase = "../cases/djabbarbergenov.yaml"

// fuzzOptions compose without the clock or the file system; the treaty data
// is loaded once, not once per input.
var fuzzOptions = letter.Options{
	Now:     fixedNow,
	Library: treaties.Builtin(),
	Records: treaties.BuiltinRecords(),
	Files:   fstest.MapFS{},
}

// seedCaseFiles are the example cases and the malformed-case corpus.
func seedCaseFiles(f *testing.F) [][]byte {
	f.Helper()
	var seeds [][]byte
	for _, pattern := range []string{"../cases/*.yaml", "../cases/testdata/malformed/*.yaml"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			seeds = append(seeds, data)
		}
	}
	if len(seeds) == 0 {
		f.Fatal("no seed case files")
	}
	return seeds
}

// hostile are values that mean something in Markdown, HTML, templates or a
// terminal; a letter must show each literally.
var hostile = []string{
	"Makset Djabbarbergenov",
	"*bold* _em_ __strong__ **x**",
	"[link](http://example.com) <b>tag</b> <!-- c --> <http://x.org>",
	"# heading",
	"1. first",
	"2) second",
	"- item",
	"+ item",
	"> quote",
	"{{.FullName}} {{template \"closing\"}}",
	"`code` ``x``",
	"&amp; &lt; &#42; &copy",
	"a\\b\\",
	"---",
	"===",
	"| a | b |",
	"~~strike~~ ~~~",
	"Ödön  von\tHorváth\ne\u0301",
	"王小明 محمد Дмитрий",
	"x\u00a0y",
	strings.Repeat("Long", 40),
}

// setField sets the scalar at path ("detainee.name", "requests[1]") in a
// YAML document to value, quoted so that YAML keeps it as text.
func setField(t *testing.T, doc *yaml.Node, path string, value string, tag string) {
	t.Helper()
	n := doc.Content[0]
	for _, part := range strings.Split(path, ".") {
		key, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 {
			key = part[:i]
			index, _ = strconv.Atoi(strings.TrimSuffix(part[i+1:], "]"))
		}
		n = mapValue(t, n, key)
		if index >= 0 {
			if n.Kind != yaml.SequenceNode || index >= len(n.Content) {
				t.Fatalf("%s: no item %d", path, index)
			}
			n = n.Content[index]
		}
	}
	*n = yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
	if tag == "!!str" {
		n.Style = yaml.DoubleQuotedStyle
	}
}

func mapValue(t *testing.T, m *yaml.Node, key string) *yaml.Node {
	t.Helper()
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	t.Fatalf("no field %q in the example case", key)
	return nil
}

// A fuzzed names a fuzzed text field: where it goes in the case file and how
// to read it back from the parsed Case.
type fuzzed struct {
	path string
	get  func(c *cases.Case) string
}

var fuzzedFields = []fuzzed{
	{"detainee.name", func(c *cases.Case) string { return c.Detainee.Name }},
	{"recipient.name", func(c *cases.Case) string { return c.Recipient.Name }},
	// The sender's own text is written in the letter's typography:
	// curly quotes, undotted honorifics.
	{"accusation", func(c *cases.Case) string { return letter.Prose(c.Accusation) }},
	{"paragraphs[0].text", func(c *cases.Case) string { return letter.Prose(c.Paragraphs[0].Text) }},
	// A request is shown as it reads after "ask you to": without a number
	// or "please" of its own, a statement after "ensure that".
	{"requests[1]", func(c *cases.Case) string { return letter.Request(c.Requests[1]) }},
	// The offence is quoted inside the letter's sentence, which ends it.
	{"charges[0].offence", func(c *cases.Case) string { return letter.Offence(c.Charges[0].Offence) }},
}

// printed is a letter in every text format, as a reader sees it: the plain
// text and the Markdown rendered by a CommonMark implementation.
type printed struct {
	text, markdown, rendered string
}

func printAll(t *testing.T, l *letter.Letter) printed {
	t.Helper()
	var p printed
	var b bytes.Buffer
	if err := (&letter.Text{}).Print(&b, l); err != nil {
		t.Fatalf("Text.Print: %v", err)
	}
	p.text = b.String()
	b.Reset()
	if err := (&letter.Markdown{}).Print(&b, l); err != nil {
		t.Fatalf("Markdown.Print: %v", err)
	}
	p.markdown = b.String()
	var h bytes.Buffer
	if err := goldmark.Convert(b.Bytes(), &h); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	if strings.Contains(h.String(), "raw HTML omitted") {
		t.Errorf("Markdown lets HTML through:\n%s", p.markdown)
	}
	p.rendered = html.UnescapeString(htmlTag.ReplaceAllString(h.String(), " "))
	for _, out := range []struct{ name, s string }{{"text", p.text}, {"Markdown", p.markdown}} {
		for _, r := range out.s {
			if r != '\n' && unicode.IsControl(r) {
				t.Errorf("%s output has control character %U", out.name, r)
				break
			}
		}
	}
	return p
}

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// fold folds every run of white space to one space, as a reader does across
// the line breaks of wrapped text.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// squeeze drops all white space, for text with words too long for a line,
// which wrapping cuts.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// showsLiterally reports whether a reader of out sees value as written.
// The isolation marks printers put around right-to-left words are not
// seen.
func showsLiterally(out, value string) bool {
	out = strings.NewReplacer("\u2068", "", "\u2069", "").Replace(out)
	if strings.Contains(fold(out), fold(value)) {
		return true
	}
	for _, w := range strings.Fields(value) {
		if len([]rune(w)) > 30 { // cut across lines
			return strings.Contains(squeeze(out), squeeze(value))
		}
	}
	return false
}

// composeBytes reads a case file and, if it is a good one, composes and
// prints it; it must never panic, and must finish quickly.
func composeBytes(t *testing.T, data []byte) (*letter.Letter, bool) {
	t.Helper()
	c, err := cases.Parse("case.yaml", data)
	if err != nil {
		return nil, false
	}
	l, err := letter.Compose(c, fuzzOptions)
	if err != nil {
		var ds cases.Diagnostics
		if !errors.As(err, &ds) {
			t.Fatalf("Compose error is %T, not cases.Diagnostics: %v", err, err)
		}
		return nil, false
	}
	return l, true
}

// withFields returns the example case file with fuzzed values in the
// fuzzedFields, or false if YAML cannot carry them.
func withFields(t *testing.T, example []byte, values []string) ([]byte, bool) {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(example, &doc); err != nil {
		t.Fatal(err)
	}
	for i, f := range fuzzedFields {
		setField(t, &doc, f.path, values[i], "!!str")
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		return nil, false
	}
	return out, true
}

// watch turns a hang into a crash, which the fuzzer keeps as a failing input.
func watch(what string) *time.Timer {
	return time.AfterFunc(20*time.Second, func() { panic(what + " hung on this input") })
}

// FuzzCompose composes letters from fuzzed case files, and from the example
// case with fuzzed text in six fields and fuzzed numbers, and prints them as
// text and Markdown: nothing may panic, and every fuzzed text must show
// literally in both.
func FuzzCompose(f *testing.F) {
	example, err := os.ReadFile(exampleCase)
	if err != nil {
		f.Fatal(err)
	}
	for i, data := range seedCaseFiles(f) {
		h := hostile[i%len(hostile)]
		f.Add(data, h, hostile[(i+1)%len(hostile)], h, h, h, h, 4, 3)
	}
	for i, h := range hostile {
		f.Add([]byte{}, h, h, hostile[(i+3)%len(hostile)], h, h, h, i, i*7)
	}
	f.Fuzz(func(t *testing.T, data []byte, detainee, recipient, accusation, paragraph, request, offence string, children, maxYears int) {
		defer watch("composing").Stop()
		start := time.Now()
		if l, ok := composeBytes(t, data); ok {
			printAll(t, l)
		}

		values := []string{detainee, recipient, accusation, paragraph, request, offence}
		file, ok := withFields(t, example, values)
		if !ok {
			return
		}
		c, err := cases.Parse("case.yaml", file)
		if err != nil {
			return // a value no case file may hold; FuzzParse checks the message
		}
		// Numbers are set on the Case itself: Compose takes any Case, not
		// only the ones Parse accepts.
		c.Family.Children = children
		c.Charges[0].MaxYears = maxYears
		l, err := letter.Compose(c, fuzzOptions)
		if err != nil {
			t.Fatalf("Compose: %v\ncase file:\n%s", err, file)
		}
		p := printAll(t, l)
		for _, fld := range fuzzedFields {
			v := fld.get(c)
			if !showsLiterally(p.text, v) {
				t.Errorf("text letter does not show %s %q literally:\n%s", fld.path, v, p.text)
			}
			if !showsLiterally(p.rendered, v) {
				t.Errorf("Markdown letter does not show %s %q literally:\n%s\nrendered:\n%s", fld.path, v, p.markdown, p.rendered)
			}
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("composing and printing took %v", d)
		}
	})
}

// A limitCase is a case at or past the sizes a case file allows.
type limitCase struct {
	name  string
	edit  func(c *cases.Case)
	shows string // a value the letter must show literally
}

// limitCases are the example case pushed to its limits, one way each.
func limitCases() []limitCase {
	// long is word repeated to n characters, cut at the last one.
	long := func(word string, n int) string {
		r := []rune(strings.Repeat(word, n/len([]rune(word))+1))
		return strings.TrimSpace(string(r[:n]))
	}
	return []limitCase{
		{"999 events", func(c *cases.Case) {
			c.Events = nil
			for i := range 999 {
				c.Events = append(c.Events, cases.Event{Date: cases.Date{Year: 2012, Month: i%12 + 1, Day: i%28 + 1}, What: fmt.Sprintf("event %d happened", i)})
			}
		}, "event 998 happened"},
		{"1000 charges", func(c *cases.Case) {
			for i := range 999 {
				c.Charges = append(c.Charges, cases.Charge{Code: "Uzbek Criminal Code", Article: fmt.Sprint(i), Offence: "an offence", MaxYears: i % 30})
			}
		}, "Article 998 of the same Code"},
		{"1000 requests", func(c *cases.Case) {
			for i := len(c.Requests); i < 1000; i++ {
				c.Requests = append(c.Requests, fmt.Sprintf("do thing %d", i))
			}
		}, "to do thing 999."},
		{"10,000-character name in one word", func(c *cases.Case) {
			c.Detainee.Name = long("Djabbarbergenov", 10000)
			c.Recipient.Name = c.Detainee.Name
		}, long("Djabbarbergenov", 10000)},
		{"10,000-character name in words", func(c *cases.Case) {
			c.Detainee.Name = long("Makset Djabbarbergenov ", 10000)
		}, long("Makset Djabbarbergenov ", 10000)},
		{"10,000 wide characters", func(c *cases.Case) {
			c.Paragraphs[0].Text = long("王小明", 10000)
		}, long("王小明", 10000)},
		{"10,000 combining marks", func(c *cases.Case) {
			c.Paragraphs[0].Text = "e" + long("\u0301", 10000)
		}, "e" + long("\u0301", 10000)},
		{"1 MiB paragraph", func(c *cases.Case) {
			c.Paragraphs[0].Text = long("word ", 1<<20)
		}, long("word ", 1<<20)},
		{"huge numbers", func(c *cases.Case) {
			c.Family.Children = 1<<63 - 1
			c.Charges[0].MaxYears = 1<<63 - 1
		}, "9223372036854775807 children"},
		{"negative numbers", func(c *cases.Case) {
			c.Family.Children = -1 << 63
			c.Charges[0].MaxYears = -1
		}, "Article 229-2"},
	}
}

// limitLetter composes the example case changed by edit.
func limitLetter(t *testing.T, edit func(c *cases.Case)) *letter.Letter {
	t.Helper()
	c, err := cases.Load(exampleCase, nil)
	if err != nil {
		t.Fatal(err)
	}
	edit(c)
	l, err := letter.Compose(c, fuzzOptions)
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	return l
}

// TestLimits composes and prints letters at and past the sizes a case file
// allows: each must come out whole within a second, never hang or panic.
func TestLimits(t *testing.T) {
	for _, tt := range limitCases() {
		t.Run(tt.name, func(t *testing.T) {
			c, err := cases.Load(exampleCase, nil)
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(c)
			start := time.Now()
			l, err := letter.Compose(c, fuzzOptions)
			if err != nil {
				t.Fatalf("Compose: %v", err)
			}
			composed := time.Since(start)
			p := printAll(t, l)
			elapsed := time.Since(start)
			t.Logf("composed in %v, printed as text (%d bytes) and Markdown (%d bytes) in %v",
				composed, len(p.text), len(p.markdown), elapsed-composed)
			if elapsed > 2*time.Second {
				t.Errorf("composing and printing took %v, want under a second", elapsed)
			}
			if !showsLiterally(p.text, tt.shows) {
				t.Errorf("text letter does not show %.80q", tt.shows)
			}
			if !showsLiterally(p.rendered, tt.shows) {
				t.Errorf("Markdown letter does not show %.80q", tt.shows)
			}
		})
	}
}
