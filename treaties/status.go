package treaties

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// An Action is what a state did about a treaty.
type Action string

const (
	Signature    Action = "signature"
	Ratification Action = "ratification"
	Accession    Action = "accession"
	Succession   Action = "succession"
	Acceptance   Action = "acceptance"
	Approval     Action = "approval"
	// FormalConfirmation is how an international organisation (the
	// European Union, for the CRPD) consents to be bound.
	FormalConfirmation Action = "formal-confirmation"
	// Consent is a date of becoming party from a source that does not say
	// whether by ratification or accession (OHCHR exports): a letter says
	// that it consented to be bound on that day (the deposit), never a
	// guessed verb, and never "became a party on": the treaty enters
	// into force for it later.
	Consent Action = "consent"

	// Denunciation is leaving a treaty by notice: Date is the
	// notification, Effective the day it took effect.
	Denunciation Action = "denunciation"
	// Ceased is leaving a treaty otherwise (the Russian Federation and
	// the ECHR, on its expulsion from the Council of Europe); Date is the
	// day it took effect.
	Ceased Action = "ceased"

	// Declaration22 is the CAT article 22 declaration: individual
	// complaints to the Committee against Torture.
	Declaration22 Action = "declaration-art22"
	// Withdrawal22 withdraws a state's article 22 declaration.
	Withdrawal22 Action = "withdrawal-art22"
	// Declaration21 is the CAT article 21 declaration (complaints by states).
	Declaration21 Action = "declaration-art21"
	// OptionalProtocol1 is being party to the ICCPR's first Optional
	// Protocol: individual complaints to the Human Rights Committee.
	OptionalProtocol1 Action = "optional-protocol-1"
	// GeographicLimitation is a Refugee Convention article 1 B (1) (a)
	// declaration ("events occurring in Europe").
	GeographicLimitation Action = "geographic-limitation"
	// LimitationWithdrawn extends the Convention to events elsewhere
	// (article 1 B (2)).
	LimitationWithdrawn Action = "limitation-withdrawn"

	// Reservation, Declaration and Understanding are what a state said of
	// a treaty's articles when it joined; Text holds their words.
	Reservation   Action = "reservation"
	Declaration   Action = "declaration"
	Understanding Action = "understanding"

	// NotParty is a source's word that a state is not a party to a
	// regional treaty whose status list appeal holds only in part: it
	// makes the state's standing known without giving it a consent.
	NotParty Action = "not-party"
)

// binds reports whether a is a consent to be bound.
func (a Action) binds() bool {
	switch a {
	case Ratification, Accession, Succession, Acceptance, Approval, FormalConfirmation, Consent:
		return true
	}
	return false
}

// leaves reports whether a ends being bound.
func (a Action) leaves() bool { return a == Denunciation || a == Ceased }

// states reports whether a is a reservation, declaration or understanding.
func (a Action) states() bool { return a == Reservation || a == Declaration || a == Understanding }

// An Event is one dated fact about a state and a treaty, with its source.
type Event struct {
	Action Action
	// Date is the UN deposit or notification date (not entry into force);
	// zero if the source gives none.
	Date time.Time
	// Effective is the day a denunciation took effect; zero if none.
	Effective time.Time
	// Articles are the articles a reservation or declaration touches,
	// as "7", "9.1" or "1b" (article.paragraph); empty for other events
	// and for a text that touches none in particular.
	Articles []string
	// Text is the verbatim text of a reservation or declaration.
	Text string
	// Note qualifies the event, e.g. "events occurring in Europe".
	Note string
	// Source names where the fact comes from, e.g. "UNTC status page
	// MTDSG IV-9, as scraped 2015-03-14"; URL is its address, if any.
	Source, URL string
	// AsOf is the date the source was current, "2015-03-14".
	AsOf string
}

// In is when e took effect: Effective if known, else Date.
func (e Event) In() time.Time {
	if !e.Effective.IsZero() {
		return e.Effective
	}
	return e.Date
}

// depositary reports whether the event's source is the depositary's own
// record (the UN Treaty Collection), which wins where sources disagree.
func (e Event) depositary() bool { return strings.HasPrefix(e.Source, "UNTC") }

// A Conflict is a fact on which two sources disagree.
type Conflict struct {
	// Fact names it, e.g. "signature" or "ratification or accession".
	Fact string
	// Used is the fact as appeal uses it (the depositary's, where one
	// of the sources is the depositary); Other is what the other says.
	Used, Other Event
}

// A Status is what the records say about one state and one treaty.
type Status struct {
	State State
	// Treaty is the treaty id or record key asked about.
	Treaty string
	// Known reports whether the data covers this state and treaty at all;
	// when it does and Bound is nil, the state had not consented as of AsOf.
	Known bool
	// Key is the treaty's record key, "CAT".
	Key    string
	Signed *Event // signature, if any
	// Bound is the state's latest consent to be bound (ratification,
	// accession, succession, ...): a re-accession after a denunciation.
	Bound *Event
	// Inherited is, where Bound is a succession, the predecessor's
	// consent the state succeeded to: the Czech and Slovak Federal
	// Republic's ratification of the ECHR, for the Czech Republic.
	Inherited *Event
	// Left is a denunciation (or cessation) that took effect after Bound:
	// the state is no longer a party.
	Left *Event
	// History holds every consent and denunciation, in date order, when
	// there was more than one: "acceded 1980, denounced 1998, re-acceded
	// 1998, denounced 2000".
	History []Event
	// Mechanisms are declarations and limitations: Declaration22,
	// Withdrawal22, OptionalProtocol1, GeographicLimitation, ...
	Mechanisms []Event
	// Reservations are the state's reservations, declarations and
	// understandings on the treaty's articles.
	Reservations []Event
	// NotParty is a source's word that the state is not a party, where
	// appeal's list of parties is partial (regional treaties).
	NotParty *Event
	// Conflicts are facts on which the sources disagree.
	Conflicts []Conflict
	// Impossible are facts left out because they cannot be true, such as
	// an article 22 declaration dated before the state joined.
	Impossible []Event
	// Source, URL and AsOf are those of the newest complete table, which
	// says that a state not listed took no action.
	Source, URL, AsOf string
	// TextsAsOf is the date of the depositary's table of reservations and
	// declarations the records hold ("2015-03-14"); "" if none.
	TextsAsOf string
}

// TextsMissing reports whether the state joined the treaty after the
// date of the table of reservations and declarations the records hold:
// whatever it said on joining is not recorded, so that no reservation
// found is no evidence that there is none.
func (s Status) TextsMissing() bool {
	if s.Bound == nil || s.TextsAsOf == "" {
		return false
	}
	day := s.Bound.Date
	if day.IsZero() {
		day = s.Bound.Effective
	}
	return day.Format("2006-01-02") > s.TextsAsOf
}

// Party reports whether the state is bound and has not left.
func (s Status) Party() bool { return s.Bound != nil && s.Left == nil }

