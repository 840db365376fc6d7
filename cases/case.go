// Package cases reads case files: the YAML description of one person's case
// from which appeal composes a letter.
//
// Reading is strict: every problem in a file is reported in one run, each at
// its line and column, and nothing in a file is silently ignored. A Case knows
// nothing about letters or treaties; whether a cited clause exists, or a state
// is bound by it, is checked where the treaty data lives.
package cases

import "fmt"

// Version is the case-file format this package reads.
const Version = 1

// A Case is one case file, read and checked.
type Case struct {
	// Version is the case-file format version; it must be 1.
	Version int `yaml:"version" required:"true"`

	// Letter says when, in what language and about what the letter is.
	Letter LetterInfo `yaml:"letter" required:"true"`

	// Recipient is the official who decides.
	Recipient Recipient `yaml:"recipient" required:"true"`

	// Sender is the organisation writing, and who signs.
	Sender Sender `yaml:"sender" required:"true"`

	// Detainee is the person the letter is about.
	Detainee Person `yaml:"detainee" required:"true"`

	// HoldingState is the state holding the detainee, and which the letter
	// reminds of its obligations, e.g. "Kazakhstan".
	HoldingState string `yaml:"holding_state" required:"true"`

	// RequestingState is the state asking for the detainee, e.g. "Uzbekistan".
	RequestingState string `yaml:"requesting_state" required:"true"`

	// Proceeding is what the detainee faces: extradition (the default),
	// deportation or expulsion.
	Proceeding string `yaml:"proceeding" enum:"extradition,deportation,expulsion"`

	// Accusation is what the detainee is accused of, in the case's own
	// words, e.g. "spurious charges of “illegal” religious teaching".
	Accusation string `yaml:"accusation" required:"true"`

	// Charges are the formal charges, in order.
	Charges []Charge `yaml:"charges"`

	// Events are what has happened so far, each with its date; the letter
	// tells them in date order.
	Events []Event `yaml:"events"`

	// Status is where the case stands now.
	Status Status `yaml:"status" required:"true"`

	// Family is the detainee's family, which a removal would separate.
	Family Family `yaml:"family"`

	// Clauses are the ids of the treaty clauses to cite, in order, e.g.
	// "refugee-convention-33.1" (see "appeal treaties list").
	Clauses []string `yaml:"clauses"`

	// TreatyStatus gives a state's status under a treaty where it is newer
	// than appeal's data; it wins over the data, and validate says so.
	TreatyStatus []TreatyStatus `yaml:"treaty_status"`

	// Engaged are people and bodies already engaged in the case.
	Engaged []Engaged `yaml:"engaged"`

	// Commitment is the recipient's own earlier public commitment, which
	// the letter recalls.
	Commitment *Commitment `yaml:"commitment"`

	// Requests are what the letter asks the recipient to do, each phrased
	// to follow "to", e.g. "prevent the extradition of …".
	Requests []string `yaml:"requests" required:"true"`

	// Paragraphs are extra paragraphs in the sender's own words.
	Paragraphs []Extra `yaml:"paragraphs"`

	// CC are the people and bodies sent a copy.
	CC []string `yaml:"cc"`

	// Enclosures are what is sent with the letter.
	Enclosures []string `yaml:"enclosures"`

	// File is the name the case was read from, for messages.
	File string `yaml:"-"`

	// Dir is the folder of the case file; paths in it are relative to Dir.
	Dir string `yaml:"-"`

	pos  map[string]Pos
	from map[string]string // where values not from the case file came from
}

// LetterInfo is about the letter itself.
type LetterInfo struct {
	// Date is the letter's date, e.g. 2012-08-01; default: today.
	Date Date `yaml:"date"`

	// Language is the letter's language; only "en" (the default) for now.
	Language string `yaml:"language" enum:"en"`

	// Subject is the subject line.
	Subject string `yaml:"subject" required:"true"`

	// Reference is the sender's reference, e.g. "RM/2012/14".
	Reference string `yaml:"reference"`
}

// A Recipient is the official the letter is addressed to.
type Recipient struct {
	Honorific    string   `yaml:"honorific"`            // e.g. "Mr", "Ms", "Dr", "H.E."
	Name         string   `yaml:"name" required:"true"` // e.g. "Askar Daulbayev"
	Title        string   `yaml:"title"`                // e.g. "Prosecutor General of Kazakhstan"
	Organisation string   `yaml:"organisation"`         // e.g. "State Office of Public Prosecutor"
	Address      []string `yaml:"address"`              // street lines, city, postcode
	Country      string   `yaml:"country"`              // printed last, in capitals
	Salutation   string   `yaml:"salutation"`           // default: "Dear <honorific> <last word of name>,"
}

