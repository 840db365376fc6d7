package letter

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	enwording "github.com/appeal-letters/appeal/letter/wording"
)

// facts is what the wording of a letter's body receives: plain values about
// the person and the case. Which sentences a letter has, and how each reads,
// is the templates' business (wording/en.tmpl); which facts exist is decided
// here, from what the case says, never from what it happens to leave empty.
type facts struct {
	P cases.Pronouns
	V voice
	// Campaign names the organisation whose campaign a supporter writing
	// in their own name supports (sender.campaign); "" otherwise.
	Campaign string

	FullName  string // "Mr Makset Djabbarbergenov", kept on one line
	Original  string // the name in its own script, or ""
	ShortName string // "Mr Djabbarbergenov"
	Desc      string // with its article: "a Christian pastor", "a 15-year-old Afghan child"; may be ""
	BornYear  string // "2009", where only the year of birth is known
	Minor     bool   // under 18 at the letter's date

	Detained bool
	HeldAt   string // "the pre-trial detention centre SIZO-1 in Yekaterinburg", to follow "held in"
	Since    string // the date of arrest or detention: "3 October 2026", "October 2026"

	Holding     string // "Kazakhstan", "the Russian Federation"
	Requesting  string // the state asking for the person; "" where none does
	Destination string // the state the person would be sent to
	Proceeding  string // the noun: "extradition", "deportation", "forcible return"
	Requested   bool   // the proceeding is another state's request (extradition)
	Trial       bool   // the proceeding is a trial in the holding state: no destination
	Envoy       bool   // the recipient is an ambassador or consul, who conveys rather than decides
	// Advocate: the recipient can take the case up with the holding
	// state's authorities but decides nothing in it (an ombudsman, a UN
	// special rapporteur, a member of parliament, another state's
	// minister), so the letter asks them to urge the authorities.
	Advocate bool

	Accusation string // "spurious charges of …"; "" if not accused
	// Awaits is what Awaiting names, so that the deadline refers back to
	// it ("That decision is expected by …"): "decision", "hearing" or "".
	Awaits string
	// Prosecuted: the case says what the person is accused of, what is
	// awaited or when a court sits; a trial case with none of these
	// does not claim that a trial is pending.
	Prosecuted bool
	// ChargedAtHome: the charges are under the holding state's own law
	// (a code named after it), so the person is accused there, not in the
	// state they would be sent to.
	ChargedAtHome bool
	// Convicted is when a court convicted the person, in a trial: "on 14
	// March 2025", "in 2025"; "" if not convicted. Sentence follows
	// "sentenced to": "death".
	Convicted, Sentence string
	Awaiting            string // "the decision of …"; may be ""
	// AwaitingSaysIt is set when Awaiting already names the proceeding or
	// the destination, so that the status sentence does not repeat it.
	AwaitingSaysIt bool

	Deadline      string // "5 December 2026"; "" if none, or past
	DeadlineEvent string // "hearing", "decision" or "transfer"

	Events []event
	// EventsGoOn: these events continue a paragraph of events before.
	EventsGoOn bool
	Charges    []string
	Family     string // relative clause: "who has four children and whose wife is pregnant"
	// FamilySentence says the same standing alone: "He has four children,
	// and his wife is pregnant."
	FamilySentence string
	// FamilyAfter: the family is too much for a clause, so the status
	// tells it in FamilySentence after the decision awaited.
	FamilyAfter bool
	Risks       []string
	Asks        []string // standard asks (AskNames) by name, in the case's order
}

// voice is who the letter speaks as: an organisation ("we") or a supporter
// writing in their own name ("I").
type voice struct {
	// "We"/"I", "we"/"I", "Our"/"My", "our"/"my", "us"/"me", "are"/"am", "were"/"was"
	We, We_, Our, Our_, Us, Are, Were string
}

var (
	plural   = voice{"We", "we", "Our", "our", "us", "are", "were"}
	singular = voice{"I", "I", "My", "my", "me", "am", "was"}
)

// An event is something that happened: When is "on 29 February 2012" or
// "in July 2012", by how precisely the date is known.
type event struct{ When, What string }

func when(d cases.Date) string {
	if d.Day == 0 {
		return "in " + unbroken(d.String())
	}
	return "on " + unbroken(d.String())
}

// unbroken joins the words of s with no-break spaces, so that a date such
// as "15 January 1999" or a name such as "Mr Djabbarbergenov" is never split
// across two lines.
func unbroken(s string) string {
	return strings.ReplaceAll(s, " ", "\u00a0")
}

// titled puts an honorific before a name, kept on the name's line.
func titled(honorific, name string) string {
	if honorific == "" {
		return name
	}
	return honorific + "\u00a0" + name
}

// stateName is how running text names a state: the UN name, with "the"
// where English wants it ("the Russian Federation") and a name such as
// "Iran (Islamic Republic of)" turned round ("the Islamic Republic of Iran").
func (w *writer) stateName(name string) string {
	if name == "" {
		return ""
	}
	if st, ok := w.opt.Records.State(name); ok {
		name = st.Name
	}
	return withArticle(clean(name))
}

func withArticle(name string) string {
	if n, ok := runningText[name]; ok {
		return n
	}
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, " of)") {
		return "the " + name[i+2:len(name)-1] + " " + name[:i]
	}
	for _, w := range []string{"Republic", "Federation", "United", "Kingdom", "States", "Emirates", "Islands", "Union", "Netherlands", "Philippines", "Gambia", "Bahamas", "Comoros", "Maldives", "Seychelles", "Holy See"} {
		if strings.Contains(name, w) && !strings.HasPrefix(name, "the ") {
			return "the " + name
		}
	}
	return name
}

// runningText are the UN names that read wrongly in a sentence: the UN's
// short name "Congo" is the Republic of the Congo, which a reader would
// confuse with the Democratic Republic of the Congo.
var runningText = map[string]string{
	"Congo":              "the Republic of the Congo",
	"State of Palestine": "the State of Palestine",
}

