package treaties

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

var spaces = regexp.MustCompile(`\s+`)

func squash(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// quoted returns the quoted treaty text of each "### Article" heading in
// testdata/treaty-texts.md, keyed by the "## n. Treaty name" section line and
// the heading line, with the Source line after it.
type article struct{ section, heading, text, source string }

func readTexts(t *testing.T) []article {
	t.Helper()
	data, err := os.ReadFile("testdata/treaty-texts.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []article
	var section string
	var cur *article
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			section, cur = line, nil
		case strings.HasPrefix(line, "### "):
			out = append(out, article{section: section, heading: line})
			cur = &out[len(out)-1]
		case cur != nil && strings.HasPrefix(line, ">"):
			cur.text += " " + strings.TrimPrefix(line, ">")
		case cur != nil && strings.HasPrefix(line, "Source: "):
			cur.source = strings.TrimPrefix(line, "Source: ")
		}
	}
	return out
}

// TestClauseTexts checks every built-in clause against the text it was
// copied from: each paragraph verbatim (whitespace aside) under the
// article's heading in the treaty's section.
func TestClauseTexts(t *testing.T) {
	texts := readTexts(t)
	for _, c := range Builtin().Clauses() {
		head := "### Article " + c.Article
		if i := strings.IndexAny(c.Article, "ABCDEFGH"); i > 0 && c.Article != "I" {
			head = "### Article " + c.Article[:i] + ", section " + c.Article[i:]
		}
		var found *article
		for i, a := range texts {
			if strings.Contains(a.section, c.Treaty.Name) && (a.heading == head || strings.HasPrefix(a.heading, head+" ") || strings.HasPrefix(a.heading, head+",")) {
				found = &texts[i]
			}
		}
		if found == nil {
			t.Errorf("%s: no %q under a section naming %q in testdata/treaty-texts.md", c.ID, head, c.Treaty.Name)
			continue
		}
		body := squash(found.text)
		for i, p := range c.Paragraphs {
			if p == Omitted && i > 0 && i < len(c.Paragraphs)-1 {
				continue
			}
			if !strings.Contains(body, squash(p)) {
				t.Errorf("%s: Paragraphs[%d] = %q, not in the source text of %s", c.ID, i, p, found.heading)
			}
		}
		if c.Heading != "" && !strings.Contains(found.heading, "*"+c.Heading+"*") {
			t.Errorf("%s: Heading = %q, source heading is %q", c.ID, c.Heading, found.heading)
		}
		if c.Source != found.source {
			t.Errorf("%s: Source = %q, want %q", c.ID, c.Source, found.source)
		}
	}
}

