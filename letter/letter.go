// Package letter composes a formal appeal letter from a case and prints it as
// plain text, Markdown or PDF.
//
// The one rule that keeps it simple: every word of a letter is decided when it
// is composed (see Compose); a printer only lays a finished Letter out and
// never adds, drops or rewords anything. So the same letter reads the same in
// every format, and a new format is one new printer.
package letter

import (
	"strconv"
	"strings"
)

// A Letter is a finished letter: every string in it is final wording, already
// normalised (NFC, no control characters, single spaces).
type Letter struct {
	// Language is the BCP 47 tag of the letter's language, e.g. "en".
	Language string

	// Sender is the organisation writing; it heads the letter.
	Sender Letterhead

	// Date is the letter's date as printed, e.g. "26 November 2026".
	Date string

	// Recipient is the address block, one line per entry, as it goes on
	// the envelope: name, title, organisation, street lines, country.
	Recipient []string

	// Reference is the sender's reference, printed after Labels.Reference; may be empty.
	Reference string

	// Subject is the subject line, printed in bold where the format allows.
	Subject string

	// Salutation is the opening, e.g. "Dear Mr Daulbayev,".
	Salutation string

	// Body is the letter's content, in order.
	Body []Block

	// Closing is the complimentary close, e.g. "Yours sincerely,".
	Closing string

	// Signatures are the people who sign, in order. When it is empty the
	// letter is signed by the organisation (Sender.Name) alone.
	Signatures []Signature

	// Enclosures lists what is sent with the letter; may be empty.
	Enclosures []string

	// CC lists who receives a copy; may be empty.
	CC []string

	// Annex is printed after everything else, under Labels.Annex: the
	// verbatim legal provisions of a brief letter. May be empty.
	Annex []Block

	// Brief: the letter is meant to fit on one page (letter.style: brief),
	// so a page layout tightens its spacing rather than run onto a second.
	Brief bool

	// Title and Author are document metadata: the subject and the sender.
	Title, Author string

	// Labels are the words printed before parts of the letter, in its
	// language; the zero Labels means English.
	Labels Labels

	// Original is the same letter in the language it was written in,
	// printed after this one under its own Labels.Original ("Original in
	// English"), as letters to officials abroad are sent; nil for a letter
	// alone.
	Original *Letter
}

// Labels are the words printers put before parts of a letter.
type Labels struct {
	Reference  string // "Our ref.:"
	Subject    string // "Subject:" (the PDF sets the subject in bold instead)
	Enclosures string // "Enclosures:"
	CC         string // "cc:"
	Page       string // "Page {page} of {pages}", at the foot of each PDF page
	Annex      string // "Legal provisions", the heading of the annex
	Original   string // "Original in English", heading the letter when it follows its translation
}

// English are the labels of a letter in English.
var English = Labels{
	Reference:  "Our ref.:",
	Subject:    "Subject:",
	Enclosures: "Enclosures:",
	CC:         "cc:",
	Page:       "Page {page} of {pages}",
	Annex:      "Legal provisions",
	Original:   "Original in English",
}

// labels returns the letter's labels, English where it sets none.
func (l *Letter) labels() Labels {
	if l.Labels == (Labels{}) {
		return English
	}
	return l.Labels
}

// pageOf fills in a Page label: "Page 2 of 3".
func (lb Labels) pageOf(page, pages int) string {
	return strings.NewReplacer("{page}", strconv.Itoa(page), "{pages}", strconv.Itoa(pages)).Replace(lb.Page)
}

// signer is the name printed under the signatures, where the organisation
// signs: the sender's name, or "" when a signatory is the sender (a
// supporter writing in their own name), who is named once.
func (l *Letter) signer() string {
	for _, s := range l.Signatures {
		if s.Name == l.Sender.Name && s.Organisation == "" {
			return ""
		}
	}
	return l.Sender.Name
}

// A Letterhead is the sender's name and address, printed at the top.
type Letterhead struct {
	Name    string   // organisation, e.g. "Russian Ministries (USA)"
	Address []string // postal address lines; may be empty
	Contact []string // e-mail, telephone, web; may be empty
	Logo    *Image   // optional logo, printed by formats that show images
}

// A Signature is one signatory: room to sign is left above the name.
type Signature struct {
	Name         string // e.g. "Anita Deyneka"
	Role         string // e.g. "President"; may be empty
	Organisation string // the signatory's organisation; may be empty
	Image        *Image // optional scanned signature (PNG or JPEG)
}

// An Image is a picture read from a file named in the case.
type Image struct {
	Name string // the file name, for messages
	Data []byte // PNG or JPEG bytes
}

// A Block is one piece of the letter body: a *Paragraph, *Quote or *List.
type Block interface {
	block()
}

// A Paragraph is a paragraph of running text.
type Paragraph struct {
	Text string
}

// A Quote is a verbatim quotation of a legal text, set off from the body,
// with the source it is quoted from.
type Quote struct {
	// Paragraphs are the quoted paragraphs, each verbatim, e.g.
	// "1. No Contracting State shall expel or return …".
	Paragraphs []string

	// Source names what is quoted, e.g. "Convention relating to the Status
	// of Refugees (Geneva, 28 July 1951), article 33, paragraph 1".
	Source string
}

// A List is a list of items, numbered when Ordered.
type List struct {
	Ordered bool
	Items   []string
}

func (*Paragraph) block() {}
func (*Quote) block()     {}
func (*List) block()      {}
