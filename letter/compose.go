package letter

import (
	"embed"
	"fmt"
	"github.com/appeal-letters/appeal/letter/typeset"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/safe"
	"github.com/appeal-letters/appeal/treaties"
)

//go:embed wording/*.tmpl
var wordingFS embed.FS

// Each language's templates are parsed on their own (wording/*en.tmpl,
// wording/*ru.tmpl): they define the same paragraph names.

// wording holds the built-in templates; they are checked by tests, so a
// failure to parse them is a bug.
var wording = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(funcsByLanguage["en"]).ParseFS(wordingFS, "wording/*en.tmpl"))
})

// Options are what composing needs besides the case.
type Options struct {
	// Now gives today's date for a letter whose case sets none; default time.Now.
	Now func() time.Time

	// Library is the clause library; default treaties.Builtin().
	Library *treaties.Library

	// Records are the state-party records; default treaties.BuiltinRecords().
	Records *treaties.Records

	// Files is where images named in the case are read from; default the
	// case file's folder. Paths may not leave it.
	Files fs.FS

	// Recipient is which of the case's recipients the letter is to, an
	// index into Case.Recipients; default the first.
	Recipient int

	// SkipImages leaves the logo and signature images out, unread, for
	// output that shows none (text, Markdown).
	SkipImages bool

	// Signer, when set, is a supporter who sends the letter in their own
	// name: they head and sign it, and it speaks in the first person
	// singular. Default: the case's sender.
	Signer *Signer

	// Wording is the paragraph templates; default BuiltinWording().
	Wording *Wording

	// Checked says that Check found no errors in this case with this
	// Library and Records, so that Compose need not check it again.
	Checked bool

	// record, when set, is told each paragraph composed and its data
	// (see WordingData).
	record func(lang, name string, data any)
}

// A Signer is one supporter sending a campaign's letter in their own name.
type Signer struct {
	Name      string   // required, e.g. "Jane Doe"
	Address   []string // postal address lines; may be empty
	Email     string   // may be empty
	Paragraph string   // a paragraph in their own words; may be empty
	After     string   // where Paragraph goes: "facts" (default), "law" or "requests"
	Signature *Image   // scanned signature, made with DecodeImage (never raw bytes from a file); may be nil
	Language  string   // the letter's language; default the case's
	Pronouns  string   // "he", "she" or "they"; may be empty (wording then avoids agreement)
}

func (o *Options) defaults(c *cases.Case) {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Library == nil {
		o.Library = treaties.Builtin()
	}
	if o.Records == nil {
		o.Records = treaties.BuiltinRecords()
	}
	if o.Files == nil {
		// An os.Root, unlike os.DirFS, also refuses symbolic links that
		// lead out of the case's folder.
		if root, err := os.OpenRoot(c.Dir); err == nil {
			o.Files = safe.RootFS(root, typeset.MaxImageSize)
		} else {
			o.Files = emptyFS{err}
		}
	}
}

// Compose writes the letter for a case: every word is decided here. It
// returns Diagnostics when the case cites what the treaty data does not know.
func Compose(c *cases.Case, opt Options) (*Letter, error) {
	opt.defaults(c)
	if !opt.Checked {
		if errs := Check(c, opt.Library, opt.Records).Errors(); len(errs) > 0 {
			return nil, errs
		}
	}
	if _, err := frame(c, opt); err != nil {
		return nil, err
	}
	if lang := opt.language(c); lang != "en" {
		l, err := composeIn(lang, c, opt)
		if err != nil {
			return nil, err
		}
		// The other recipients in the cc are named as the case names them
		// in that language.
		in, err := c.In(lang)
		if err != nil {
			return nil, err
		}
		frameLetter(l, in, opt, false)
		return l, nil
	}
	all := c
	c, err := frame(c, opt)
	if err != nil {
		return nil, err
	}
	w := &writer{c: c, opt: opt}
	salute, _ := salutation(w.recipientCase())
	l := &Letter{
		Language:   "en",
		Sender:     w.letterhead(),
		Date:       w.date(),
		Recipient:  w.recipient(),
		Reference:  clean(c.Letter.Reference),
		Subject:    w.subject(),
		Salutation: salute,
		Closing:    clean(c.Sender.Closing),
		Enclosures: cleanAll(c.Enclosures),
		CC:         cleanAll(c.CC),
		Title:      clean(c.Letter.Subject),
		Author:     clean(c.Sender.Organisation),
		Labels:     English,
	}
	if l.Closing == "" {
		l.Closing = closing(salute, w.voice())
	}
	l.Signatures = w.signatures()
	frameLetter(l, all, opt, true)
	l.Body = w.body()
	w.shortenStates(l.Body)
	l.Annex = w.annex
	l.Brief = c.Letter.Style == "brief"
	if len(w.errs) > 0 {
		return nil, w.errs
	}
	return l, nil
}

// frame returns the case as the letter to one recipient sees it: its
// Recipient is the one written to. c itself is not changed, so one case
// serves every letter of a campaign at once.
func frame(c *cases.Case, opt Options) (*cases.Case, error) {
	if opt.Recipient == 0 && opt.Signer == nil {
		return c, nil
	}
	if opt.Recipient < 0 || opt.Recipient >= len(c.Recipients) {
		return nil, fmt.Errorf("recipient %d of a case with %d", opt.Recipient+1, len(c.Recipients))
	}
	if opt.Signer != nil && strings.TrimSpace(opt.Signer.Name) == "" {
		return nil, fmt.Errorf("a signer needs a name")
	}
	f := *c
	f.Recipient = c.Recipients[opt.Recipient]
	return &f, nil
}