// Rejoined reports whether Bound came after an earlier denunciation.
func (s Status) Rejoined() bool {
	for _, e := range s.History {
		if e.Action.leaves() && s.Bound != nil && !e.noticed().After(s.Bound.Date) {
			return true
		}
	}
	return false
}

// noticed is when a denunciation was notified, or took effect where the
// notification's date is not known. A consent deposited on or after that
// day is a re-accession, whatever day each took effect: Guyana denounced
// the ICCPR's first Optional Protocol and re-acceded to it, with a
// reservation, on the same day.
func (e Event) noticed() time.Time { return e.Noticed() }

// Noticed is the day a denunciation was notified, or the day it took
// effect where the notification's day is not known.
func (e Event) Noticed() time.Time {
	if !e.Date.IsZero() {
		return e.Date
	}
	return e.Effective
}

// Mechanism returns the state's event of the given action, if any.
func (s Status) Mechanism(a Action) (Event, bool) {
	for _, e := range slices.Backward(s.Mechanisms) {
		if e.Action == a {
			return e, true
		}
	}
	return Event{}, false
}

// Accepts returns the state's latest declaration of action a (such as
// Declaration22 or GeographicLimitation) unless a later event of action
// withdrawn withdrew it.
func (s Status) Accepts(a, withdrawn Action) (Event, bool) {
	e, ok := s.Mechanism(a)
	if !ok {
		return Event{}, false
	}
	if w, ok := s.Mechanism(withdrawn); ok && !w.In().Before(e.Date) {
		return Event{}, false
	}
	return e, true
}

// Touching returns the state's reservations and declarations that touch
// the given article (and paragraph, "" for the whole article), each with
// the passage that does, a few lines at most: those that name it, those
// on an article that defines its terms (CAT article 1 for article 3), and
// general ones that name no article but cover every article in conflict
// with a law (those are General). A text made on signature and replaced
// on joining is not in force and is left out.
func (s Status) Touching(article, paragraph string) []Touch {
	var out []Touch
	article = strings.ToLower(article)
	for _, e := range s.Reservations {
		if strings.HasPrefix(e.Note, SignatureOnly) {
			continue
		}
		named := article
		switch {
		case touches(e.Articles, article, paragraph):
		case definedBy[s.key()][article] != "" && touches(e.Articles, definedBy[s.key()][article], ""):
			named = definedBy[s.key()][article]
		case slices.Contains(e.Articles, General):
			out = append(out, s.general(e))
			continue
		default:
			continue
		}
		par := paragraph
		if named != article {
			par = ""
		}
		ps := passages(s.key(), e, named, par)
		if len(ps) > 0 && aboutOnly(e.Text, named) {
			// A short text on this article alone is quoted whole: a
			// sentence that does not name the article may be the one
			// that limits it.
			ps = []Touch{{Event: e, Passage: strings.Trim(kindLabel.ReplaceAllString(e.Text, ""), `"“” `), Kind: ps[0].Kind}}
		}
		for _, t := range ps {
			if named != article {
				t.Via = named
			}
			out = append(out, t)
		}
		// A general text whose passages on the article are made for
		// territories alone still bears on it for the state (the United
		// Kingdom's on article 13 "in Hong Kong", and its acceptance of
		// "the other provisions of the Covenant" subject to its
		// immigration legislation).
		if slices.Contains(e.Articles, General) && !slices.ContainsFunc(ps, func(t Touch) bool { return t.Territories == "" }) {
			out = append(out, s.general(e))
		}
	}
	return out
}

// general is e, a general text, as a Touch: its passages that speak of
// a conflict with a law.
func (s Status) general(e Event) Touch {
	kind := Action("")
	if !e.fromScrape() {
		kind = e.Action
	}
	for _, m := range followingHeading.FindAllStringSubmatch(e.Text, 1) {
		kind = kindOf(m[1] + m[2])
	}
	return Touch{Event: e, Passage: generalPassage(e.Text), Kind: kind, General: true}
}

// aboutOnly reports a text short enough to quote whole (about 600
// characters) that names no article but article, and was not glued to a
// statement made on signature.
func aboutOnly(text, article string) bool {
	if len(text) > 600 || signedOnly.MatchString(text) {
		return false
	}
	for _, a := range Articles(text) {
		if art, _, _ := strings.Cut(strings.ToLower(a), "."); art != article {
			return false
		}
	}
	return true
}

// generalPassage is a general text whole, where it is short, else its
// sentences that speak of a conflict with a law.
func generalPassage(text string) string {
	if len(text) <= 600 && !signedOnly.MatchString(text) {
		return strings.Trim(text, `"“” `)
	}
	var parts []string
	for _, part := range sentences(text) {
		if generalReservation.MatchString(part) && !signedOnly.MatchString(part) {
			parts = append(parts, strings.Trim(kindLabel.ReplaceAllString(part, ""), `"“” `))
		}
	}
	if len(parts) == 0 {
		return strings.Trim(text, `"“” `)
	}
	return strings.Join(parts, " … ")
}

// General stands in a reservation's Articles for every article: the text
// names none, but speaks of the treaty as a whole against a law ("all such
// articles as are in conflict with the provisions of Islamic law"; "the
// provisions of the Islamic Sharia and the fact that they do not conflict
// with the text"), so it may bear on any article quoted.
const General = "*"

// SignatureOnly begins the Note of a text made on signature that the
// state replaced by what it said on joining the treaty.
const SignatureOnly = "made on signature"

// definedBy are the articles whose terms another article defines, by
// record key: a declaration on the definition of torture (CAT article 1)
// limits what article 3 forbids.
var definedBy = map[string]map[string]string{
	"CAT": {"3": "1"},
}

func (s Status) key() string {
	if s.Key != "" {
		return s.Key
	}
	return strings.ToUpper(s.Treaty)
}

// A Touch is a reservation, declaration or understanding that touches a
// quoted article, with the passage that does.
type Touch struct {
	Event
	Passage string
	// Kind is what the passage is by the text's own headings, or by a
	// hand-compiled source that says it: Reservation, Declaration or
	// Understanding; "" where neither says (the UN tables lost their
	// headings), and a letter then names it by no kind.
	Kind Action
	// General reports a text that names no article but covers them all.
	General bool
	// Via is the article the passage names when it touches the quoted one
	// through its definition ("1" for CAT article 3); "" otherwise.
	Via string
	// Territories names the territories the passage is made for alone,
	// in its own words ("each of its dependent territories", "Hong
	// Kong"): it does not limit the article where the state holds a
	// person on its own territory. "" for a passage made for the state.
	Territories string
}