// proceedings are the nouns of each proceeding, and whether another state
// asks for it.
var proceedings = map[string]struct {
	noun      string
	requested bool
}{
	"":            {"extradition", true},
	"extradition": {"extradition", true},
	"deportation": {"deportation", false},
	"expulsion":   {"expulsion", false},
	"removal":     {"removal", false},
	"return":      {"forcible return", false},
	"trial":       {"trial", false},
}

// letterDate is the day the letter is dated.
func (w *writer) letterDate() cases.Date {
	if d := w.c.Letter.Date; !d.IsZero() {
		return d
	}
	return cases.DateOf(w.opt.Now())
}

// voice is who speaks in the letter: the organisation ("we"), or a
// supporter or a sender who is one person (sender.individual), in their
// own name ("I").
func (w *writer) voice() voice {
	if w.opt.Signer != nil || w.c.Sender.Individual {
		return singular
	}
	return plural
}

// contactsOf is the organisation a supporter's letter names as in contact
// with those the case lists (engaged): the contacts are its, not the
// supporter's. "" where the letter speaks for the organisation itself.
func (w *writer) contactsOf() string {
	if w.opt.Signer != nil {
		return clean(w.c.Sender.Organisation)
	}
	return ""
}

// punctuateList ends each item of a numbered list but the last with ";",
// and the last with ".".
func punctuateList(items []string) {
	for i := range items {
		if i < len(items)-1 {
			items[i] += ";"
		} else {
			items[i] += "."
		}
	}
}

// campaign is the organisation whose campaign a supporter writes in
// (sender.campaign), or "".
func (w *writer) campaign() string {
	if w.opt.Signer != nil && w.c.Sender.Campaign {
		return clean(w.c.Sender.Organisation)
	}
	return ""
}

func (w *writer) facts() *facts {
	c := w.c
	d := c.Detainee
	proc := proceedings[c.Proceeding]
	f := &facts{
		P:           d.Pronouns,
		V:           w.voice(),
		FullName:    clean(titled(honorific(d.Honorific), d.Name)),
		Original:    clean(d.NameOriginal),
		ShortName:   personShortName(d),
		Detained:    c.Detained(),
		HeldAt:      trimStop(prose(c.Status.HeldAt)),
		Since:       unbroken(c.Status.Since.String()),
		Holding:     w.stateName(c.HoldingState),
		Requesting:  w.stateName(c.RequestingState),
		Destination: w.stateName(c.Destination()),
		Proceeding:  proc.noun,
		Requested:   proc.requested && c.RequestingState != "",
		Trial:       c.Proceeding == "trial",
		Envoy:       envoy(w.recipientCase()),
		Advocate:    w.advocate(w.recipientCase()),
		Accusation:  trimStop(prose(c.Accusation)),
		Awaiting:    trimStop(prose(c.Status.Awaiting)),
		Asks:        c.Asks,
	}
	if cv := c.Status.Convicted; !cv.IsZero() && f.Trial {
		f.Convicted, f.Sentence = when(cv), trimStop(prose(c.Status.Sentence))
	}
	f.ChargedAtHome = !f.Trial && !f.Requested && w.chargedAtHome()
	f.Awaits = awaitedKind(f.Awaiting, awaitsHearing, awaitsDecision)
	f.Prosecuted = f.Accusation != "" || len(c.Charges) > 0 || f.Awaiting != "" || f.Convicted != "" || c.Status.Deadline != (cases.Date{})
	f.Campaign = midSentence(w.campaign())
	if f.Original == clean(d.Name) {
		f.Original = ""
	}
	f.AwaitingSaysIt = saysProceeding(f.Awaiting, proc.noun, strings.TrimPrefix(f.Destination, "the ")) ||
		(f.Trial && (trialOutcome.MatchString(f.Awaiting) || f.Convicted != "")) || proceedingWord[proc.noun].MatchString(f.Awaiting)
	today := w.letterDate()
	if s := c.Status.Since; !s.IsZero() && today.Before(s) && !overlaps(today, s) {
		f.Since = "" // validate says so
	}
	if dl := c.Status.Deadline; !dl.IsZero() && !dl.Before(today) {
		f.Deadline = unbroken(dl.String())
		f.DeadlineEvent = c.Status.DeadlineEvent
		if f.DeadlineEvent == "" {
			f.DeadlineEvent = "decision"
		}
	}
	age, exact := ageOf(d, today)
	f.Minor = age >= 0 && age < 18 && (exact || age < 17)
	f.Desc = description(d, age, exact, f.Minor)
	if !exact && !d.Born.IsZero() {
		f.BornYear = unbroken(d.Born.String())
	}
	for _, e := range c.Events {
		if what := fragment(e.What); what != "" {
			f.Events = append(f.Events, event{when(e.Date), what})
		}
	}
	sections := enwording.Sections().Numbers(w.lawState(f.Trial || f.ChargedAtHome))
	for i, ch := range c.Charges {
		f.Charges = append(f.Charges, charge(ch, sections, slices.ContainsFunc(c.Charges[:i], func(e cases.Charge) bool { return clean(e.Code) == clean(ch.Code) })))
	}
	f.Family = familyClause(c.Family, f.Minor)
	f.FamilySentence = familySentence(c.Family, d.Pronouns, f.Minor)
	// A family that takes more than a short clause ("who has two
	// children and who supports his mother, who has diabetes") is told
	// in sentences of its own, after the decision awaited.
	if f.Family != "" && (strings.Count(f.Family, "who") > 2 || strings.Count(f.Family, "who") > 1 && strings.Contains(f.Family, ", ")) {
		f.Family, f.FamilyAfter = "", true
	}
	for _, r := range c.Risks {
		f.Risks = append(f.Risks, risk(r))
	}
	return f
}

// saysProceeding reports whether the user's words already name the
// proceeding ("his extradition", "the deportation order", "a request for
// extradition") or the destination, so that the letter does not say it
// again; "the Extradition Division" names a body, not the proceeding.
func saysProceeding(text, noun, destination string) bool {
	if text == "" {
		return false
	}
	re, ok := proceedingPatterns()[noun]
	if !ok {
		re = proceedingPattern(noun)
	}
	return re.MatchString(text) || (destination != "" && containsWord(text, destination))
}