// frameLetter makes a composed letter the one to opt.Recipient from
// opt.Signer: the other recipients go first in the cc, and a signer heads
// and signs the letter in their own name. all is the case with every
// recipient, in the letter's language.
func frameLetter(l *Letter, all *cases.Case, opt Options, honorifics bool) {
	cc := others(all, opt.Recipient, honorifics)
	if l.Language == "ru" {
		cc = ruOthers(all, opt.Recipient, cc)
	}
	l.CC = append(cc, l.CC...)
	if l.Language == "ru" && len(l.CC) == 1 {
		l.Labels.CC = "Копия:"
	}
	if s := opt.Signer; s != nil {
		l.Sender = Letterhead{Name: clean(s.Name), Address: cleanAll(s.Address), Contact: cleanAll([]string{s.Email})}
		l.Signatures = []Signature{{Name: clean(s.Name), Image: s.Signature}}
		l.Author = clean(s.Name)
	}
}

// others names the case's recipients but one, for the cc of a letter to
// that one: "H.E. Erlan Idrissov, Minister of Foreign Affairs". Honorifics
// are English: a letter in another language leaves them out.
func others(all *cases.Case, except int, honorifics bool) []string {
	if len(all.Recipients) < 2 || (all.Letter.CopyOthers != nil && !*all.Letter.CopyOthers) {
		return nil
	}
	var cc []string
	for i, r := range all.Recipients {
		if i == except {
			continue
		}
		who := clean(r.Name)
		if honorifics {
			who = clean(strings.TrimSpace(honorific(r.Honorific) + " " + r.Name))
			if style := honour(r); style != "" && honour(cases.Recipient{Honorific: r.Honorific}) == "" && !styles.MatchString(r.Honorific) {
				who = honourPrefix(style) + " " + who
			}
		}
		if t := clean(r.Title); t != "" {
			who += ", " + t
		} else if o := clean(r.Organisation); o != "" {
			who += ", " + o
		}
		cc = append(cc, who)
	}
	return cc
}

// A writer composes one letter; it collects problems with image files.
type writer struct {
	c      *cases.Case
	opt    Options
	blocks []Block
	annex  []Block
	errs   cases.Diagnostics
	// named holds the states a Russian letter has named in full, so
	// that it names them by their short name after that.
	named map[string]bool
}

func (w *writer) date() string {
	if d := w.c.Letter.Date; !d.IsZero() {
		return d.String()
	}
	return cases.DateOf(w.opt.Now()).String()
}

func (w *writer) letterhead() Letterhead {
	s := w.c.Sender
	return Letterhead{
		Name:    clean(s.Organisation),
		Address: cleanAll(s.Address),
		Contact: cleanAll(s.Contact),
		Logo:    w.image("sender.logo", s.Logo),
	}
}

// recipientCase is the recipient this letter is to.
func (w *writer) recipientCase() cases.Recipient {
	if i := w.opt.Recipient; i > 0 && i < len(w.c.Recipients) {
		return w.c.Recipients[i]
	}
	return w.c.Recipient
}

func (w *writer) recipient() []string {
	r := w.recipientCase()
	name := clean(strings.TrimSpace(honorific(r.Honorific) + " " + r.Name))
	if style := honour(r); style != "" && honour(cases.Recipient{Honorific: r.Honorific}) == "" && !styles.MatchString(r.Honorific) {
		// The address names one addressed as Excellency "H.E. Ms …", a
		// king "H.M. …".
		name = honourPrefix(style) + " " + name
	}
	lines := []string{name, clean(r.Title), clean(r.Organisation)}
	lines = append(lines, cleanAll(r.Address)...)
	lines = append(lines, upperCountry(w.country(clean(r.Country))))
	return slices.DeleteFunc(lines, func(s string) bool { return s == "" })
}

func (w *writer) signatures() []Signature {
	var sigs []Signature
	for i, s := range w.c.Sender.Signatories {
		sigs = append(sigs, Signature{
			Name:         clean(s.Name),
			Role:         clean(s.Role),
			Organisation: clean(w.c.Sender.Organisation),
			Image:        w.image(fmt.Sprintf("sender.signatories[%d].signature", i), s.Signature),
		})
	}
	return sigs
}

func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// say executes a wording template and adds the result as a paragraph.
func (w *writer) say(name string, data any) {
	if text := w.words(name, data); text != "" {
		w.blocks = append(w.blocks, &Paragraph{Text: text})
	}
}

// words executes a wording template, folding its white space (see
// wordingset.go: the built-in templates, or the user's own).
func (w *writer) words(name string, data any) string {
	return w.execute("en", name, data)
}

// emptyFS is a folder that could not be opened: every read fails with why.
type emptyFS struct{ err error }

func (e emptyFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: e.err}
}

// country is the country line as the case gives it, or the state's name
// where the case gives an ISO code ("PL" is Poland): the post reads names.
func (w *writer) country(s string) string {
	if len(s) == 2 || len(s) == 3 {
		if strings.ToUpper(s) == s && w.opt.Records != nil {
			if st, ok := w.opt.Records.State(s); ok {
				return st.Name
			}
		}
	}
	return s
}

// upperCountry writes the country line in capitals, as the post reads it;
// Türkiye keeps its dotted capital İ.
func upperCountry(s string) string {
	return strings.ReplaceAll(strings.ToUpper(s), "TÜRKIYE", "TÜRKİYE")
}