// A Sender is the organisation writing the letter.
type Sender struct {
	Organisation string      `yaml:"organisation" required:"true"`
	Address      []string    `yaml:"address"`
	Contact      []string    `yaml:"contact"` // e-mail, telephone, web
	Logo         string      `yaml:"logo"`    // image file (PNG or JPEG), relative to the case file
	Signatories  []Signatory `yaml:"signatories"`
	Closing      string      `yaml:"closing"` // default "Yours sincerely,"
}

// A Signatory signs the letter.
type Signatory struct {
	Name      string `yaml:"name" required:"true"`
	Role      string `yaml:"role"`
	Signature string `yaml:"signature"` // scanned signature (PNG or JPEG), relative to the case file
}

// A Person is the detainee.
type Person struct {
	Name        string   `yaml:"name" required:"true"`     // full name, e.g. "Makset Djabbarbergenov"
	Honorific   string   `yaml:"honorific"`                // e.g. "Mr"
	ShortName   string   `yaml:"short_name"`               // default: honorific and last word of name
	Pronouns    Pronouns `yaml:"pronouns" required:"true"` // he, she or they
	Role        string   `yaml:"role"`                     // e.g. "pastor"
	Faith       string   `yaml:"faith"`                    // e.g. "Christian"
	Nationality string   `yaml:"nationality"`              // e.g. "Uzbek"
}

// A Charge is one formal charge.
type Charge struct {
	Code       string `yaml:"code" required:"true"`    // e.g. "Uzbek Criminal Code"
	Article    string `yaml:"article" required:"true"` // e.g. "229-2"
	Offence    string `yaml:"offence"`                 // the offence as the code words it
	MaxYears   int    `yaml:"max_years"`               // maximum prison term in years
	MaxPenalty string `yaml:"max_penalty"`             // or the maximum penalty in words
}

// An Event is something that happened, told in the sender's words.
type Event struct {
	Date Date   `yaml:"date" required:"true"` // 2012-02-29, 2012-02 or 2012
	What string `yaml:"what" required:"true"` // e.g. "the authorities of Uzbekistan put … on a wanted list"
}

// Status is where the case stands now.
type Status struct {
	// Awaiting is the decision the detainee awaits, e.g. "the decision of
	// the Extradition Division …".
	Awaiting string `yaml:"awaiting" required:"true"`

	// Detained says whether the detainee is held in custody; default true.
	Detained *bool `yaml:"detained"`
}

// Family is the detainee's family.
type Family struct {
	Spouse         string   `yaml:"spouse" enum:"wife,husband,partner"`
	SpousePregnant bool     `yaml:"spouse_pregnant"`
	Children       int      `yaml:"children"`
	Dependants     []string `yaml:"dependants"` // in the sender's words, e.g. "his elderly mother"
}

// TreatyStatus is a state's status under a treaty, given by the case.
type TreatyStatus struct {
	State  string `yaml:"state" required:"true"`
	Treaty string `yaml:"treaty" required:"true"` // treaty id, e.g. "cat"
	Action string `yaml:"action" required:"true" enum:"signature,ratification,accession,succession,ceased"`
	Date   Date   `yaml:"date" required:"true"`
	Source string `yaml:"source" required:"true"` // where the fact was read
}

// Engaged is a group of people or a body already engaged in the case.
type Engaged struct {
	Group string   `yaml:"group" required:"true"` // e.g. "US Congressmen"
	Names []string `yaml:"names"`                 // e.g. ["Frank R. Wolf", "Gus Bilirakis"]
}

// A Commitment is the recipient's earlier public commitment.
type Commitment struct {
	Occasion  string `yaml:"occasion" required:"true"`  // e.g. "your meeting with …"
	Date      Date   `yaml:"date"`                      // e.g. 2012-07
	Statement string `yaml:"statement" required:"true"` // e.g. "you expressed your active support …"
}

// An Extra is a paragraph in the sender's own words.
type Extra struct {
	// After says where it goes: after the "facts" (default), the "law" or
	// the "requests".
	After string `yaml:"after" enum:"facts,law,requests"`
	Text  string `yaml:"text" required:"true"`
}

// Pos returns where the value at path was in the case file, e.g.
// Pos("clauses[1]") or Pos("detainee.name"); the zero Pos if unknown.
func (c *Case) Pos(path string) Pos {
	return c.pos[path]
}

// Origin says where the value at path came from: "" for the case file
// itself, else the defaults file's path, or "--set …" for the command line.
func (c *Case) Origin(path string) string {
	return c.from[path]
}

// Diag returns a diagnostic about the value at path.
func (c *Case) Diag(sev Severity, path, format string, args ...any) Diagnostic {
	p := c.Pos(path)
	return Diagnostic{File: c.File, Line: p.Line, Column: p.Column, Severity: sev, Message: fmt.Sprintf(format, args...)}
}