func TestBuiltinClauses(t *testing.T) {
	l := Builtin()
	for _, tt := range []struct {
		id, cite, treaty, heading, first string
		n                                int
	}{
		{"refugee-convention-1a", "article 1, section A", "refugee-convention", "", "A. For the purposes", 5},
		// A paragraph of section A completes its opening words, and is
		// quoted with them, the paragraphs between marked as cut.
		{"refugee-convention-1a.1", "article 1, section A, paragraph 1", "refugee-convention", "", "A. For the purposes", 3},
		{"refugee-convention-1a.2", "article 1, section A, paragraph 2", "refugee-convention", "", "A. For the purposes", 4},
		{"refugee-convention-31", "article 31", "refugee-convention", "Refugees unlawfully in the Country of Refuge", "1. The Contracting States", 2},
		{"refugee-convention-32.2", "article 32, paragraph 2", "refugee-convention", "Expulsion", "The expulsion of such a refugee", 1},
		{"refugee-convention-33", "article 33", "refugee-convention", `Prohibition of Expulsion or Return ("Refoulement")`, "1. No Contracting State", 2},
		{"refugee-convention-33.1", "article 33, paragraph 1", "refugee-convention", `Prohibition of Expulsion or Return ("Refoulement")`, `No Contracting State shall expel or return ("refouler")`, 1},
		{"refugee-protocol-1", "article I", "refugee-protocol", "General provision", "1. The States Parties", 3},
		{"refugee-protocol-1.3", "article I, paragraph 3", "refugee-protocol", "General provision", "The present Protocol shall be applied", 1},
		{"cat-1.1", "article 1, paragraph 1", "cat", "", "For the purposes of this Convention", 1},
		{"cat-3", "article 3", "cat", "", "1. No State Party shall expel", 2},
		{"cat-3.2", "article 3, paragraph 2", "cat", "", "For the purpose of determining", 1},
		{"cat-22.5", "article 22, paragraph 5", "cat", "", "The Committee shall not consider", 3},
		{"iccpr-2", "article 2", "iccpr", "", "1. Each State Party", 5},
		{"iccpr-6.1", "article 6, paragraph 1", "iccpr", "", "Every human being", 1},
		{"iccpr-7", "article 7", "iccpr", "", "No one shall be subjected to torture", 1},
		{"iccpr-9.4", "article 9, paragraph 4", "iccpr", "", "Anyone who is deprived", 1},
		{"iccpr-12", "article 12", "iccpr", "", "1. Everyone lawfully within the territory", 4},
		{"iccpr-12.4", "article 12, paragraph 4", "iccpr", "", "No one shall be arbitrarily deprived of the right to enter", 1},
		{"iccpr-13", "article 13", "iccpr", "", "An alien lawfully in the territory", 1},
		{"iccpr-14.1", "article 14, paragraph 1", "iccpr", "", "All persons shall be equal", 1},
		{"iccpr-14.3", "article 14, paragraph 3", "iccpr", "", "In the determination", 8},
		{"iccpr-18.1", "article 18, paragraph 1", "iccpr", "", "Everyone shall have the right to freedom of thought", 1},
		{"iccpr-19.2", "article 19, paragraph 2", "iccpr", "", "Everyone shall have the right to freedom of expression", 1},
		{"iccpr-23.1", "article 23, paragraph 1", "iccpr", "", "The family is", 1},
		{"iccpr-24.1", "article 24, paragraph 1", "iccpr", "", "Every child shall have", 1},
		{"crc-3.1", "article 3, paragraph 1", "crc", "", "In all actions concerning children", 1},
		{"crc-9", "article 9", "crc", "", "1. States Parties shall ensure", 4},
		{"crc-22.1", "article 22, paragraph 1", "crc", "", "States Parties shall take appropriate measures", 1},
		{"crc-37", "article 37", "crc", "", "States Parties shall ensure that:", 5},
		{"udhr-14.1", "article 14, paragraph 1", "udhr", "", "Everyone has the right to seek", 1},
		{"udhr-18", "article 18", "udhr", "", "Everyone has the right to freedom of thought", 1},
		{"echr-3", "article 3", "echr", "Prohibition of torture", "No one shall be subjected to torture", 1},
		{"echr-5", "article 5", "echr", "Right to liberty and security", "1. Everyone has the right to liberty", 11},
		{"echr-5.1", "article 5, paragraph 1", "echr", "Right to liberty and security", "Everyone has the right to liberty", 7},
		{"echr-5.4", "article 5, paragraph 4", "echr", "Right to liberty and security", "Everyone who is deprived of his liberty", 1},
		{"echr-8", "article 8", "echr", "Right to respect for private and family life", "1. Everyone has the right to respect", 2},
		{"echr-9.2", "article 9, paragraph 2", "echr", "Freedom of thought, conscience and religion", "Freedom to manifest", 1},
		{"echr-10.1", "article 10, paragraph 1", "echr", "Freedom of expression", "Everyone has the right to freedom of expression", 1},
		{"echr-13", "article 13", "echr", "Right to an effective remedy", "Everyone whose rights and freedoms", 1},
		{"echr-p7-1", "article 1", "echr-p7", "Procedural safeguards relating to expulsion of aliens", "1. An alien lawfully resident", 5},
		{"echr-p7-1.2", "article 1, paragraph 2", "echr-p7", "Procedural safeguards relating to expulsion of aliens", "An alien may be expelled before", 1},
		{"achr-22.8", "article 22, paragraph 8", "achr", "", "In no case may an alien be deported", 1},
	} {
		c, ok := l.Clause(tt.id)
		if !ok {
			t.Errorf("Clause(%q) not found", tt.id)
			continue
		}
		if got := c.Cite(); got != tt.cite {
			t.Errorf("Clause(%q).Cite() = %q, want %q", tt.id, got, tt.cite)
		}
		if c.Treaty.ID != tt.treaty {
			t.Errorf("Clause(%q).Treaty.ID = %q, want %q", tt.id, c.Treaty.ID, tt.treaty)
		}
		if c.Heading != tt.heading {
			t.Errorf("Clause(%q).Heading = %q, want %q", tt.id, c.Heading, tt.heading)
		}
		if len(c.Paragraphs) != tt.n {
			t.Errorf("len(Clause(%q).Paragraphs) = %d, want %d", tt.id, len(c.Paragraphs), tt.n)
		} else if !strings.HasPrefix(c.Paragraphs[0], tt.first) {
			t.Errorf("Clause(%q).Paragraphs[0] = %q, want prefix %q", tt.id, c.Paragraphs[0], tt.first)
		}
	}
	// The Covenant's English text reads "The press" (the OHCHR-derived copy;
	// the Dutch Treaty Series copy capitalises "Press").
	if c, _ := l.Clause("iccpr-14.1"); c == nil || !strings.Contains(c.Paragraphs[0], "The press and the public") {
		t.Errorf("Clause(%q) does not read %q", "iccpr-14.1", "The press and the public")
	}
	// Only paragraph 8 of American Convention article 22 was read; the whole
	// article's clause says so.
	if c, _ := l.Clause("achr-22"); c == nil || len(c.Paragraphs) != 1 || !strings.Contains(c.Note, "Only paragraph 8") {
		t.Errorf("Clause(%q) is not marked as paragraph 8 only", "achr-22")
	}
	// ICCPR article 2(2) is left out until its wording is confirmed.
	if _, ok := l.Clause("iccpr-2.2"); ok {
		t.Errorf("Clause(%q) found, want it left out (wording unconfirmed)", "iccpr-2.2")
	}
	if c, _ := l.Clause("iccpr-2"); c == nil || !strings.Contains(c.Note, "Paragraph 2 is left out") {
		t.Errorf("Clause(%q).Note does not explain the missing paragraph 2", "iccpr-2")
	}
}

