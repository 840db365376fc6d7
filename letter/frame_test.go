package letter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// threeRecipients is a case written to three officials.
const threeRecipients = `version: 2
letter: {subject: Appeal for Ms Jane Roe, date: 2026-11-20}
recipients:
  - {id: prosecutor, honorific: Mr, name: Askar Daulbayev, title: Prosecutor General of Kazakhstan, address: [Astana]}
  - {honorific: H.E., name: Erlan Idrissov, title: Minister of Foreign Affairs}
  - {name: Maxim Petrov, organisation: Consulate of Kazakhstan}
sender: {organisation: Friends of the Accused, signatories: [{name: Ann Other, role: Director}]}
detainee: {name: Jane Roe, honorific: Ms, pronouns: she}
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: spurious charges of religious teaching
status: {awaiting: the decision of the Prosecutor General}
requests: [release her]
paragraphs: [{text: The case's own paragraph., after: law}]
cc: [Amnesty International]
`

func loadCase(t *testing.T, yaml string, set ...string) *cases.Case {
	t.Helper()
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &cases.Loader{}
	for _, s := range set {
		st, err := cases.ParseSetting(s)
		if err != nil {
			t.Fatal(err)
		}
		l.Set = append(l.Set, st)
	}
	c, err := l.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestComposeRecipients(t *testing.T) {
	c := loadCase(t, threeRecipients)
	for _, tt := range []struct {
		recipient int
		address   []string
		cc        []string
	}{
		{0, []string{"Mr Askar Daulbayev", "Prosecutor General of Kazakhstan", "Astana"},
			[]string{"H.E. Erlan Idrissov, Minister of Foreign Affairs", "Maxim Petrov, Consulate of Kazakhstan", "Amnesty International"}},
		{1, []string{"H.E. Erlan Idrissov", "Minister of Foreign Affairs"},
			[]string{"Mr Askar Daulbayev, Prosecutor General of Kazakhstan", "Maxim Petrov, Consulate of Kazakhstan", "Amnesty International"}},
		{2, []string{"Maxim Petrov", "Consulate of Kazakhstan"},
			[]string{"Mr Askar Daulbayev, Prosecutor General of Kazakhstan", "H.E. Erlan Idrissov, Minister of Foreign Affairs", "Amnesty International"}},
	} {
		l, err := letter.Compose(c, letter.Options{Now: fixedNow, Recipient: tt.recipient})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(l.Recipient, "|"); got != strings.Join(tt.address, "|") {
			t.Errorf("recipient %d: address = %q, want %q", tt.recipient, l.Recipient, tt.address)
		}
		// How a salutation is worded is decided elsewhere; what matters
		// here is that it greets this recipient.
		if !strings.Contains(l.Salutation, lastName(tt.address[0])) && !strings.Contains(l.Salutation, "Excellency") {
			t.Errorf("recipient %d: salutation = %q, want one to %s", tt.recipient, l.Salutation, tt.address[0])
		}
		if got := strings.Join(l.CC, "|"); got != strings.Join(tt.cc, "|") {
			t.Errorf("recipient %d: cc = %q, want %q", tt.recipient, l.CC, tt.cc)
		}
	}
	if c.Recipient.Name != "Askar Daulbayev" {
		t.Errorf("composing changed the case: Recipient = %q", c.Recipient.Name)
	}
	if _, err := letter.Compose(c, letter.Options{Now: fixedNow, Recipient: 3}); err == nil {
		t.Errorf("Compose(Recipient: 3) of a case with 3 recipients: no error")
	}

	private := loadCase(t, threeRecipients, "letter.copy_others=false")
	l, err := letter.Compose(private, letter.Options{Now: fixedNow, Recipient: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(l.CC, "|"); got != "Amnesty International" {
		t.Errorf("copy_others: false: cc = %q, want only the case's own", l.CC)
	}
}

func lastName(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

func TestComposeSigner(t *testing.T) {
	c := loadCase(t, threeRecipients)
	sig := &letter.Image{Name: "sig.png", Data: []byte("\x89PNG\r\n\x1a\n")}
	for _, after := range []string{"", "facts", "law", "requests"} {
		s := &letter.Signer{Name: "Jane Doe", Address: []string{"1 High Street", "London"}, Email: "jane@example.org",
			Paragraph: "I met her in 2010.", After: after, Signature: sig}
		l, err := letter.Compose(c, letter.Options{Now: fixedNow, Signer: s})
		if err != nil {
			t.Fatal(err)
		}
		want := letter.Letterhead{Name: "Jane Doe", Address: []string{"1 High Street", "London"}, Contact: []string{"jane@example.org"}}
		if got := l.Sender; got.Name != want.Name || strings.Join(got.Address, "|") != strings.Join(want.Address, "|") ||
			strings.Join(got.Contact, "|") != strings.Join(want.Contact, "|") || got.Logo != nil {
			t.Errorf("letterhead = %+v, want %+v", got, want)
		}
		if len(l.Signatures) != 1 || l.Signatures[0].Name != "Jane Doe" || l.Signatures[0].Image != sig {
			t.Errorf("signatures = %+v, want Jane Doe's with her image", l.Signatures)
		}
		if l.Author != "Jane Doe" {
			t.Errorf("author = %q, want Jane Doe", l.Author)
		}
		// Her paragraph goes where a paragraph of the case's own with the
		// same after would go, after those the case has there.
		place := after
		if place == "" {
			place = "facts"
		}
		same := loadCase(t, strings.Replace(threeRecipients, "paragraphs: [{text: The case's own paragraph., after: law}]",
			"paragraphs: [{text: The case's own paragraph., after: law}, {text: I met her in 2010., after: "+place+"}]", 1))
		ref, err := letter.Compose(same, letter.Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := index(l, "I met her in 2010."), index(ref, "I met her in 2010."); got != want || got < 0 {
			t.Errorf("after %q: her paragraph is block %d, want %d", after, got, want)
		}
	}
	if _, err := letter.Compose(c, letter.Options{Now: fixedNow, Signer: &letter.Signer{Name: " "}}); err == nil {
		t.Errorf("Compose with a signer without a name: no error")
	}
}

func index(l *letter.Letter, text string) int {
	for i, b := range l.Body {
		if p, ok := b.(*letter.Paragraph); ok && p.Text == text {
			return i
		}
	}
	return -1
}

// TestGoldenSigner prints the example case as one supporter sends it, in
// their own name: testdata/golden/signer.<ext>.
func TestGoldenSigner(t *testing.T) {
	c, err := cases.Load("../cases/djabbarbergenov.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	s := &letter.Signer{
		Name:      "Jane Doe",
		Address:   []string{"12 Example Street", "London N1 0AA"},
		Email:     "jane.doe@example.org",
		Paragraph: "I have known Pastor Djabbarbergenov’s family since 2009, when I visited his church in Nukus.",
		After:     "facts",
		Pronouns:  "she",
	}
	l, err := letter.Compose(c, letter.Options{Now: fixedNow, Signer: s})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		ext   string
		print func(*bytes.Buffer) error
	}{
		{"txt", func(b *bytes.Buffer) error { return (&letter.Text{}).Print(b, l) }},
		{"md", func(b *bytes.Buffer) error { return (&letter.Markdown{}).Print(b, l) }},
	} {
		var got bytes.Buffer
		if err := f.print(&got); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "golden", "signer."+f.ext)
		if *update {
			if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./letter -update to create it)", err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("the letter from one signer differs from %s; run go test ./letter -update and review the diff\n--- got:\n%s", golden, got.String())
		}
	}
}