// proceedingWord matches a proceeding named in lower case in any form:
// "extradition", "whether he may be extradited", "deported"; a body's name
// ("the Extradition Division") is capitalised.
var proceedingWord = map[string]*lazyregexp.Regexp{
	"extradition":     lazyregexp.New(`\bextradit\w*`),
	"deportation":     lazyregexp.New(`\bdeport\w*`),
	"expulsion":       lazyregexp.New(`\b(expel\w*|expulsion)`),
	"removal":         lazyregexp.New(`\b(remov(al|ed|e|ing))\b`),
	"forcible return": lazyregexp.New(`\b(forcible|forced)\s+return|\breturn(ed)?\s+to\b`),
	"trial":           lazyregexp.New(`\btri(al|ed)\b`),
}

// awaitsDecision and awaitsHearing match an awaited text that is one
// decision or one hearing, to which a deadline of that kind refers back:
// "the Minister of Justice's decision on her extradition", "a hearing
// before the Supreme Court"; not "the outcome of several hearings".
var (
	awaitsDecision = lazyregexp.New(`(?i)^(the|a|an|[A-Z][\w'’ ]*['’]s)?\s*(\w+\s+){0,3}(decision|ruling|judge?ment|verdict)\b`)
	awaitsHearing  = lazyregexp.New(`(?i)^(the|a|an)?\s*(\w+\s+){0,2}hearing\b`)
)

// awaitedKind is what an awaited text names, by a language's patterns for
// one hearing and one decision: "hearing", "decision" or "".
func awaitedKind(text string, hearing, decision *lazyregexp.Regexp) string {
	switch {
	case hearing.MatchString(text):
		return "hearing"
	case decision.MatchString(text):
		return "decision"
	}
	return ""
}

// trialOutcome matches what a trial ends in, or a stage of it: awaiting
// "the verdict of the court", "his retrial", "the re-trial", "his appeal
// hearing" or "the ruling of the court" says what it is about.
var trialOutcome = lazyregexp.New(`(?i)\b(verdict|judge?ment|sentenc\w*|(re-?)?trials?|hearings?|appeals?|ruling|conviction|acquittal|proceedings|indict\w*|charges?)\b`)

// proceedingPattern matches words that name a proceeding. Case matters:
// the proceeding is written in lower case, the name of a body ("the
// Extradition Division") is not.
func proceedingPattern(noun string) *lazyregexp.Regexp {
	n := regexp.QuoteMeta(noun)
	return lazyregexp.New(`\b(?i:his|her|their|the|an?)\s+` + n + `\b|\b` + n + `\s+(to|of|from|request|order|proceedings?|case|hearing|decision)\b|(?i:request\s+for)\s+((?i:his|her|their)\s+)?` + n +
		// "the decision … on her application for asylum": the decision's
		// object is given already.
		`|\b(?i:on|about|concerning|regarding|whether)\s+(?i:his|her|their|the|an?)\s`)
}

// proceedingPatterns are the patterns of the built-in proceedings, each
// compiled when first used: a letter needs one.
var proceedingPatterns = sync.OnceValue(func() map[string]*lazyregexp.Regexp {
	m := map[string]*lazyregexp.Regexp{}
	for _, p := range proceedings {
		m[p.noun] = proceedingPattern(p.noun)
	}
	return m
})