func TestBuiltinTreaties(t *testing.T) {
	l := Builtin()
	var ids []string
	for _, tr := range l.Treaties() {
		ids = append(ids, tr.ID)
	}
	if want := []string{"refugee-convention", "refugee-protocol", "cat", "iccpr", "crc", "udhr", "echr", "echr-p7", "achr"}; !slices.Equal(ids, want) {
		t.Errorf("Treaties() = %q, want %q", ids, want)
	}
	for _, tt := range []struct {
		id, concluded, records, protocol string
		declaration                      bool
		languages                        []string
	}{
		{"refugee-convention", "Geneva, 28 July 1951", "REF1951", "refugee-protocol", false, []string{"English", "French"}},
		{"refugee-protocol", "New York, 31 January 1967", "REF1967", "", false, nil},
		{"cat", "New York, 10 December 1984", "CAT", "", false, []string{"Arabic", "Chinese", "English", "French", "Russian", "Spanish"}},
		{"iccpr", "New York, 16 December 1966", "ICCPR", "", false, []string{"Chinese", "English", "French", "Russian", "Spanish"}},
		{"crc", "New York, 20 November 1989", "CRC", "", false, []string{"Arabic", "Chinese", "English", "French", "Russian", "Spanish"}},
		{"udhr", "GA res. 217 A (III), 10 December 1948", "", "", true, nil},
		{"echr", "Rome, 4 November 1950", "ECHR", "", false, []string{"English", "French"}},
		{"echr-p7", "Strasbourg, 22 November 1984", "ECHR-P7", "", false, []string{"English", "French"}},
		{"achr", "San José, 22 November 1969", "ACHR", "", false, []string{"Spanish", "English", "Portuguese", "French"}},
	} {
		tr, ok := l.Treaty(tt.id)
		if !ok {
			t.Errorf("Treaty(%q) not found", tt.id)
			continue
		}
		if tr.Concluded != tt.concluded || tr.Records != tt.records || tr.Protocol != tt.protocol || tr.Declaration != tt.declaration {
			t.Errorf("Treaty(%q) = {Concluded %q, Records %q, Protocol %q, Declaration %v}, want {%q, %q, %q, %v}",
				tt.id, tr.Concluded, tr.Records, tr.Protocol, tr.Declaration, tt.concluded, tt.records, tt.protocol, tt.declaration)
		}
		if !slices.Equal(tr.Languages, tt.languages) {
			t.Errorf("Treaty(%q).Languages = %q, want %q", tt.id, tr.Languages, tt.languages)
		}
		if len(tr.Languages) > 0 && tr.LanguagesSource == "" {
			t.Errorf("Treaty(%q).LanguagesSource is empty", tt.id)
		}
	}
}