// territorial finds a passage made only for territories whose
// international relations the state conducts: "the United Kingdom, in
// respect of each of its dependent territories, reserves …".
var territorial = lazyregexp.New(`(?i)\bin\s+respect\s+of\s+((?:each\s+of\s+)?its\s+(?:dependent|overseas|non-metropolitan)\s+territor(?:y|ies)(?:\s+except\s+[A-Z]\w*(?:\s+[A-Z]\w*)*(?:\s+and\s+[A-Z]\w*(?:\s+[A-Z]\w*)*)?)?|Hong\s+Kong(?:\s+and\s+the\s+[A-Z]\w+\s+Islands)?)|\bin\s+(Hong\s+Kong)\b`)

// thoseTerritories refers back to the territories a text has just named.
var thoseTerritories = lazyregexp.New(`(?i)\b(?:those|these|such)\s+territories\b`)

// newText finds a part of a state's text that opens a quotation of its
// own, and closedText one that closes it.
var (
	newText    = lazyregexp.New(`^\s*["“]`)
	closedText = lazyregexp.New(`["”]\s*$`)
)

// passages are the passages of e that touch article, one for each kind
// of text they are listed as (a state's reservations, then its
// understandings, then its declarations), in the order of the text: the
// sentences that name the article, or that name the subject a treaty's
// article governs (capital punishment, ICCPR article 6).
//
// With a paragraph, a sentence that names only other paragraphs of the
// article is left out: the United Kingdom's text on article 12 (1) does
// not limit article 12 (4). A passage grows to about 600 characters; a
// sentence past that begins a passage of its own, never dropped.
func passages(key string, e Event, article, paragraph string) []Touch {
	var out []Touch
	heading := Action("")
	local := false  // the heading was given inside a numbered item, for it alone
	closed := false // the part before ended a quoted text
	lastWhere := "" // the territories the part before was made for
	for _, part := range sentences(e.Text) {
		item := itemStart.MatchString(part)
		if item && local {
			heading, local = "", false
		}
		// The UN tables give a state's texts one after another, each in
		// its own quotation marks: a quoted text that follows a closed
		// one and is no item of its list is another text, made at
		// another time, which the heading before it does not name (the
		// United Kingdom's reservation of 1994 for its dependent
		// territories, after its "Declaration:" on extending the
		// Convention to them).
		if closed && !item && newText.MatchString(part) {
			heading, local = "", false
		}
		closed = closedText.MatchString(part)
		where := ""
		if m := territorial.FindStringSubmatch(part); m != nil {
			where = m[1] + m[2]
		} else if thoseTerritories.MatchString(part) {
			where = lastWhere // "in those territories": the ones just named
		}
		lastWhere = where
		for _, m := range followingHeading.FindAllStringSubmatch(part, -1) {
			heading, local = kindOf(m[1]+m[2]), item
		}
		if !touches(Articles(part), article, paragraph) && !onTopic(key, part, article) {
			continue
		}
		if signedOnly.MatchString(part) {
			continue // made on signature, to be said again on ratification
		}
		// What a passage is, by a heading the text itself gives ("the
		// following reservations"), or by a source that says it; the
		// UN tables' texts lost the headings they were listed under, so
		// that a word such as "reserves" in a sentence is no sign of
		// what the text is: such a passage is left unnamed ("").
		kind := heading
		if kind == "" && !e.fromScrape() {
			kind = e.Action
		}
		text := strings.Trim(part, `"“” `)
		// A sentence on many articles ("articles 1 through 27 of the
		// Covenant are not self-executing") is a passage of its own, so
		// that a letter quoting several of them quotes it once.
		wide := Broad(part)
		if n := len(out); n > 0 && !wide && !Broad(out[n-1].Passage) && out[n-1].Kind == kind && out[n-1].Territories == where {
			if len(out[n-1].Passage)+len(text) <= 600 {
				out[n-1].Passage += " … " + text
				continue
			}
		}
		out = append(out, Touch{Event: e, Passage: text, Kind: kind, Territories: where})
	}
	if len(out) == 0 {
		kind := Action("")
		if !e.fromScrape() {
			kind = e.Action
		}
		out = append(out, Touch{Event: e, Passage: Passage(e.Text, article), Kind: kind})
	}
	return out
}

// Broad reports a passage that names more than three articles ("articles
// 1 through 27 of the Covenant are not self-executing"): it is not stated
// as to any one of them.
func Broad(text string) bool {
	seen := map[string]bool{}
	for _, a := range Articles(text) {
		if a != General {
			art, _, _ := strings.Cut(a, ".")
			seen[art] = true
		}
	}
	return len(seen) > 3
}

// KindKnown reports whether what e is (a reservation, a declaration, an
// understanding) was read from a source that says so, rather than guessed
// from the words of a UN table's text that lost its heading.
func (e Event) KindKnown() bool { return !e.fromScrape() }

// fromScrape reports whether e's text is from the UN tables as scraped in
// 2015, whose headings (reservations, declarations, understandings) were
// lost: what kind of text it is, is not known from the text alone.
func (e Event) fromScrape() bool {
	return strings.HasPrefix(e.Source, "UNTC status page") && strings.Contains(e.Source, "declarations and reservations")
}

func kindOf(heading string) Action {
	h := strings.ToLower(heading)
	switch {
	case strings.HasPrefix(h, "reservation"):
		return Reservation
	case strings.HasPrefix(h, "understanding"):
		return Understanding
	}
	return Declaration
}

// topics are the subjects a text can limit without naming the article
// that governs them, by record key: a reservation on capital punishment
// touches ICCPR article 6.
var topics = map[string]map[string]*regexp.Regexp{
	"ICCPR": {"6": regexp.MustCompile(`(?i)\bcapital punishment\b|\bdeath penalty\b|\bsentences? of death\b|\bdeath sentences?\b`)},
}

// onTopic reports whether a text speaks of the subject the treaty's article
// governs, without naming it.
func onTopic(key, text, article string) bool {
	re, ok := topics[key][article]
	return ok && re.MatchString(text)
}

// Topics returns the articles of the treaty (record key) whose subject
// the text speaks of without naming them.
func Topics(key, text string) []string {
	var out []string
	for article, re := range topics[key] {
		if re.MatchString(text) {
			out = append(out, article)
		}
	}
	slices.Sort(out)
	return out
}

// kindLabel is the label a scraped text begins a part with:
// `Reservation:"The Government …`.
var kindLabel = lazyregexp.New(`^\s*(?i:reservations?|declarations?|understandings?)\s*:\s*["“]?`)

// signedOnly finds a statement made on signature that only keeps the
// right to say more on ratification ("… and preserves the right to make
// such particular declaration, upon its ratification"): the scrape glued
// some to the text made on ratification, and it is never quoted.
var signedOnly = lazyregexp.New(`(?i)\b(preserves?|reserves?)\s+the\s+right\s+to\s+(make|enter|formulate)\b[^.]*\bupon\s+(its\s+)?ratification`)

// itemStart finds a numbered item of a state's text: "(2) The
// Government …", "3. …". A heading given inside one ("(2) … enters the
// following reservation concerning article 4") names that item only.
var itemStart = lazyregexp.New(`^\s*["“]?\(?[0-9]{1,2}[.)]\s`)

