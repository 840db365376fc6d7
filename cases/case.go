// Package cases reads case files: the YAML description of one person's case
// from which appeal composes a letter.
//
// Reading is strict: every problem in a file is reported in one run, each at
// its line and column, and nothing in a file is silently ignored. A Case knows
// nothing about letters or treaties; whether a cited clause exists, or a state
// is bound by it, is checked where the treaty data lives.
package cases

import (
	"fmt"
	"strings"
)

// Version is the newest case-file format this package reads; version 1
// files are read too, and mean what they always meant.
const Version = 2

// A Case is one case file, read and checked.
type Case struct {
	// Version is the case-file format version: 1 or 2. Fields marked
	// "version 2" below are refused in a version 1 file.
	Version int `yaml:"version" required:"true"`

	// Letter says when, in what language and about what the letter is.
	Letter LetterInfo `yaml:"letter" required:"true"`

	// Recipient is the official who decides. A case gives recipient or
	// recipients, not both; after reading, Recipients holds it.
	Recipient Recipient `yaml:"recipient"`

	// Recipients are the officials written to, one letter each (version 2).
	Recipients []Recipient `yaml:"recipients"`

	// Sender is the organisation writing, and who signs.
	Sender Sender `yaml:"sender" required:"true"`

	// Detainee is the person the letter is about.
	Detainee Person `yaml:"detainee" required:"true"`

	// HoldingState is the state holding the detainee, and which the letter
	// reminds of its obligations, e.g. "Kazakhstan".
	HoldingState string `yaml:"holding_state" required:"true"`

	// RequestingState is the state asking for the detainee's extradition,
	// e.g. "Uzbekistan". Required in version 1; in version 2 only where a
	// state asks for the person (extradition).
	RequestingState string `yaml:"requesting_state"`

	// DestinationState is the state the person would be sent to (version
	// 2); default: the requesting state. Required for a proceeding with no
	// requesting state.
	DestinationState string `yaml:"destination_state"`

	// Proceeding is what the detainee faces: extradition (the default),
	// deportation, expulsion, removal or return (version 2), or trial
	// (version 2: prosecution in the holding state itself, with no state to
	// be sent to).
	Proceeding string `yaml:"proceeding" enum:"extradition,deportation,expulsion,removal,return,trial"`

	// Accusation is what the detainee is accused of, in the case's own
	// words, e.g. "spurious charges of “illegal” religious teaching".
	// Required in version 1 only.
	Accusation string `yaml:"accusation"`

	// Charges are the formal charges, in order.
	Charges []Charge `yaml:"charges"`

	// Events are what has happened so far, each with its date; the letter
	// tells them in date order.
	Events []Event `yaml:"events"`

	// Status is where the case stands now.
	Status Status `yaml:"status"`

	// Family is the detainee's family, which a removal would separate.
	Family Family `yaml:"family"`

	// Risks are findings on the danger the person faces in the
	// destination state, each with its source (version 2).
	Risks []Risk `yaml:"risks"`

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

	// Asks are standard requests chosen by name (version 2), e.g.
	// "no-removal", "lawyer"; the letter words them. See AskNames.
	Asks []string `yaml:"asks"`

	// Requests are what the letter asks the recipient to do, in the
	// sender's words, each phrased to follow "to", e.g. "prevent the
	// extradition of …". A case gives requests, asks or both.
	Requests []string `yaml:"requests"`

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

	pos   map[string]Pos
	from  map[string]string            // where values not from the case file came from
	texts map[string]map[string]string // values given per language: path -> language -> text
}

// LetterInfo is about the letter itself.
type LetterInfo struct {
	// Date is the letter's date, e.g. 2012-08-01; default: today.
	Date Date `yaml:"date"`

	// Language is the letter's language: "en" (the default) or "ru".
	// A value given per language is printed in it (version 2).
	Language string `yaml:"language" enum:"en,ru"`

	// Subject is the subject line.
	Subject string `yaml:"subject" required:"true"`

	// Reference is the sender's reference, e.g. "RM/2012/14".
	Reference string `yaml:"reference"`

	// Style is "full" (the default: the law quoted in the body) or "brief"
	// (version 2: a one-page urgent action, the law quoted in an annex).
	Style string `yaml:"style" enum:"full,brief"`

	// Reservations says whether the letter states a holding state's
	// reservation or declaration that limits a quoted clause: "mention"
	// (the default) or "omit" (version 2; validate then warns).
	Reservations string `yaml:"reservations" enum:"mention,omit"`

	// CopyOthers says whether each recipient's letter names the other
	// recipients under cc (version 2); default true.
	CopyOthers *bool `yaml:"copy_others"`
}

// A Recipient is the official the letter is addressed to.
type Recipient struct {
	ID           string   `yaml:"id"`                   // version 2: short name for output files, e.g. "prosecutor"; default from the name
	Honorific    string   `yaml:"honorific"`            // e.g. "Mr", "Ms", "Dr", "H.E."
	Name         string   `yaml:"name" required:"true"` // e.g. "Askar Daulbayev"
	FamilyName   string   `yaml:"family_name"`          // version 2: the family name as written in name, e.g. "García López", "Wang"
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
	Closing      string      `yaml:"closing"`    // default by the salutation: "Yours sincerely," after a name
	Campaign     bool        `yaml:"campaign"`   // version 2: letters from --signers name the organisation as the campaign they support
	Individual   bool        `yaml:"individual"` // version 2: the sender is one person, writing in their own name: the letter says "I", not "we"
}