func TestSuggest(t *testing.T) {
	l := Builtin()
	for _, tt := range []struct {
		id   string
		want string // among the suggestions
	}{
		{"cat-33", "cat-3"},
		{"refugee-convention-33.3", "refugee-convention-33.1"},
		{"refugee-conventon-33", "refugee-convention-33"},
		{"iccpr18", "iccpr-18"},
		{"echr-3.1", "echr-3"},
	} {
		got := l.Suggest(tt.id)
		if !slices.Contains(got, tt.want) || len(got) > 3 {
			t.Errorf("Suggest(%q) = %q, want %q among at most 3", tt.id, got, tt.want)
		}
	}
	if got := l.Suggest("completely-unrelated-words"); len(got) != 0 {
		t.Errorf("Suggest(%q) = %q, want none", "completely-unrelated-words", got)
	}
}

const mine = `id: my-treaty
name: My Treaty
articles:
  - article: "5"
    source: typed in
    paragraphs:
      - number: "1"
        text:
          - "1. First."
      - number: "2"
        text:
          - "2. Second."
`

func TestLoadErrors(t *testing.T) {
	for _, tt := range []struct {
		name, file string
		want       []string
	}{
		{"unknown field", "id: x\nname: X\narticles:\n  - article: \"1\"\n    source: s\n    paragrafs:\n      - text: [a]\n",
			[]string{`mine.yaml:6:5: unknown field "paragrafs" in article (did you mean "paragraphs"?)`, `mine.yaml:4:5: missing field "paragraphs"`}},
		{"missing fields", "articles: []\n",
			[]string{`mine.yaml:1:1: missing field "id"`, `mine.yaml:1:1: missing field "name"`, `mine.yaml:1:11: articles is empty`}},
		{"syntax", "id: x\nname: [unclosed\n", []string{"mine.yaml:"}},
		{"bad number", "id: x\nname: X\narticles:\n  - article: \"1\"\n    source: s\n    paragraphs:\n      - number: \"2\"\n        text:\n          - \"1. wrong\"\n",
			[]string{`mine.yaml:9:13: paragraph 2 text must start with "2. " or "(2) "`}},
		{"bad id", "id: My Treaty\nname: X\narticles:\n  - article: \"1\"\n    source: s\n    paragraphs:\n      - text: [a]\n",
			[]string{`mine.yaml:1:5: id "My Treaty" must be lower-case`}},
		{"duplicate clause", "id: x\nname: X\narticles:\n  - article: \"1\"\n    source: s\n    paragraphs:\n      - text: [a]\n  - article: \"1\"\n    source: s\n    paragraphs:\n      - text: [b]\n",
			[]string{`mine.yaml:8:5: clause "x-1" defined twice (first on line 4)`}},
	} {
		_, err := Load(fstest.MapFS{"mine.yaml": {Data: []byte(tt.file)}})
		if err == nil {
			t.Errorf("%s: Load = nil error, want %q", tt.name, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: Load error = %q, want it to contain %q", tt.name, err, w)
			}
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: Load error %v is not a *ParseError", tt.name, err)
		}
	}
	// All files' errors come in one run.
	_, err := Load(fstest.MapFS{"a.yaml": {Data: []byte("id: a\n")}, "b.yaml": {Data: []byte("id: b\n")}})
	if err == nil || !strings.Contains(err.Error(), "a.yaml:") || !strings.Contains(err.Error(), "b.yaml:") {
		t.Errorf("Load(two bad files) = %v, want errors for both", err)
	}
}