// followingHeading finds "the following reservations", "the following
// understandings", "Declarations:", "Reservation:" in a state's text.
var followingHeading = lazyregexp.New(`(?i)\bfollowing\s+(reservations?|understandings?|declarations?)\b|\b(reservations?|understandings?|declarations?)\s*:`)

func touches(articles []string, article, paragraph string) bool {
	article = strings.ToLower(article)
	for _, a := range articles {
		art, par, _ := strings.Cut(strings.ToLower(a), ".")
		if art != article && !(par == "" && wholeArticleOf(art, article)) {
			continue
		}
		if paragraph == "" || par == "" || par == paragraph {
			return true
		}
	}
	return false
}

// wholeArticleOf reports whether art, an article named whole ("1"), holds
// article, one of its sections ("1a"): a statement on article 1 of the
// Refugee Convention bears on its section A.
func wholeArticleOf(art, article string) bool {
	rest, ok := strings.CutPrefix(article, art)
	return ok && art != "" && rest != "" && !strings.ContainsAny(rest, "0123456789") && !strings.ContainsAny(art, "abcdef")
}

// articleItem is one article in a list: "7", "1 B", "14 (3)", "14 (3) (d)",
// "9, paragraph 1", "38, paragraphs 2 and 3": the paragraphs after the
// first are part of the item, never articles of their own; but in a list
// of articles, a number after "paragraph N and" is an article again:
// "articles 2, 7, 14, 28 paragraph 1 (a) and 37" names article 37, where
// "article 10, paragraph 2 (b) and 3" names its paragraphs 2 and 3.
const articleItem = `[0-9]+\s*[A-F]?\b(?:\s*\(\s*[0-9]+\s*\)(?:\s*\([a-z]\))?|\s*,?\s*paragraphs?\s+[0-9]+(?:\s*\([a-z]\))?(?:\s*(?:,|and|or)\s*[0-9]+(?:\s*\([a-z]\))?)*)?`

// articleRef finds "article 7", "articles 2, 7 and 14", "article 14 (3)",
// "article 9, paragraph 1", "Article 1B".
var articleRef = lazyregexp.New(`\b(?i:articles?)\s+(` + articleItem + `(?:\s*(?:,|and|&|to|through|-|–|or)\s*` + articleItem + `)*)`)

// otherInstrument follows an article of another instrument than the
// treaty: a state's constitution, the UN Charter, another convention.
//
// The other Covenant may be named without "International", and after a
// comma that closes the article's paragraphs: "article 13, paragraphs 3
// and 4, of the Covenant on Economic, Social and Cultural Rights"
// (Algeria, in the text the ICCPR's entry points to). "Articles 1, 2 and
// 73 thereof", just after the Charter is named, are the Charter's.
var otherInstrument = lazyregexp.New(`^\s*,?\s*(?:\([a-z]\)\s*)?(?:(?:of|in)\s+(?:(?:the\s+|its\s+|our\s+)?(?:[A-Z][a-z]+\s+)*(?:Charter|Constitution|Statute|Code|Act|Law|Arrangement|Agreement|Protocol|Vienna|Geneva|European|International|American|African)|(?:the\s+)?Covenant\s+on\s+Economic)|thereof\b)`)

// ofAnother reports whether the words after an article name another
// instrument as its own (before, the text before the article). "Article
// 5, paragraph 2, of the Protocol" is left as it was read before a comma
// was allowed: a protocol's own texts speak of it so.
func ofAnother(before, after string) bool {
	if saidConvention.MatchString(after) && numberedConvention.MatchString(before) {
		return true // "article 9 of the said Convention", after "Convention (No. 87)"
	}
	m := otherInstrument.FindString(after)
	switch {
	case m == "" || ownCovenant.MatchString(after):
		return false
	case strings.HasSuffix(m, "thereof"):
		return charterBefore.MatchString(before)
	case strings.HasPrefix(strings.TrimSpace(m), ",") && strings.HasSuffix(m, "Protocol"):
		return false
	}
	return true
}

// saidConvention refers back to a convention named before, and
// numberedConvention names one of the International Labour Organisation's,
// "the Convention (No. 87) concerning Freedom of Association" (Japan, in
// the text its ICCPR entry points to): "article 9 of the said Convention"
// after it is that convention's.
var (
	saidConvention     = lazyregexp.New(`^\s*,?\s*of\s+the\s+said\s+Convention\b`)
	numberedConvention = lazyregexp.New(`\bConvention\s*\(No\.\s*[0-9]+\)[^.;]*$`)
)

// charterBefore is the Charter named just before "Articles … thereof".
var charterBefore = lazyregexp.New(`\bCharter\b[^.;]{0,40}$`)

// paragraphsOf finds the paragraphs named before the article they belong
// to: "paragraph 3 (d) of Article 14", "paragraphs 1 and 2 of the article
// 17", "sub-paragraph (d) of paragraph 3 of article 14".
var paragraphsOf = lazyregexp.New(`(?i)\bparagraphs?\s+([0-9]+(?:\s*\(\s*[a-z]\s*\))?(?:\s*(?:,|and|or)\s*[0-9]+(?:\s*\(\s*[a-z]\s*\))?)*)\s*,?\s+of\s+(?:the\s+)?$`)

// articleHeading is an article named as a heading over the text that
// follows it: "Article 14“The Government …", "Article 10: So far as …",
// "Article 8‘The Government …" (Pakistan, CAT).
var articleHeading = lazyregexp.New(`(?:^|["“”‘’.:]\s*)(?i:article)\s+([0-9]+)\s*(?::|["“‘])`)

// ownCovenant is the ICCPR named in a text given for both Covenants
// ("article 9 of the International Covenant on Civil and Political
// Rights"): an article of the treaty itself, not of another instrument.
var ownCovenant = lazyregexp.New(`^\s*,?\s*(?:of|in)\s+the\s+International\s+Covenant\s+on\s+Civil\s+and\s+Political\s+Rights`)

var digits = lazyregexp.New(`[0-9]+`)

// Numbers in brackets where an article or paragraph number stands, as
// some texts write them (Bahrain, ICCPR: "Article 3, (18) and (23)",
// "Article (9), Paragraph (5)"): after the word, after a comma, or after
// "and" that follows a bare number. "article 14 (3) and (5)" keeps its
// paragraphs.
var (
	bracketAfterWord  = lazyregexp.New(`(?i)\b(articles?|paragraphs?)\s*\(\s*([0-9]+)\s*\)`)
	bracketAfterComma = lazyregexp.New(`\b([0-9]+)\s*,\s*\(\s*([0-9]+)\s*\)`)
	bracketAfterAnd   = lazyregexp.New(`([0-9])\s+and\s+\(\s*([0-9]+)\s*\)`)
	capitalParagraph  = lazyregexp.New(`\bParagraph`)
)