// A Signatory signs the letter.
type Signatory struct {
	Name      string `yaml:"name" required:"true"`
	Role      string `yaml:"role"`
	Signature string `yaml:"signature"` // scanned signature (PNG or JPEG), relative to the case file
}

// A Person is the detainee.
type Person struct {
	Name         string   `yaml:"name" required:"true"`     // full name, e.g. "Makset Djabbarbergenov"
	NameOriginal string   `yaml:"name_original"`            // version 2: the name in its own script, e.g. "Максет Джаббарбергенов"
	FamilyName   string   `yaml:"family_name"`              // version 2: the family name as written in name
	Honorific    string   `yaml:"honorific"`                // e.g. "Mr"
	ShortName    string   `yaml:"short_name"`               // default: honorific and family name (or last word of name)
	Born         Date     `yaml:"born"`                     // version 2: date of birth, e.g. 2009-05-14 (or 2009)
	Age          int      `yaml:"age"`                      // version 2: age in years, where the date of birth is unknown
	Pronouns     Pronouns `yaml:"pronouns" required:"true"` // he, she or they
	Role         string   `yaml:"role"`                     // e.g. "pastor"
	Faith        string   `yaml:"faith"`                    // e.g. "Christian"
	Nationality  string   `yaml:"nationality"`              // e.g. "Uzbek"
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
	// the Extradition Division …". Required in version 1.
	Awaiting string `yaml:"awaiting"`

	// Detained says whether the detainee is held in custody; default true.
	Detained *bool `yaml:"detained"`

	// HeldAt is the place of detention (version 2), e.g. "pre-trial
	// detention centre SIZO-1 in Yekaterinburg".
	HeldAt string `yaml:"held_at"`

	// Since is the date of arrest or detention (version 2).
	Since Date `yaml:"since"`

	// Deadline is the date of the hearing, decision or transfer that makes
	// the case urgent (version 2), e.g. 2026-12-05.
	Deadline Date `yaml:"deadline"`

	// DeadlineEvent is what happens on Deadline (version 2): "hearing",
	// "decision" (the default) or "transfer".
	DeadlineEvent string `yaml:"deadline_event" enum:"hearing,decision,transfer"`

	// Convicted is when a court convicted the person (version 2), in a
	// trial (proceeding: trial), e.g. 2025-03-14 or 2025: the letter then
	// says that they were convicted, not that they are to be tried.
	Convicted Date `yaml:"convicted"`

	// Sentence is the sentence passed at that conviction (version 2), to
	// follow "sentenced to", e.g. "death" or "six years’ imprisonment".
	Sentence string `yaml:"sentence"`
}

// A Risk is one finding on the danger in the destination state, with its
// source (version 2).
type Risk struct {
	// Finding is what the source found, as a sentence, e.g. "Torture and
	// ill-treatment of detainees remain widespread."
	Finding string `yaml:"finding" required:"true"`
	// Source names who found it and where, e.g. "UN Committee against
	// Torture, concluding observations on Uzbekistan, CAT/C/UZB/CO/5".
	Source string `yaml:"source" required:"true"`
	// Date is when the source was published, e.g. 2020-01.
	Date Date `yaml:"date"`
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
	// Action is what the state did. Besides joining and leaving a treaty
	// (ceased: the date a denunciation took effect), version 2 knows the
	// mechanisms: declaration-art22 and withdrawal-art22 (treaty cat), and
	// geographic-limitation and limitation-withdrawn (refugee-convention).
	// The ICCPR's first Optional Protocol is the treaty iccpr-op1.
	Action string `yaml:"action" required:"true" enum:"signature,ratification,accession,succession,ceased,declaration-art22,withdrawal-art22,geographic-limitation,limitation-withdrawn"`
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
// Without a position for path, it is at the nearest enclosing field that
// has one, or at the top of the file.
// A value from a defaults file is reported there, at its line, and one
// from the command line as such: "--set asks: unknown ask …".
func (c *Case) Diag(sev Severity, path, format string, args ...any) Diagnostic {
	p, ok := c.pos[path]
	from := c.from[path]
	for !ok && path != "" {
		if i := strings.LastIndexAny(path, ".["); i >= 0 {
			path = path[:i]
		} else {
			path = ""
		}
		p, ok = c.pos[path]
		if from == "" {
			from = c.from[path]
		}
	}
	if from != "" {
		if strings.HasPrefix(from, "--set") {
			p = Pos{} // it has no line
		}
		return Diagnostic{File: from, Line: p.Line, Column: p.Column, Severity: sev, Message: fmt.Sprintf(format, args...)}
	}
	if !ok || p.Line == 0 {
		p = Pos{1, 1}
	}
	return Diagnostic{File: c.File, Line: p.Line, Column: p.Column, Severity: sev, Message: fmt.Sprintf(format, args...)}
}