// containsWord reports whether word occurs in text as a whole word.
func containsWord(text, word string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = start + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

// ageOf is the person's age in whole years at the letter's date, and
// whether it is exact: from a full date of birth it is; from a year or
// month alone it may be one less. It is -1 when neither age nor birth is
// given.
func ageOf(p cases.Person, at cases.Date) (int, bool) {
	switch {
	case p.Age > 0:
		return p.Age, true
	case p.Born.IsZero() || p.Born.Year > at.Year:
		return -1, false
	}
	age := at.Year - p.Born.Year
	switch {
	case p.Born.Month == 0:
		// Born some time that year: the birthday may be still to come.
		return age - 1, false
	case p.Born.Month > at.Month:
		return age - 1, true
	case p.Born.Month < at.Month:
		return age, true
	case p.Born.Day == 0:
		return age - 1, false
	case p.Born.Day > at.Day:
		return age - 1, true
	}
	return age, true
}

// description is the appositive after the person's name, with its
// article: "an Uzbek Christian pastor", "a 15-year-old Afghan child", "an
// Uzbek national"; "" when the case says nothing of the person.
func description(p cases.Person, age int, exact, minor bool) string {
	var words []string
	if exact && age >= 0 {
		words = append(words, strings.Join([]string{strconv.Itoa(age), "year", "old"}, "-"))
	}
	faith := clean(p.Faith)
	// A faith that names a person ("Christian convert") is no adjective
	// before the role: it follows it ("a former interpreter and Christian
	// convert").
	after := ""
	if faithNoun(faith) && (p.Role != "" || minor) {
		faith, after = "", " and "+faith
	}
	for _, s := range []string{p.Nationality, faith, p.Role} {
		if s = clean(s); s != "" {
			words = append(words, s)
		}
	}
	switch {
	case p.Role != "":
	case minor:
		words = append(words, "child")
	case p.Nationality != "" && p.Faith == "":
		words = append(words, "national")
	case len(words) > 0 && p.Faith == "":
		// "a 34-year-old" alone is not a description.
		words = append(words, "person")
	}
	if len(words) == 0 {
		return ""
	}
	desc := strings.Join(words, " ") + after
	return article(desc) + " " + desc
}

// faithNoun reports a faith given as a person ("Christian convert",
// "Jehovah's Witness", "member of the Ahmadiyya community") rather than
// as the adjective description puts before a role ("Christian", "Baha'i").
func faithNoun(faith string) bool {
	for _, w := range strings.Fields(faith) {
		if faithPerson[strings.ToLower(strings.Trim(w, ",;"))] {
			return true
		}
	}
	return false
}

var faithPerson = map[string]bool{"convert": true, "believer": true, "follower": true, "adherent": true,
	"practitioner": true, "member": true, "worshipper": true, "witness": true, "jew": true, "apostate": true,
	"preacher": true, "pastor": true, "priest": true, "imam": true, "monk": true, "nun": true, "cleric": true,
	"missionary": true, "evangelist": true, "deacon": true, "elder": true, "rabbi": true, "sheikh": true}

// personShortName is how the letter names the person after the first time:
// short_name, else the honorific and the family name, else the whole name.
func personShortName(p cases.Person) string {
	switch {
	case p.ShortName != "":
		return prose(p.ShortName)
	case p.Honorific == "":
		return clean(p.Name)
	case p.FamilyName != "":
		return clean(titled(honorific(p.Honorific), unbroken(p.FamilyName)))
	}
	family, _ := familyName(p.Name)
	return clean(titled(honorific(p.Honorific), unbroken(family)))
}

// fragment makes a piece of the user's text fit inside a sentence of the
// letter: no full stop of its own, and no capital where the sentence goes
// on ("On 3 May 2024 The police …" becomes "the police").
func fragment(s string) string {
	s = trimStop(prose(s))
	first, rest, _ := strings.Cut(s, " ")
	if next, _, _ := strings.Cut(rest, " "); lowerable[first] && !(first == "The" && properThe[next]) {
		s = lowerFirst(s)
	}
	return s
}

// lowerable are words that begin a user's fragment with a capital only
// because the user wrote it as a sentence: lowering them is always right.
var lowerable = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "They": true, "His": true,
	"Her": true, "Their": true, "It": true, "Its": true, "This": true, "These": true, "Those": true,
	"You": true, "Your": true, "We": true, "Our": true, "Some": true, "Several": true, "Two": true,
	"Three": true, "Four": true, "Many": true, "Both": true, "All": true, "Each": true, "No": true,
	"Police": true, "Officers": true, "Officials": true, "Authorities": true, "Agents": true, "Guards": true,
	"Men": true, "Plainclothes": true, "Masked": true, "Armed": true, "Unknown": true,
	"After": true, "Following": true, "Before": true, "During": true, "In": true, "On": true, "At": true,
	"By": true, "For": true, "From": true, "Under": true, "Upon": true, "While": true, "When": true,
	"Since": true, "Until": true, "Without": true, "With": true, "Despite": true, "Shortly": true,
	"Later": true, "Earlier": true, "Again": true, "Once": true, "Then": true, "Also": true,
}

// midSentence is a name as running text writes it after the start of a
// sentence: an organisation's own "The" is lower case there ("in support
// of the campaign of the Refugee Support Network"), as in "the United
// Nations"; a place whose "The" is part of its name keeps it ("The Hague").
// The letterhead and the signature, which stand alone, keep the name as
// given.
func midSentence(name string) string {
	rest, ok := strings.CutPrefix(name, "The ")
	if !ok {
		if institution(name) {
			return "the " + name
		}
		return name
	}
	if next, _, _ := strings.Cut(rest, " "); properThe[next] {
		return name
	}
	return "the " + rest
}

// institution reports a name that is a description of a body, which
// English writes with "the" in running text: "Andean Press Freedom
// Coalition", "Committee to Protect Journalists"; not a name of its own,
// "Amnesty International", "Human Rights Watch", "Front Line Defenders".
func institution(name string) bool {
	if name == "" || strings.ToUpper(name) == name {
		return false // an acronym: "ISHR"
	}
	for _, w := range strings.Fields(name) {
		if institutionNoun[strings.Trim(w, ",.")] {
			return true
		}
	}
	return false
}

var institutionNoun = map[string]bool{
	"Coalition": true, "Network": true, "Committee": true, "Foundation": true, "Association": true,
	"Centre": true, "Center": true, "Council": true, "Society": true, "Federation": true, "Alliance": true,
	"Institute": true, "Project": true, "Office": true, "Group": true, "Commission": true, "Movement": true,
	"Fund": true, "Trust": true, "Union": true, "League": true, "Campaign": true, "Initiative": true,
}

// properThe are names whose "The" is part of them: "The Hague".
var properThe = map[string]bool{"Hague": true, "Gambia": true, "Bahamas": true}

// trimStop drops the full stop (or semicolon) a user ends a fragment with;
// an ellipsis or an abbreviation's stop ("Inc.") is not the user's full stop,
// but a letter's sentence ends there all the same, so "etc." stays.
func trimStop(s string) string {
	for _, end := range []string{"etc.", "...", "…"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return strings.TrimRight(s, ".;, ")
}

// request makes a user's request follow "to": no "to" of its own, no
// capital on its verb, no full stop.
func request(s string) string {
	s, _ = leadIns(trimStop(prose(s)))
	if st, ok := statement(s); ok {
		return "ensure that " + st
	}
	if first, _, _ := strings.Cut(s, " "); isTitleWord(first) {
		s = lowerFirst(s)
	}
	return s
}

// A leadIn is what a user typed before a request that the letter's own
// "ask you to" already says: Kind is "number" (a list's number or
// bullet), "to" (its own "to"), or "words" ("we ask you to", "please").
type leadIn struct{ Kind, Text string }

// leadIns strips the lead-ins from a request, in the order a user types
// them, and returns the rest with what it dropped: the letter drops them,
// and validate says so.
func leadIns(s string) (string, []leadIn) {
	var out []leadIn
	if m := listMarker.FindString(s); m != "" {
		out = append(out, leadIn{"number", strings.TrimSpace(m)})
		s = s[len(m):]
	}
	if m := askLeadIn.FindString(s); m != "" {
		out = append(out, leadIn{"words", strings.TrimSpace(m)})
		s = s[len(m):]
	}
	if len(s) > 3 && strings.EqualFold(s[:3], "to ") {
		out = append(out, leadIn{"to", s[:2]})
		s = s[3:]
	}
	if len(s) > 7 && strings.EqualFold(s[:7], "please ") {
		out = append(out, leadIn{"words", s[:6]})
		s = s[7:]
	}
	return s, out
}

// statement turns a request written as what should happen ("his family
// should be told where he is", "that the charges be dropped") into what
// follows "ensure that": "his family be told where he is". ok is false for
// a request that starts with a verb, as it should.
func statement(s string) (string, bool) {
	first, rest, _ := strings.Cut(s, " ")
	switch {
	case strings.EqualFold(first, "that"):
		s = rest
	case notVerb[strings.ToLower(first)] || possessive(first) || honorificWords[strings.TrimSuffix(first, ".")]:
	default:
		return "", false
	}
	if f, _, _ := strings.Cut(s, " "); lowerable[f] {
		s = lowerFirst(s)
	}
	if loc := modalVerb.FindStringIndex(s); loc != nil {
		s = s[:loc[0]] + s[loc[1]:]
	}
	return s, true
}

// modalVerb is the "should" of a request written as a statement: after
// "ensure that" the verb stands bare ("his family be told").
var modalVerb = lazyregexp.New(`\b(should|must|shall|will|ought to)\s+`)

// notVerb are words a request that does not start with a verb starts
// with: "his family should be told …" cannot follow "ask you to".
var notVerb = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"my": true, "our": true, "its": true, "this": true, "these": true, "he": true, "she": true, "they": true,
	"it": true, "all": true, "no": true, "mr": true, "ms": true, "mrs": true, "dr": true}