func TestLoadAndMerge(t *testing.T) {
	over := `id: cat
name: Convention against Torture (my copy)
short: CAT
articles:
  - article: "3"
    source: my copy
    paragraphs:
      - text:
          - "Replaced."
`
	user, err := Load(fstest.MapFS{"mine.yaml": {Data: []byte(mine)}, "cat.yaml": {Data: []byte(over)}})
	if err != nil {
		t.Fatal(err)
	}
	c, ok := user.Clause("my-treaty-5.2")
	if !ok || c.Paragraphs[0] != "Second." || c.Cite() != "article 5, paragraph 2" || c.Treaty.Short != "My Treaty" {
		t.Fatalf("Clause(%q) = %+v, %v", "my-treaty-5.2", c, ok)
	}
	b := Builtin()
	m := b.Merge(user)
	if c, ok := m.Clause("cat-3"); !ok || c.Paragraphs[0] != "Replaced." {
		t.Errorf("Merge: Clause(%q) = %v, want the user's", "cat-3", c)
	}
	if _, ok := m.Clause("cat-22"); ok {
		t.Errorf("Merge: Clause(%q) still there, want the whole treaty replaced", "cat-22")
	}
	if _, ok := m.Clause("my-treaty-5"); !ok {
		t.Errorf("Merge: Clause(%q) missing", "my-treaty-5")
	}
	if _, ok := m.Clause("refugee-convention-33.1"); !ok {
		t.Errorf("Merge: Clause(%q) missing", "refugee-convention-33.1")
	}
	if got := m.Treaties()[len(m.Treaties())-1].ID; got != "my-treaty" {
		t.Errorf("Merge: last treaty = %q, want %q", got, "my-treaty")
	}
	if c, _ := b.Clause("cat-3"); c.Paragraphs[0] == "Replaced." {
		t.Errorf("Merge changed the receiver")
	}
}

// TestChapeau checks that a paragraph which completes an article's
// opening words is quoted with them, keeps its own number, and marks the
// paragraphs left out between them.
func TestChapeau(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want []string
	}{
		{"refugee-convention-1a.1", []string{`A. For the purposes of the present Convention, the term "refugee" shall apply to any person who:`, "(1) Has been considered", "Decisions of non-eligibility"}},
		{"refugee-convention-1a.2", []string{`A. For the purposes of the present Convention, the term "refugee" shall apply to any person who:`, Omitted, "(2) As a result of events occurring before 1 January 1951", "In the case of a person who has more than one nationality"}},
		{"refugee-convention-33.1", []string{`No Contracting State shall expel`}},
	} {
		c, ok := Builtin().Clause(tt.id)
		if !ok {
			t.Fatalf("Clause(%q) not found", tt.id)
		}
		if len(c.Paragraphs) != len(tt.want) {
			t.Errorf("Clause(%q).Paragraphs = %q, want %d paragraphs", tt.id, c.Paragraphs, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(c.Paragraphs[i], w) {
				t.Errorf("Clause(%q).Paragraphs[%d] = %q, want prefix %q", tt.id, i, c.Paragraphs[i], w)
			}
		}
	}
}