// bracketedNumbers writes bracketed article and paragraph numbers bare,
// and "Paragraph" in lower case, for articleRef.
func bracketedNumbers(text string) string {
	if !strings.Contains(text, "(") && !strings.Contains(text, "Paragraph") {
		return text
	}
	text = bracketAfterWord.ReplaceAllString(text, "$1 $2")
	text = bracketAfterComma.ReplaceAllString(text, "$1, $2")
	text = bracketAfterAnd.ReplaceAllString(text, "$1 and $2")
	return capitalParagraph.ReplaceAllString(text, "paragraph")
}

// rangeWord joins the ends of a range of articles: "1 through 16", "2 to 34".
var rangeWord = lazyregexp.New(`^\s*(?:to|through|-|–)\s*$`)

// generalReservation finds a text that reserves every article in conflict
// with a law, whether or not it names some in particular: "with respect
// to all such articles as are in conflict with the provisions of Islamic
// law", "any provisions or articles of the Convention that are
// incompatible with Islamic Laws", "all the provisions of the Convention
// that do not accord with Islamic law or the legislation in force"
// (Oman), "the provisions of the said Convention which may be contrary
// to the Constitution of Brunei Darussalam and to the beliefs and
// principles of Islam" (Brunei Darussalam), "provided that they are not
// contrary to or incompatible with the constitutional and legal
// provisions in force" (Angola), "obligations going beyond the limits
// prescribed by the Constitution" (Singapore); and a
// treaty applied only as far as it suits the state's nature: "undertakes
// to apply it insofar as it is compatible, in practice, with the peculiar
// nature of that State" (the Holy See, CAT), "the application of the
// Convention must be compatible in practice with the special nature of
// the Vatican City State" (the Holy See, Refugee Convention, CRC). An
// article applied "to the extent that it is compatible" with a law
// (Austria, CRC article 17) names that article, and is not general.
var generalReservation = lazyregexp.New(`(?i)` +
	`\b(?:apply\s+it\s+insofar\s+as\s+it\s+is|application\s+of\s+the\s+(?:Convention|Covenant)\s+(?:must\s+|shall\s+|should\s+)?be)\s*,?\s+compatible\b|` +
	`\b(?:all|any)\s+(?:(?:such|the)\s+)?(?:provisions?|articles?)(?:\s+or\s+articles?)?\b[^.;]*\b` + against +
	`|\b(?:Islamic|Shari)[^.;]*\b` + against + `|\b` + against + `[^.;]*\b(?:Islam\b|Islamic|Shari)` +
	`|\bprovisions\s+of\s+the\s+(?:said\s+)?(?:Convention|Covenant)\b[^.;]*\b` + against + `[^.;]*\b(?:Constitution|constitutional|legislation\s+in\s+force)` +
	`|\bbeyond\s+the\s+limits\s+prescribed\s+by\s+the\s+Constitution`)

// against is the words by which a text measures the treaty against a law:
// "in conflict with", "incompatible with", "contrary to", "do not accord
// with".
const against = `(?:conflict|incompatib|contrary|contradict|not\s+accord)`

// articleNumber is one item of a list of articles ("articles 2, 7 and
// 14"), articleNumberOne the one article of "article 10, paragraph 2 (b)
// and 3": the same groups, but only "paragraphs" (plural) is followed by
// more paragraph numbers in a list of articles.
var articleNumberOne = lazyregexp.New(`([0-9]+)\s*([A-F]?)\b(?:\s*\(\s*([0-9]+)\s*\)(?:\s*\([a-z]\))?|()(?:\s*,?\s*paragraphs?\s+([0-9]+)(?:\s*\([a-z]\))?(?:\s*(?:,|and|or)\s*[0-9]+(?:\s*\([a-z]\))?)*))?`)

var articleNumber = lazyregexp.New(`([0-9]+)\s*([A-F]?)\b(?:\s*\(\s*([0-9]+)\s*\)(?:\s*\([a-z]\))?|\s*,?\s*paragraph\s+([0-9]+)(?:\s*\([a-z]\))?|\s*,?\s*paragraphs\s+([0-9]+)(?:\s*\([a-z]\))?(?:\s*(?:,|and|or)\s*[0-9]+(?:\s*\([a-z]\))?)*)?`)

// preserving finds the words by which a text keeps an article whole
// rather than limits it: "shall not operate to the prejudice of the
// provisions of article 33" (Uganda on article 32 of the Refugee
// Convention), "without prejudice to the definition of a refugee provided
// for under article 1" (Mexico). Its groups are the words between and the
// article named.
var preserving = lazyregexp.New(`(?i)\b(?:without\s+prejudice\s+to|(?:shall|will|does|do|should|may)\s+not\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:the\s+)?prejudice(?:\s+(?:of|to))?)\s+([^.;]{0,80}?)\b((?i:articles?)\s+` + articleItem + `)`)

// notKept finds, between "without prejudice to" and the article, words by
// which the state keeps a right over the article rather than the article
// itself: "without prejudice to its right to interpret article 7".
var notKept = lazyregexp.New(`(?i)\b(?:rights?|reserv\w*|interpret\w*|limit\w*|restrict\w*)\b`)

// preserved returns the spans of text, as [start, end) pairs, that name
// an article the text keeps whole (see preserving).
func preserved(text string) [][2]int {
	var out [][2]int
	for _, m := range preserving.FindAllStringSubmatchIndex(text, -1) {
		if notKept.MatchString(text[m[2]:m[3]]) {
			continue
		}
		out = append(out, [2]int{m[4], m[5]})
	}
	return out
}

// Articles returns the articles a reservation's text names: "7",
// "14.3", "1b"; a range "1 through 16" or "2 to 34" names every article in
// it; a text that reserves every article in conflict with a law names
// General. An article the text names only to keep it whole ("shall not
// operate to the prejudice of the provisions of article 33") is not one
// it names: the text does not limit it.
func Articles(text string) []string {
	var out []string
	if generalReservation.MatchString(text) {
		out = append(out, General)
	}
	text = bracketedNumbers(text)
	keeps := preserved(text)
	for _, loc := range articleRef.FindAllStringSubmatchIndex(text, -1) {
		if ofAnother(text[:loc[0]], text[loc[1]:]) {
			continue // "Article 33 of the Charter of the United Nations"
		}
		if slices.ContainsFunc(keeps, func(k [2]int) bool { return k[0] <= loc[0] && loc[0] < k[1] }) {
			continue
		}
		list := text[loc[2]:loc[3]]
		numbers := articleNumber
		if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[loc[0]:loc[2]])), "articles") {
			numbers = articleNumberOne
		}
		// "paragraph 3 (d) of article 14": the paragraphs before the
		// article are its own, where the article names none.
		var before []string
		if m := paragraphsOf.FindStringSubmatch(text[:loc[0]]); m != nil {
			before = digits.FindAllString(m[1], -1)
		}
		prevEnd, prev := -1, 0
		for i, at := range numbers.FindAllStringSubmatchIndex(list, -1) {
			n := make([]string, len(at)/2)
			for i := range n {
				if at[2*i] >= 0 {
					n[i] = list[at[2*i]:at[2*i+1]]
				}
			}
			num, _ := strconv.Atoi(n[1])
			if prevEnd >= 0 && rangeWord.MatchString(list[prevEnd:at[0]]) && prev < num && num-prev <= 60 {
				for k := prev + 1; k < num; k++ {
					if x := strconv.Itoa(k); !slices.Contains(out, x) {
						out = append(out, x)
					}
				}
			}
			prevEnd, prev = at[1], num
			a := n[1] + strings.ToLower(n[2])
			var paras []string
			switch {
			case n[3] != "":
				paras = []string{n[3]}
			case n[4] != "":
				paras = []string{n[4]}
			case n[5] != "":
				// "paragraphs 2 and 3": every number after the word.
				tail := n[0][strings.Index(n[0], "paragraph"):]
				paras = digits.FindAllString(tail, -1)
			}
			if len(paras) == 0 && i == 0 {
				paras = before
			}
			if len(paras) == 0 {
				paras = []string{""}
			}
			for _, p := range paras {
				x := a
				if p != "" {
					x += "." + p
				}
				if !slices.Contains(out, x) {
					out = append(out, x)
				}
			}
		}
	}
	return headed(text, out)
}

