package cases_test

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string // spelled; "" when an error is wanted
		wantErr string
	}{
		{"2012-02-29", "29 February 2012", ""},
		{"2012-07", "July 2012", ""},
		{"2012", "2012", ""},
		{"1999-01-15", "15 January 1999", ""},
		{"2013-02-29", "", `"2013-02-29" is not a date: February 2013 has 28 days`},
		{"2012-04-31", "", "April 2012 has 30 days"},
		{"2012-13-01", "", "there is no month 13"},
		{"2012-00", "", "there is no month 0"},
		{"29/02/2012", "", "write it as YYYY-MM-DD"},
		{"2012-2-29", "", "write it as YYYY-MM-DD"},
		{"1850-01-01", "", "too early"},
	}
	for _, tt := range tests {
		d, err := cases.ParseDate(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseDate(%q) error = %v, want it to contain %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDate(%q) error = %v", tt.in, err)
			continue
		}
		if got := d.String(); got != tt.want {
			t.Errorf("ParseDate(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
		if got := d.ISO(); got != tt.in {
			t.Errorf("ParseDate(%q).ISO() = %q, want it back", tt.in, got)
		}
	}
}

func TestPronouns(t *testing.T) {
	tests := []struct {
		p                               cases.Pronouns
		subject, object, possessive, is string
	}{
		{cases.He, "he", "him", "his", "is"},
		{cases.She, "she", "her", "her", "is"},
		{cases.They, "they", "them", "their", "are"},
	}
	for _, tt := range tests {
		if got := tt.p.Subject(); got != tt.subject {
			t.Errorf("%s.Subject() = %q, want %q", tt.p, got, tt.subject)
		}
		if got := tt.p.Object(); got != tt.object {
			t.Errorf("%s.Object() = %q, want %q", tt.p, got, tt.object)
		}
		if got := tt.p.Possessive(); got != tt.possessive {
			t.Errorf("%s.Possessive() = %q, want %q", tt.p, got, tt.possessive)
		}
		if got := tt.p.Verb("is", "are"); got != tt.is {
			t.Errorf("%s.Verb(is, are) = %q, want %q", tt.p, got, tt.is)
		}
	}
}

func TestSuggest(t *testing.T) {
	fields := []string{"subject", "date", "language", "reference"}
	tests := []struct {
		in   string
		want string
	}{
		{"subjet", "subject"},
		{"Subject", "subject"},
		{"languag", "language"},
		{"refrence", "reference"},
		{"xyzzy", ""},
	}
	for _, tt := range tests {
		got := strings.Join(cases.Suggest(tt.in, fields, 1), ",")
		if got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestExample reads the example case and checks a value of every kind.
func TestExample(t *testing.T) {
	c, err := cases.Load("djabbarbergenov.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"detainee.name", c.Detainee.Name, "Makset Djabbarbergenov"},
		{"detainee.pronouns", string(c.Detainee.Pronouns), "he"},
		{"events[0].date", c.Events[0].Date.String(), "29 February 2012"},
		{"charges[0].article", c.Charges[0].Article, "229-2"},
		{"recipient.address[3]", c.Recipient.Address[3], "010000"},
		{"recipient.address[1]", c.Recipient.Address[1], "(House of the ministries, entrance №2)"},
		{"commitment.date", c.Commitment.Date.String(), "July 2012"},
		// A folded block becomes one line with single spaces.
		{"status.awaiting", c.Status.Awaiting, "the decision of the Extradition Division of the International Co-operation Department at the General Prosecutor’s Office of Kazakhstan"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %q, want %q", ch.name, ch.got, ch.want)
		}
	}
	if c.Family.Children != 4 || !c.Family.SpousePregnant {
		t.Errorf("family = %+v, want four children and a pregnant spouse", c.Family)
	}
	if p := c.Pos("clauses[1]"); p.Line == 0 || p.Column == 0 {
		t.Errorf(`Pos("clauses[1]") = %v, want a line and column`, p)
	}
}

// TestAllErrorsAtOnce checks that one run reports every problem, each at its place.
func TestAllErrorsAtOnce(t *testing.T) {
	src := `version: 1
letter:
  subjet: Appeal
recipient:
  name: [Daulbayev]
sender:
  organisation: Org
detainee:
  name: A. Person
  pronouns: him
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: teaching
status:
  awaiting: a decision
family:
  children: four
events:
  - date: 2013-02-29
    what: something happened
requests: [release them]
`
	_, err := cases.Parse("case.yaml", []byte(src))
	ds, ok := err.(cases.Diagnostics)
	if !ok {
		t.Fatalf("Parse error = %v (%T), want Diagnostics", err, err)
	}
	want := []string{
		`case.yaml:3:3: unknown field "subjet" in letter (did you mean "subject"?)`,
		`case.yaml:5:9: recipient.name: expected text, got a list`,
		`case.yaml:10:13: detainee.pronouns: "him" is not one of he, she, they (did you mean "he"?)`,
		`case.yaml:17:13: family.children: expected a whole number such as 4, got "four"`,
		`case.yaml:19:11: events[0].date: "2013-02-29" is not a date: February 2013 has 28 days`,
	}
	got := ds.Error()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("diagnostics lack %q; got:\n%s", w, got)
		}
	}
	if len(ds) != len(want) {
		t.Errorf("got %d diagnostics, want %d:\n%s", len(ds), len(want), got)
	}
}

// TestLineEndings checks that a case file saved on Windows (CRLF line
// endings, a byte-order mark) reads the same as one saved elsewhere.
func TestLineEndings(t *testing.T) {
	data, err := os.ReadFile("djabbarbergenov.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := cases.Parse("case.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	windows := append([]byte("\ufeff"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)
	got, err := cases.Parse("case.yaml", windows)
	if err != nil {
		t.Fatalf("Parse(CRLF) error: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse(CRLF) = %+v\nwant %+v", got, want)
	}
}