// listMarker is a number or bullet a user typed before a request: the
// letter numbers its requests itself.
var listMarker = lazyregexp.New(`^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|[-–—•*·])\s+`)

// askLeadIn is a request written as its own sentence: "we ask you to",
// "I urge you to"; the letter has already said it.
var askLeadIn = lazyregexp.New(`(?i)^(we|i)\s+(also\s+)?(kindly\s+)?(ask|urge|request|call\s+on|implore|beg)\s+(you|your\s+excellency)\s+(to\s+)?`)

// isTitleWord reports a word with a capital first letter and no other:
// "Prevent", but not "UNHCR" or "McDonald".
func isTitleWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size == len(w) {
		return false
	}
	return !strings.ContainsFunc(w[size:], unicode.IsUpper)
}

// risk is one finding with its source: "Torture … remains widespread
// (UN Committee against Torture, concluding observations, January 2020)."
// A finding is a sentence of its own: its first letter is a capital.
func risk(r cases.Risk) string {
	s := capitalise(trimStop(prose(r.Finding))) + " (" + trimStop(prose(r.Source))
	if !r.Date.IsZero() {
		s += ", " + unbroken(r.Date.String())
	}
	return s + ")."
}

// lawState is the state whose law the charges are under, by its name in
// the records: the holding state's in a trial or where its own code is
// charged (home), else the state that asks for the person or would
// receive them, who accuses them.
func (w *writer) lawState(home bool) string {
	name := w.c.HoldingState
	if !home {
		name = cmp.Or(w.c.RequestingState, w.c.Destination())
	}
	if st, ok := w.opt.Records.State(name); ok {
		return st.Name
	}
	return name
}

// charge describes one charge: "Article 229-2 of the Uzbek Criminal Code,
// which punishes “…” and carries a maximum term of three years’ imprisonment".
// sections says that the charges are under the law of a state whose codes
// number sections; a code whose name marks it as such a state's law
// ("Pakistan Penal Code") numbers them whatever the state.
// A code named by an earlier charge is "the same code" (or Act, or law)
// again, not its whole name.
func charge(ch cases.Charge, sections, again bool) string {
	code := clean(ch.Code)
	if first, _, _ := strings.Cut(code, " "); !strings.HasPrefix(strings.ToLower(code), "the ") && !possessive(first) && !numberedLaw.MatchString(code) {
		code = "the " + code
	}
	if again {
		code = "the same " + lawNoun(code)
	}
	s := provision(clean(ch.Article), sections || enwording.Sections().Named(code)) + " of " + code
	var which []string
	if ch.Offence != "" {
		which = append(which, "punishes “"+offence(ch.Offence)+"”")
	}
	switch {
	case ch.MaxYears > 0:
		which = append(which, "carries a maximum term of "+years(ch.MaxYears)+" imprisonment")
	case deathPenalty.MatchString(ch.MaxPenalty):
		which = append(which, "carries the death penalty")
	case ch.MaxPenalty != "":
		which = append(which, "carries a maximum penalty of "+trimStop(clean(ch.MaxPenalty)))
	}
	if len(which) > 0 {
		s += ", which " + join(which)
	}
	return s
}

// lawNoun is the kind of law a code's name says it is, to follow "the
// same": "Code", "Act", "law".
func lawNoun(code string) string {
	for _, w := range []string{"Code", "Act", "Law", "Decree", "Ordinance", "Statute"} {
		if containsWord(code, w) {
			return w
		}
	}
	return "law"
}

// offence is an offence as the letter quotes it, inside its own quotation
// marks: a quotation within it takes single ones, and the letter's
// sentence ends it.
func offence(s string) string {
	return trimStop(strings.NewReplacer("“", "‘", "”", "’").Replace(prose(s)))
}

// provision names the charged provision: "Article 229-2", "Section 295-C"
// where the code numbers sections, or as the case writes it where it
// names its own unit ("section 298-C" is "Section 298-C", "§ 129a" stays).
func provision(article string, sections bool) string {
	first, rest, ok := strings.Cut(article, " ")
	if ok && (provisionUnits[strings.ToLower(strings.TrimSuffix(first, "."))] || first == "§") {
		return capitalise(first) + "\u00a0" + rest
	}
	if strings.HasPrefix(article, "§") {
		return article
	}
	if sections {
		return "Section\u00a0" + article
	}
	return "Article\u00a0" + article
}

var provisionUnits = map[string]bool{"article": true, "art": true, "section": true, "sec": true, "s": true,
	"paragraph": true, "para": true, "clause": true, "rule": true, "chapter": true, "part": true, "regulation": true}