// headed leaves out an article named only as a heading ("Article 14“The
// Government … paragraph 3 (d) of Article 14") where the text under it
// names paragraphs of that article: the text touches those paragraphs,
// not the whole article.
func headed(text string, articles []string) []string {
	heads := articleHeading.FindAllStringSubmatchIndex(text, -1)
	if len(heads) == 0 {
		return articles
	}
	return slices.DeleteFunc(articles, func(a string) bool {
		if strings.Contains(a, ".") || !slices.ContainsFunc(articles, func(b string) bool { return strings.HasPrefix(b, a+".") }) {
			return false
		}
		headings := 0
		for _, h := range heads {
			if text[h[2]:h[3]] == a {
				headings++
			}
		}
		// Every whole mention of the article is a heading.
		whole := 0
		for _, loc := range articleRef.FindAllStringSubmatchIndex(text, -1) {
			for i, m := range articleNumber.FindAllStringSubmatch(text[loc[2]:loc[3]], -1) {
				if m[1] == a && m[3]+m[4]+m[5] == "" && (i > 0 || !paragraphsOf.MatchString(text[:loc[0]])) {
					whole++
				}
			}
		}
		return headings > 0 && whole <= headings
	})
}

// sentenceEnd splits a reservation's text into passages: after a full
// stop, or a closing quotation mark, that ends a sentence; never at a
// semicolon, which would cut a sentence in two (Uganda's reservation to
// article 32 goes on, after one, to speak of article 33).
var sentenceEnd = lazyregexp.New(`\.["”'’]?\s*|["”]\s*\(`)

// abbreviation reports text that ends with an abbreviation whose full
// stop does not end a sentence: "No", "Nos", "St", "Art", "para", "Mr".
func abbreviation(text string) bool {
	i := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	word := text[i+1:]
	if len(word) == 1 && unicode.IsUpper(rune(word[0])) {
		return true // an initial: "J. Smith", "article 1 B."
	}
	return abbreviations[strings.ToLower(word)]
}

var abbreviations = map[string]bool{"no": true, "nos": true, "st": true, "art": true, "arts": true, "para": true,
	"paras": true, "sec": true, "mr": true, "mrs": true, "ms": true, "dr": true, "vol": true, "p": true, "pp": true,
	"cf": true, "e.g": true, "i.e": true, "viz": true, "ibid": true, "op": true, "cit": true, "co": true, "ltd": true,
	"inc": true, "ch": true, "chap": true, "c": true, "n": true, "v": true, "vs": true, "etc": false}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// sentences splits a text at sentenceEnd.
func sentences(text string) []string {
	var out []string
	rest := text
	for rest != "" {
		end := len(rest)
		for from := 0; from < len(rest); {
			loc := sentenceEnd.FindStringIndex(rest[from:])
			if loc == nil {
				break
			}
			start, stop := from+loc[0], from+loc[1]
			if rest[start] == '.' && (abbreviation(rest[:start]) || start > 0 && isDigit(rest[start-1]) && stop < len(rest) && isDigit(rest[stop])) {
				from = stop // "Order No. 45", "St. Vincent", "1.5": not a sentence's end
				continue
			}
			end = stop
			if rest[stop-1] == '(' {
				end-- // keep "(2)" with the next passage
			}
			break
		}
		out = append(out, strings.TrimSpace(rest[:end]))
		rest = rest[end:]
	}
	return out
}

// Passage returns the sentences of text that name the article, joined;
// at most about 600 characters, cut at a word with "…".
func Passage(text, article string) string {
	var parts []string
	for _, part := range sentences(text) {
		if touches(Articles(part), article, "") {
			parts = append(parts, strings.Trim(part, `"“” `))
		}
	}
	if len(parts) == 0 {
		return strings.Trim(text, `"“” `)
	}
	// Whole sentences only, never cut in the middle: as many as fit in
	// about 600 characters, and at least the first.
	const max = 600
	p := parts[0]
	for i, part := range parts[1:] {
		if len(p)+len(part)+3 > max {
			if i < len(parts)-1 {
				p += " …"
			}
			break
		}
		p += " … " + part
	}
	return p
}

// readEvents reads records.csv: one event a row, by header name, so that
// a column added later is tolerated.
func (r *Records) readEvents(data []byte) error {
	cr := csv.NewReader(bytes.NewReader(data))
	rows, err := cr.ReadAll()
	if err != nil {
		return fmt.Errorf("records.csv: %w", err)
	}
	if len(rows) == 0 {
		return fmt.Errorf("records.csv: empty")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, need := range []string{"state", "treaty", "action", "date", "source", "as_of"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("records.csv: no %q column", need)
		}
	}
	get := func(row []string, name string) string {
		if i, ok := col[name]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}
	urls := map[string]string{} // a source's address is given on its first row only
	for i, row := range rows[1:] {
		line := i + 2
		state, key, action := get(row, "state"), get(row, "treaty"), Action(get(row, "action"))
		source, url := get(row, "source"), get(row, "source_url")
		if url == "" {
			url = urls[source]
		} else if urls[source] == "" {
			urls[source] = url
		}
		if !slices.Contains(r.keys, key) {
			r.keys = append(r.keys, key)
		}
		if state == "*" {
			// The depositary's table lists reservations and declarations
			// too: the texts are as current as it is.
			if action == "covered" && strings.HasPrefix(source, "UNTC") && get(row, "as_of") > r.texts[key] {
				r.texts[key] = get(row, "as_of")
			}
			if action == "covered" && get(row, "as_of") > r.covered[key].asOf {
				r.covered[key] = coverage{source, url, get(row, "as_of")}
			}
			continue
		}
		if !r.names[state] {
			return fmt.Errorf("records.csv:%d: unknown state %q", line, state)
		}
		e := Event{Action: action, Text: get(row, "text"), Note: get(row, "note"),
			Source: source, URL: url, AsOf: get(row, "as_of")}
		for _, d := range []struct {
			name string
			to   *time.Time
		}{{"date", &e.Date}, {"effective", &e.Effective}} {
			if v := get(row, d.name); v != "" {
				if *d.to, err = time.Parse("2006-01-02", v); err != nil {
					return fmt.Errorf("records.csv:%d: %s: %v", line, d.name, err)
				}
			}
		}
		// internal/gen writes the articles a UN text names (Articles);
		// a row without them touches no article in particular.
		if a := get(row, "article"); a != "" {
			e.Articles = strings.Split(strings.ToLower(a), ";")
		}
		r.events[state+"|"+key] = append(r.events[state+"|"+key], e)
	}
	return nil
}

// Status returns what the records say about state and a treaty, given by
// treaty id ("cat", "refugee-convention") or record key ("CAT", "REF1951").
// It is zero but for State and Treaty when the records do not cover them.
// The caller has a Status of its own to change.
func (r *Records) Status(state State, treatyID string) Status {
	key := r.RecordKey(treatyID)
	if key == "" {
		return Status{State: state, Treaty: treatyID}
	}
	// A letter asks for the same status many times, and the letters of a
	// run share one Records: each is worked out once.
	k := statusKey{state, treatyID}
	if st, ok := r.statuses.Load(k); ok {
		return st.(Status).clone()
	}
	st := r.status(state, treatyID, key)
	r.statuses.Store(k, st)
	return st.clone()
}

type statusKey struct {
	state  State
	treaty string
}

// clone is st with copies of its own of the events and lists in it, so
// that changing it leaves the records' copy as it was.
func (st Status) clone() Status {
	for _, e := range []**Event{&st.Signed, &st.Bound, &st.Inherited, &st.Left, &st.NotParty} {
		if *e != nil {
			c := **e
			*e = &c
		}
	}
	st.History = slices.Clone(st.History)
	st.Mechanisms = slices.Clone(st.Mechanisms)
	st.Reservations = slices.Clone(st.Reservations)
	st.Conflicts = slices.Clone(st.Conflicts)
	st.Impossible = slices.Clone(st.Impossible)
	return st
}

// status works out Status, for a treaty of the given record key.
func (r *Records) status(state State, treatyID, key string) Status {
	st := Status{State: state, Treaty: treatyID, Key: key}
	events := r.eventsOf(state.Name, key)
	cov, complete := r.covered[key]
	if len(events) == 0 && !complete {
		return st
	}
	st.Known = true
	if complete {
		st.Source, st.URL, st.AsOf = cov.source, cov.url, cov.asOf
	}
	st.TextsAsOf = r.texts[key]
	var signatures, consents, leaves []Event
	for _, e := range events {
		switch {
		case e.Action == Signature:
			signatures = append(signatures, e)
		case e.Action.binds():
			consents = append(consents, e)
		case e.Action.leaves():
			leaves = append(leaves, e)
		case e.Action.states():
			st.Reservations = append(st.Reservations, e)
		case e.Action == NotParty:
			// Known, and no consent: the state is not a party.
			e := e
			st.NotParty = &e
		default:
			st.Mechanisms = append(st.Mechanisms, e)
		}
	}
	if len(signatures) > 0 {
		used := pick(&st, "signature", signatures)
		st.Signed = &used
	}
	consents, leaves = dedupe(consents, Event.noticed), dedupe(leaves, Event.In)
	// A successor's succession and the predecessor's consent it succeeded
	// to are two acts, not two sources of one.
	if i := r.inherited(state, consents); i >= 0 {
		e := consents[i]
		st.Inherited = &e
		consents = slices.Delete(slices.Clone(consents), i, i+1)
	}
	if len(consents) > 0 {
		if len(leaves) == 0 {
			// One consent, however many sources tell of it.
			used := pick(&st, "ratification or accession", consents)
			consents = []Event{used}
		}
		history := append(slices.Clone(consents), leaves...)
		slices.SortStableFunc(history, func(a, b Event) int { return a.noticed().Compare(b.noticed()) })
		last := consents[0]
		for _, e := range consents {
			if e.Date.After(last.Date) {
				last = e
			}
		}
		st.Bound = &last
		for _, e := range leaves {
			if e.noticed().After(last.Date) {
				e := e
				st.Left = &e
			}
		}
		if len(history) > 1 {
			st.History = history
		}
	} else if len(leaves) > 0 {
		e := leaves[len(leaves)-1]
		st.Left = &e
	}
	// A declaration under the treaty before the state joined it cannot be
	// true: it is left out, and said so.
	if st.Bound != nil {
		first := st.Bound.Date
		for _, e := range st.History {
			if e.Action.binds() && e.Date.Before(first) {
				first = e.Date
			}
		}
		st.Mechanisms = slices.DeleteFunc(st.Mechanisms, func(e Event) bool {
			if !e.Date.IsZero() && e.Date.Before(first) && (e.Action == Declaration22 || e.Action == OptionalProtocol1) {
				st.Impossible = append(st.Impossible, e)
				return true
			}
			return false
		})
	}
	return st
}

// inherited finds, among a state's consents, the latest made by a
// predecessor it is one of the successors of, where the state's own
// succession is recorded too: its index, or -1.
func (r *Records) inherited(state State, consents []Event) int {
	if !slices.ContainsFunc(consents, func(e Event) bool { return e.Action == Succession }) {
		return -1
	}
	found := -1
	for i, e := range consents {
		if e.Action == Succession {
			continue
		}
		if c, ok := r.ActedAs(state, e.noticed()); ok && c.Relation == "succeeds" && (found < 0 || e.noticed().After(consents[found].noticed())) {
			found = i
		}
	}
	return found
}

// dedupe keeps one event of those that fall on the same day by key: the
// one that says most (the day it took effect as well), else the first.
func dedupe(events []Event, key func(Event) time.Time) []Event {
	var out []Event
	for _, e := range events {
		i := slices.IndexFunc(out, func(o Event) bool { return key(o).Equal(key(e)) && !key(e).IsZero() })
		switch {
		case i < 0:
			out = append(out, e)
		case out[i].Effective.IsZero() && !e.Effective.IsZero():
			out[i] = e
		}
	}
	return out
}

// pick chooses among events that state one fact: the depositary's, else
// the first; each other that differs is a Conflict.
func pick(st *Status, fact string, events []Event) Event {
	used := events[0]
	for _, e := range events {
		if e.depositary() && !used.depositary() {
			used = e
		}
	}
	for _, e := range events {
		if !e.Date.Equal(used.Date) {
			st.Conflicts = append(st.Conflicts, Conflict{Fact: fact, Used: used, Other: e})
		}
	}
	return used
}