// numberedLaw matches a law named by its number, which takes no article:
// "Law No. 58 of 2006", "Federal Law No. 114-FZ", "Decree 7/2011". A name
// that only goes on to its number takes one as any name does: "the
// Egyptian Anti-Terrorism Law No. 94 of 2015", "the Kano State Sharia
// Penal Code Law 2000".
var numberedLaw = lazyregexp.New(`(?i)^((federal|organic|presidential|royal|legislative|constitutional|supreme|ministerial|government)\s+)?(law|decree|decree-law|order|act|ordinance|resolution|proclamation|regulation)\s+(no\.?\s*)?[0-9]`)

// possessive reports a word in the possessive, which takes no article:
// "Iran's", "Uzbekistan’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

var deathPenalty = lazyregexp.New(`(?i)^\s*(the\s+)?(death|death penalty|death sentence|capital punishment)\.?\s*$`)

// years is a term of years in the possessive: "one year’s", "three years’".
func years(n int) string {
	if n == 1 {
		return "one year’s"
	}
	return spell(n) + " years’"
}

// familyClause describes the family as a relative clause:
// "who has four children and whose wife is pregnant", "who is married and
// has two children". It follows the person's name, so its verbs are
// singular whatever the pronouns; the pronouns only choose the possessive
// in the sender's own words.
func familyClause(f cases.Family, minor bool) string {
	var parts []string
	if has := familyHas(saidByDependants(f)); has != "" {
		parts = append(parts, "who "+has)
	}
	if f.SpousePregnant {
		parts = append(parts, "whose "+f.Spouse+" is pregnant")
	}
	if deps := dependants(f.Dependants); len(deps) > 0 {
		parts = append(parts, "who "+supports(f, minor, "supports", "helps to care for")+" "+joinClosed(deps))
	}
	return join(parts)
}

// saidByDependants is the family with what its dependants already say
// taken out, so that the letter says each person once: a dependant "his
// wife, who is blind" says he is married, and "her son, aged 14" is the
// one child family.children counts.
func saidByDependants(f cases.Family) cases.Family {
	if f.Spouse != "" && !f.SpousePregnant && slices.ContainsFunc(dependantParts(f.Dependants), namesSpouse) {
		f.Spouse = ""
	}
	if f.Children > 0 && childrenNamed(f) >= f.Children {
		f.Children = 0
	}
	return f
}

// namesSpouse reports a dependant who is the person's spouse: "his wife",
// "her husband, who is ill", "their partner"; not "his wife's mother".
func namesSpouse(d string) bool { return spouseDependant.MatchString(strings.TrimSpace(d)) }

var spouseDependant = lazyregexp.New(`(?i)^(his|her|their)\s+(\pL+\s+)?(wife|husband|partner|spouse)([^'’\pL-]|$)`)

// ownChild matches a dependant who is one of the person's own children:
// "her son", "his youngest daughter", "her 14-year-old son"; not "her
// son's wife", "his stepson" or "her daughter-in-law".
var ownChild = lazyregexp.New(`(?i)^(his|her|their)\s+(\S+\s+){0,2}?(son|daughter|child|baby|infant)([^'’\pL-]|$)`)

// ownChildren matches a dependant that is the person's own children,
// whom family.children counts: "his three children", "her children, aged
// 4 and 7"; not "his brother's children" or "two grandchildren".
var ownChildren = lazyregexp.New(`(?i)^(his|her|their)\s+((?:[\pL\d.’'-]+\s+){0,3})(children|sons|daughters)\b`)

// dependantParts are the people the dependants name, an item that joins
// several with "and" taken apart: "his wife and their three children"
// is "his wife" and "their three children".
func dependantParts(items []string) []string {
	var out []string
	for _, d := range items {
		owner := ""
		for i, part := range strings.Split(strings.TrimPrefix(strings.TrimSpace(d), "and "), " and ") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			// "his wife and two children": the children are his too.
			first, _, _ := strings.Cut(part, " ")
			switch l := strings.ToLower(first); {
			case l == "his" || l == "her" || l == "their":
				owner = l
			case i > 0 && owner != "":
				part = owner + " " + part
			}
			out = append(out, part)
		}
	}
	return out
}

// numberWord reads a count written in figures or words: "2", "two".
func numberWord(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	for n := 1; n <= 20; n++ {
		if strings.EqualFold(w, spell(n)) {
			return n, true
		}
	}
	return 0, false
}

// childrenNamed counts the children family.children counts that the
// dependants name: one for each child named alone, all of them for "his
// children" or "his N children" where N is the count.
func childrenNamed(f cases.Family) int {
	n := 0
	for _, d := range dependantParts(f.Dependants) {
		if m := ownChildren.FindStringSubmatch(d); m != nil {
			// "his children", "his young children", "his two
			// children": all of them, where a number is the count.
			w, _, _ := strings.Cut(strings.TrimSpace(m[2]), " ")
			if n, isNumber := numberWord(w); !isNumber || n == f.Children {
				return f.Children
			}
			continue
		}
		if ownChild.MatchString(d) {
			n++
		}
	}
	return n
}

// familyHas is what a person's family is, after "who" or a singular
// subject: "is married and has four children", "has a partner and one
// child"; a spouse who is pregnant is said elsewhere.
func familyHas(f cases.Family) string {
	var has []string
	married := false
	switch {
	case f.Spouse == "partner" && !f.SpousePregnant:
		has = append(has, "a partner")
	case f.Spouse != "" && !f.SpousePregnant:
		married = true
	}
	if f.Children > 0 {
		has = append(has, count(f.Children, "child", "children"))
	}
	switch {
	case married && len(has) > 0:
		return "is married and has " + join(has)
	case married:
		return "is married"
	case len(has) > 0:
		return "has " + join(has)
	}
	return ""
}