// A Relation is what one treaty makes of another: the 1967 Protocol
// applies articles 2 to 34 of the 1951 Convention (article I(1)) and its
// definition of a refugee without the dateline (article I(2)).
type Relation struct {
	// Treaty is the record key of the treaty whose articles are applied,
	// "REF1951"; Via is the record key of the treaty that applies them,
	// "REF1967".
	Treaty, Via string
	// From and To are the first and last article applied.
	From, To int
	// Provision is the article of Via that does it, "article I(1)".
	Provision string
	// Source says where the relation is read.
	Source string
}

func (r *Records) readRelations(data []byte) error {
	rows, err := readAll("relations.csv", data, 6)
	if err != nil {
		return err
	}
	for i, row := range rows {
		rel := Relation{Treaty: row[0], Via: row[3], Provision: row[4], Source: row[5]}
		if _, err := fmt.Sscanf(row[1]+" "+row[2], "%d %d", &rel.From, &rel.To); err != nil || rel.From > rel.To {
			return fmt.Errorf("relations.csv:%d: articles %q to %q", i+2, row[1], row[2])
		}
		r.relations = append(r.relations, rel)
	}
	return nil
}

// AppliedBy returns the relation by which another treaty applies the
// given article of the treaty (a treaty id or record key), if any: the
// 1967 Protocol applies article 33 of the 1951 Convention.
func (r *Records) AppliedBy(treatyID, article string) (Relation, bool) {
	key := r.RecordKey(treatyID)
	var n int
	if _, err := fmt.Sscanf(article, "%d", &n); err != nil {
		return Relation{}, false
	}
	for _, rel := range r.relations {
		if rel.Treaty == key && rel.From <= n && n <= rel.To {
			return rel, true
		}
	}
	return Relation{}, false
}

// Outside says that a state is not a member of the organisation whose
// members alone may become parties to a treaty: the Council of Europe and
// the European Convention on Human Rights.
type Outside struct {
	Organisation string // "Council of Europe"
	Standing     string // "not a member", "observer"
	Source, URL  string
	AsOf         string
}

func (r *Records) readOrganisations(data []byte) error {
	rows, err := readAll("organisations.csv", data, 7)
	if err != nil {
		return err
	}
	r.outside = map[string]Outside{}
	for i, row := range rows {
		if !r.names[row[2]] {
			return fmt.Errorf("organisations.csv:%d: unknown state %q", i+2, row[2])
		}
		for _, key := range strings.Split(row[1], ";") {
			r.outside[row[2]+"|"+key] = Outside{row[0], row[3], row[4], row[5], row[6]}
		}
	}
	return nil
}

// readMembers reads the full list of an organisation's member states:
// every other state is outside it, unless organisations.csv already says
// more of it (an observer, or a state expelled). A list must be whole and
// come from one source, which the outside states are then said to rest on.
func (r *Records) readMembers(data []byte) error {
	rows, err := readAll("members.csv", data, 7)
	if err != nil {
		return err
	}
	type list struct {
		treaties, source, url, asOf string
		members                     map[string]bool
	}
	lists := map[string]*list{}
	var order []string
	for i, row := range rows {
		org, state := row[0], row[2]
		if !r.names[state] {
			return fmt.Errorf("members.csv:%d: unknown state %q", i+2, state)
		}
		l := lists[org]
		if l == nil {
			l = &list{treaties: row[1], source: row[4], url: row[5], asOf: row[6], members: map[string]bool{}}
			lists[org] = l
			order = append(order, org)
		}
		if row[1] != l.treaties || row[4] != l.source || row[5] != l.url || row[6] != l.asOf {
			return fmt.Errorf("members.csv:%d: %s: every member of one organisation must have the same treaties, source, address and date", i+2, org)
		}
		if l.members[state] {
			return fmt.Errorf("members.csv:%d: %s listed twice", i+2, state)
		}
		l.members[state] = true
	}
	for _, org := range order {
		l := lists[org]
		source := fmt.Sprintf("not among the %d member states of the %s: %s", len(l.members), org, l.source)
		for _, s := range r.states {
			if l.members[s.state.Name] || s.state.ISO2 == "" {
				continue // a member, or the European Union, which is no state
			}
			for _, key := range strings.Split(l.treaties, ";") {
				k := s.state.Name + "|" + key
				if _, said := r.outside[k]; !said {
					r.outside[k] = Outside{org, "not a member", source, l.url, l.asOf}
				}
			}
		}
	}
	return nil
}

// OutsideOf reports whether the records say that the state is not a
// member of the organisation a treaty (id or record key) is open to.
func (r *Records) OutsideOf(state State, treatyID string) (Outside, bool) {
	o, ok := r.outside[state.Name+"|"+r.RecordKey(treatyID)]
	return o, ok
}

// An OptIn is an article that binds a party to its treaty only once
// the party has accepted it by an act of its own: CAT article 22 binds
// only a State Party that has declared under it that it recognises the
// Committee's competence (article 22(1)).
type OptIn struct {
	// Treaty is the record key, "CAT"; Article the article, "22".
	Treaty, Article string
	// Accept is the act that accepts it, Withdraw the act that withdraws
	// that acceptance ("" if the records know none).
	Accept, Withdraw Action
	// Provision is the article that says so, "article 22(1)".
	Provision string
	Source    string
}

func (r *Records) readAcceptances(data []byte) error {
	rows, err := readAll("acceptances.csv", data, 6)
	if err != nil {
		return err
	}
	for i, row := range rows {
		a := OptIn{Treaty: row[0], Article: row[1], Accept: Action(row[2]), Withdraw: Action(row[3]), Provision: row[4], Source: row[5]}
		if a.Treaty == "" || a.Article == "" || a.Accept == "" || a.Source == "" {
			return fmt.Errorf("acceptances.csv:%d: treaty, article, accept and source are needed", i+2)
		}
		r.acceptances = append(r.acceptances, a)
	}
	return nil
}

// AcceptedBy returns what a party must do besides joining a treaty (id
// or record key) before the given article binds it, if anything: the
// article 22 declaration, for CAT article 22.
func (r *Records) AcceptedBy(treatyID, article string) (OptIn, bool) {
	key := r.RecordKey(treatyID)
	for _, a := range r.acceptances {
		if a.Treaty == key && strings.EqualFold(a.Article, article) {
			return a, true
		}
	}
	return OptIn{}, false
}

// Accepted reports whether the state has accepted the article a governs
// and not withdrawn it, with the act that accepted it; when it has not,
// withdrawn is the withdrawal that ended an earlier acceptance, if any.
func (s Status) Accepted(a OptIn) (accepted Event, ok bool, withdrawn *Event) {
	if e, ok := s.Accepts(a.Accept, a.Withdraw); ok {
		return e, true, nil
	}
	if a.Withdraw != "" {
		if wd, ok := s.Mechanism(a.Withdraw); ok {
			return Event{}, false, &wd
		}
	}
	return Event{}, false, nil
}