// dependants are the people a person supports, in the sender's words. A
// list item that only goes on describing the one before ("who is 84",
// "aged 15") is how YAML reads "[his mother, who is 84]": it is put back
// after that one, never printed as a person of its own.
func dependants(items []string) []string {
	var out []string
	for _, d := range cleanAll(items) {
		d = trimStop(d)
		// "[his wife, and their children]" splits before "and".
		if rest, ok := strings.CutPrefix(d, "and "); ok && len(out) > 0 {
			d = rest
		}
		if len(out) > 0 && (continuesPrevious(d) || namesPrevious(out[len(out)-1], d)) {
			out[len(out)-1] += ", " + d
			continue
		}
		out = append(out, d)
	}
	return out
}

// namesPrevious reports a list item that is only the name of the person
// the item before describes: YAML reads "[his partner, Elena Markova]" as
// two items, but they are one person.
func namesPrevious(prev, d string) bool {
	words := strings.Fields(prev)
	if len(words) == 0 || !kin[strings.ToLower(words[len(words)-1])] {
		return false
	}
	name := strings.Fields(d)
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// kin are the words that name a relative, after which a name may follow.
var kin = map[string]bool{"wife": true, "husband": true, "partner": true, "spouse": true, "son": true, "daughter": true,
	"mother": true, "father": true, "brother": true, "sister": true, "grandmother": true, "grandfather": true,
	"aunt": true, "uncle": true, "niece": true, "nephew": true, "cousin": true, "child": true, "fiancée": true, "fiancé": true}

// joinClosed lists items as join does, closing an item that has a comma
// of its own with another, so that "his brother, aged 15, and his sister"
// is two people, not three.
func joinClosed(items []string) string {
	closed := slices.Clone(items)
	for i := 0; i < len(closed)-1; i++ {
		if strings.Contains(closed[i], ", ") {
			closed[i] += ","
		}
	}
	return join(closed)
}

var continuation = lazyregexp.New(`^(who|whom|whose|which|that|aged|now|currently|born|both|all|each|living|still|also|detained|held|imprisoned|jailed|in need|suffering|ill|sick|disabled|blind|deaf|pregnant|recovering|needing|unable)\b|^[0-9]`)

func continuesPrevious(s string) bool { return continuation.MatchString(s) }

// engagedList is everyone already engaged in the case, for one sentence:
// "We are also in urgent contact with a number of US Congressmen,
// including …, and with the Special Rapporteur …".
type engagedList struct {
	Groups []engagedGroup
	// Last is the index of the last group; Named says that some group
	// names people, so that its commas call for semicolons between
	// groups when there are more than two.
	Last  int
	Named bool
}

type engagedGroup struct {
	Group string
	Names []string
}

func engagedGroups(es []cases.Engaged) engagedList {
	var l engagedList
	for _, e := range es {
		g := engagedGroup{midSentence(trimStop(prose(e.Group))), cleanAll(e.Names)}
		if g.Group == "" {
			continue
		}
		l.Groups = append(l.Groups, g)
		l.Named = l.Named || len(g.Names) > 0
	}
	l.Last = len(l.Groups) - 1
	return l
}

// supports is what a person does for their dependants: an adult supports
// them, a child helps to care for them. A child who is married or has
// children of their own is a parent first: the dependants then are often
// that child's own, so they are supported, not helped with.
func supports(f cases.Family, minor bool, adult, child string) string {
	if minor && f.Spouse == "" && f.Children == 0 {
		return child
	}
	return adult
}

// familySentence describes the family in sentences of their own, for a
// letter with no status sentence to carry familyClause: "He has four
// children, and his wife is pregnant. He also supports his mother."
func familySentence(f cases.Family, p cases.Pronouns, minor bool) string {
	var out []string
	subject := capitalise(p.Subject())
	has := familyHas(saidByDependants(f))
	if p == cases.They {
		has = strings.NewReplacer("is married", "are married", "has ", "have ").Replace(has)
	}
	switch {
	case has != "" && f.SpousePregnant:
		out = append(out, subject+" "+has+", and "+p.Possessive()+" "+f.Spouse+" is pregnant.")
	case has != "":
		out = append(out, subject+" "+has+".")
	case f.SpousePregnant:
		out = append(out, capitalise(p.Possessive())+" "+f.Spouse+" is pregnant.")
	}
	if deps := dependants(f.Dependants); len(deps) > 0 {
		also := ""
		if len(out) > 0 {
			also = " also"
		}
		out = append(out, subject+also+" "+supports(f, minor, p.Verb("supports", "support"), p.Verb("helps", "help")+" to care for")+" "+joinClosed(deps)+".")
	}
	return strings.Join(out, " ")
}

func (w *writer) body() []Block {
	c := w.c
	f := w.facts()
	brief := c.Letter.Style == "brief"
	if !brief {
		// A brief letter starts with the person: its subject line says
		// what it is about, and it must fit on one page.
		w.say("opening", f)
	} else if f.Campaign != "" {
		w.say("campaign", f)
	}
	w.say("situation", f)
	// Events are told in paragraphs of a few each, so that a long history
	// does not become one block.
	const eventsPerParagraph = 5
	all := f.Events
	for i := 0; i < len(all); i += eventsPerParagraph {
		f.Events, f.EventsGoOn = all[i:min(i+eventsPerParagraph, len(all))], i > 0
		w.say("events", f)
	}
	f.Events, f.EventsGoOn = all, false
	if len(f.Charges) > 0 {
		w.say("charges", f)
	}
	w.say("status", f)
	if len(f.Risks) > 0 {
		w.say("risks", f)
		w.blocks = append(w.blocks, &List{Items: f.Risks})
	}
	w.extras("facts")
	w.requests(f)
	if g := engagedGroups(c.Engaged); len(g.Groups) > 0 {
		w.say("engaged", struct {
			engagedList
			V   voice
			Org string
		}{g, f.V, w.contactsOf()})
	}
	w.extras("requests")
	law, annex := w.lawSection(brief)
	w.blocks = append(w.blocks, law...)
	w.annex = annex
	w.extras("law")
	if m := c.Commitment; m != nil {
		on := ""
		if !m.Date.IsZero() {
			on = when(m.Date)
		}
		w.say("commitment", struct {
			Occasion, Date, Statement string
			Past                      bool
			// Also: the letter has just said whom the sender is in
			// contact with, which "also" follows.
			Also bool
			V    voice
			// When is the date with its preposition: "on 24 February
			// 2026", "in July 2012"; "" without a date.
			When string
		}{fragment(m.Occasion), unbroken(m.Date.String()), fragment(m.Statement), true, len(engagedGroups(c.Engaged).Groups) > 0, f.V, on})
	}
	if brief {
		w.say("closing-brief", f)
	} else {
		w.say("closing", f)
	}
	return w.blocks
}

// requests asks for what the case asks: the standard asks, worded here,
// then the sender's own requests.
func (w *writer) requests(f *facts) {
	var items []string
	for _, a := range f.Asks {
		if !askFits(a, f.Detained, f.Trial) {
			continue // validate says so
		}
		if s := w.words("ask-"+a, f); s != "" {
			items = append(items, s)
		}
	}
	for _, r := range w.c.Requests {
		if !f.Detained && asksRelease(w.c.Detainee, r) {
			continue // validate says so, as for the standard ask
		}
		if r = request(r); r != "" {
			items = append(items, r)
		}
	}
	if len(items) == 0 {
		return
	}
	data := struct {
		V        voice
		Items    []string
		Envoy    bool
		Advocate bool
		Holding  string
	}{f.V, items, f.Envoy, f.Advocate, f.Holding}
	if len(items) == 1 {
		w.say("request-one", data)
		return
	}
	if !f.Envoy {
		for i := range items {
			items[i] = "to " + items[i]
		}
	}
	punctuateList(items)
	w.say("request-many", data)
	w.blocks = append(w.blocks, &List{Ordered: true, Items: items})
}

// asksRelease reports whether a request of the user's asks to release the
// person from custody: "release Mr Sannikau-Lis", "order the immediate
// release of her", "free him". A release from something short of custody
// ("from house arrest", "of his passport") is not one.
func asksRelease(p cases.Person, r string) bool {
	s, _ := leadIns(trimStop(clean(r)))
	m := releaseRequest.FindStringSubmatch(s)
	if m == nil || releaseFromLess.MatchString(s) {
		return false
	}
	who := m[len(m)-1]
	if possessive(who) {
		return false // "release Mr Karimov's brother"
	}
	switch strings.ToLower(who) {
	case "him", "her", "them", "he", "she", "they":
		return true
	}
	for _, name := range []string{p.Name, p.ShortName, p.FamilyName} {
		for _, part := range strings.Fields(name) {
			if strings.EqualFold(part, who) {
				return true
			}
		}
	}
	return false
}

// releaseRequest is a request to release someone, the person's name or
// pronoun last: the word after any honorific.
var releaseRequest = lazyregexp.New(`(?i)^(?:(?:immediately|urgently|promptly)\s+)?(?:(?:and\s+)?unconditionally\s+)?(?:release|free|(?:order|secure|ensure|grant|effect)\s+(?:the\s+)?(?:immediate\s+|urgent\s+|prompt\s+)?(?:and\s+unconditional\s+)?(?:release|freedom)\s+of)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Pastor|Father|Imam|Sheikh)\.?\s+)?([\pL'’-]+)`)

// releaseFromLess is a release from less than custody: bail conditions,
// house arrest, a travel ban, the person's documents.
var releaseFromLess = lazyregexp.New(`(?i)\b(house\s+arrest|travel\s+ban|passport|documents?|conditions|restrictions|supervision|belongings|property|assets|funds)\b`)

// askFits reports whether a standard ask makes sense for the person: one
// not in custody is not asked to be released, allowed visits or given
// medical care, and one tried at home is not to be sent anywhere.
func askFits(ask string, detained, trial bool) bool {
	switch ask {
	case "release", "family", "medical":
		return detained
	case "no-removal", "unhcr":
		return !trial
	}
	return true
}

func (w *writer) extras(after string) {
	for _, e := range w.c.Paragraphs {
		if e.After == after || (e.After == "" && after == "facts") {
			if t := prose(e.Text); t != "" {
				w.blocks = append(w.blocks, &Paragraph{Text: t})
			}
		}
	}
	if s := w.opt.Signer; s != nil && (s.After == after || (s.After == "" && after == "facts")) {
		if t := prose(s.Paragraph); t != "" {
			w.blocks = append(w.blocks, &Paragraph{Text: t})
		}
	}
}

// subject is the subject line: "URGENT: " before it when a deadline is
// within two weeks of the letter's date, as urgent actions mark it.
func (w *writer) subject() string {
	s := capitalise(prose(w.c.Letter.Subject))
	dl := w.c.Status.Deadline
	if dl.IsZero() || strings.HasPrefix(strings.ToUpper(s), "URGENT") {
		return s
	}
	today := w.letterDate()
	if days := daysBetween(today, dl); days >= 0 && days <= 14 {
		return "URGENT: " + s
	}
	return s
}

// daysBetween counts the days from a to b, dates known to the day; a date
// known only to the month or year counts as its first day.
func daysBetween(a, b cases.Date) int {
	t := func(d cases.Date) time.Time {
		return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
	}
	return int(t(b).Sub(t(a)).Hours() / 24)
}

// orderedEvents reports the index of the first event dated before the one
// it follows, or -1. Dates known to different precision overlap: 2022 and
// 2022-07 are in order either way.
func orderedEvents(events []cases.Event) int {
	for i := 1; i < len(events); i++ {
		if events[i].Date.Before(events[i-1].Date) && !overlaps(events[i].Date, events[i-1].Date) {
			return i
		}
	}
	return -1
}

func overlaps(a, b cases.Date) bool {
	if a.Year != b.Year {
		return false
	}
	if a.Month == 0 || b.Month == 0 {
		return true
	}
	return a.Month == b.Month && (a.Day == 0 || b.Day == 0)
}
