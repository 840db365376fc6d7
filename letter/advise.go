package letter

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/treaties"
)

// saysConvicted matches the words of a conviction: "convicted her",
// "sentenced him to death", "found guilty", «приговорил», «осужден».
var saysConvicted = lazyregexp.New(`(?i)\b(convicted|sentenced|found\s+(him|her|them)?\s*guilty)\b|приговорил|приговором|осужден|признал[аи]?\s+\S+\s+виновн`)

// plainSpaces writes a date of the letter's with plain spaces, for a
// message.
func plainSpaces(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// namesCharges matches an accusation that names what the person is
// charged with, as "on …" needs: "charges of …", "spurious accusations of
// …", "a charge of …".
var namesCharges = lazyregexp.New(`^(\S+\s+){0,3}(charges?|accusations?|allegations?|counts?|indictments?|suspicion|warrants?|grounds)\b`)

// refoulementOnly reports a clause that forbids sending a person to
// another state and nothing else: cited in a trial it has no removal to
// argue against. (ICCPR article 7 and ECHR article 3 forbid torture
// everywhere, so they stay.)
func refoulementOnly(cl *treaties.Clause) bool {
	switch cl.Treaty.Records {
	case "REF1951", "CAT", "ACHR", "OAU1969":
		return isNonRefoulement(cl)
	}
	return false
}

// properWord reports a capitalised word a case's own names explain: the
// person's names, an honorific, a possessive ("Grace's"), a nationality
// ("Iranian").
func properWord(c *cases.Case, w string) bool {
	w = strings.TrimRight(w, ",;:")
	if possessive(w) || honorificWords[strings.TrimSuffix(w, ".")] || w == "I" {
		return true
	}
	for _, name := range []string{c.Detainee.Name, c.Detainee.ShortName, c.Detainee.FamilyName, c.Detainee.Nationality, c.HoldingState, c.Destination()} {
		for _, part := range strings.Fields(name) {
			if part == w {
				return true
			}
		}
	}
	return demonym.MatchString(w)
}

// demonym matches a nationality or people's adjective: "Iranian",
// "Belarusian", "Chinese", "Uzbek", "Turkish", "Pakistani".
var demonym = lazyregexp.New(`^[A-Z][a-z]+(ian|ean|an|ese|ish|i|ic|ch|ek|iot)$`)

// subjectless are the verbs an event written without its subject starts
// with: "arrested in Asmara" after "on 2 May 2016" reads as a broken
// sentence.
var subjectless = map[string]bool{
	"arrested": true, "detained": true, "fled": true, "posted": true, "summoned": true, "released": true,
	"sentenced": true, "charged": true, "convicted": true, "transferred": true, "deported": true,
	"questioned": true, "interrogated": true, "beaten": true, "taken": true, "moved": true, "placed": true,
	"held": true, "sent": true, "tried": true, "accused": true, "jailed": true, "imprisoned": true,
	"abducted": true, "kidnapped": true, "expelled": true, "returned": true, "registered": true,
	"granted": true, "denied": true, "refused": true, "published": true, "wrote": true, "spoke": true,
	"travelled": true, "traveled": true, "left": true, "arrived": true, "entered": true, "applied": true,
	"filed": true, "lodged": true, "appeared": true, "went": true, "received": true, "was": true,
	"were": true, "had": true, "has": true, "is": true, "escaped": true, "disappeared": true,
}

// Advise finds what a case says that would make a poor letter: placeholders
// left unfilled, guesses the wording would have to make, facts that
// contradict each other. Each is a warning naming the field that fixes it;
// now is the day a letter without a date of its own is dated.
func Advise(c *cases.Case, lib *treaties.Library, rec *treaties.Records, now time.Time) cases.Diagnostics {
	var ds cases.Diagnostics
	warn := func(path, format string, args ...any) {
		ds = append(ds, c.Diag(cases.SevWarning, path, format, args...))
	}
	unfilled := map[string]bool{}
	for _, p := range placeholders(c) {
		p.path = recipientPath(c, p.path)
		unfilled[p.path] = true
		warn(p.path, "%s still holds the placeholder %q from 'appeal init'; replace it with the case's own value", p.path, p.text)
	}

	holding, okH := rec.State(c.HoldingState)
	dest, okD := rec.State(c.Destination())
	destPath := "destination_state"
	if c.DestinationState == "" {
		destPath = "requesting_state"
	}
	if okH && okD && holding == dest {
		warn(destPath, "the person would be sent to %s, the state holding them; name the state they would be sent to in %s", withArticle(holding.Name), destPath)
	}

	today := c.Letter.Date
	if today.IsZero() {
		today = cases.DateOf(now)
	}
	for i, e := range c.Events {
		if today.Before(e.Date) && !overlaps(today, e.Date) {
			warn(fmt.Sprintf("events[%d].date", i), "this event is dated %s, after the letter (%s); check the date, or set letter.date", e.Date, today)
		}
	}
	if i := orderedEvents(c.Events); i > 0 {
		warn(fmt.Sprintf("events[%d].date", i), "events[%d] (%s) comes before events[%d] (%s) in time; the letter tells events in the order given, so put them in date order",
			i, c.Events[i].Date, i-1, c.Events[i-1].Date)
	}
	if s := c.Status.Sentence; strings.Contains(strings.ToLower(s), "sentence") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "to ") {
		warn("status.sentence", "the letter says \"sentenced to %s\"; give the sentence itself, e.g. \"two years’ imprisonment, suspended\"", strings.TrimSpace(s))
	}
	if c.Proceeding == "trial" && c.Status.Convicted.IsZero() {
		for i, e := range c.Events {
			if saysConvicted.MatchString(e.What) {
				warn(fmt.Sprintf("events[%d].what", i), "this event tells of a conviction, but the letter says the person is to be tried; give status.convicted (the date) and status.sentence, so that it says they were convicted")
				break
			}
		}
	}
	if dl := c.Status.Deadline; !dl.IsZero() && dl.Before(today) && !overlaps(dl, today) {
		warn("status.deadline", "the deadline %s is before the letter's date (%s); the letter leaves it out; update it or remove it", dl, today)
	}
	if !c.Detainee.Born.IsZero() && today.Before(c.Detainee.Born) {
		warn("detainee.born", "the date of birth %s is after the letter's date (%s)", c.Detainee.Born, today)
	}

	for i, r := range c.Requests {
		path := fmt.Sprintf("requests[%d]", i)
		s, dropped := leadIns(strings.TrimSpace(r))
		for _, d := range dropped {
			switch d.Kind {
			case "number":
				warn(path, "the letter numbers the requests itself: leave out %q", d.Text)
			case "to":
				warn(path, "a request follows \"ask you to\": leave out its own %q", d.Text)
			default:
				warn(path, "a request follows \"ask you to\": leave out %q, which the letter drops", d.Text)
			}
		}
		if hasCyrillic(s) {
			continue // Russian, for ruAdvise
		}
		first, _, _ := strings.Cut(s, " ")
		if st, ok := statement(s); ok {
			warn(path, "a request follows \"ask you to\", so it starts with what the official should do, a verb; the letter writes \"ensure that %s\": reword it if that is not what you ask", st)
			continue
		}
		if isTitleWord(first) && !properWord(c, first) {
			warn(path, "a request follows \"ask you to\", so it starts in lower case: %q; the letter writes %q", first, lowerFirst(first))
		}
	}
	if words := strings.Fields(c.Accusation); len(words) >= 2 {
		first := words[0] + " " + words[1]
		if l := strings.ToLower(first); l == "accused of" || l == "charged with" || words[0] == "for" || words[0] == "on" {
			warn("accusation", "accusation follows \"wanted in … on\" or \"tried on\", so it names the charges (\"charges of …\", \"spurious charges of …\"), not %q", first)
		}
	}
	for i, e := range c.Events {
		path := fmt.Sprintf("events[%d].what", i)
		first, _, _ := strings.Cut(strings.TrimSpace(e.What), " ")
		switch {
		case hasCyrillic(first):
			// Russian, for ruAdvise
		case subjectless[strings.ToLower(first)]:
			warn(path, "the letter puts this event after its date (\"%s …\"), so it needs a subject (\"%s …\"), not %q alone", plainSpaces(when(e.Date)), c.Detainee.Pronouns.Subject(), first)
		case isTitleWord(first) && !lowerable[first] && !properWord(c, first):
			warn(path, "the letter puts this event after its date (\"%s %s …\"), where %q keeps its capital: write it in lower case unless it is a name", plainSpaces(when(e.Date)), first, first)
		}
	}
	if m := c.Commitment; m != nil {
		if first, _, _ := strings.Cut(strings.TrimSpace(m.Statement), " "); isTitleWord(first) && !lowerable[first] && !hasCyrillic(first) && !properWord(c, first) {
			warn("commitment.statement", "the letter puts this statement mid-sentence (\"…, %s …\"), where %q keeps its capital: write it in lower case unless it is a name", first, first)
		}
	}
	for _, a := range c.Asks {
		switch {
		case askFits(a, c.Detained(), c.Proceeding == "trial"):
		case !c.Detained() && a != "no-removal" && a != "unhcr":
			warn("asks", "asks includes %s, but status.detained is false; the letter leaves that ask out", a)
		case a == "unhcr":
			warn("asks", "asks includes unhcr, but the proceeding is a trial, with no asylum claim against a removal; the letter leaves that ask out")
		}
	}
	if !c.Detained() {
		for i, r := range c.Requests {
			if asksRelease(c.Detainee, r) {
				warn(fmt.Sprintf("requests[%d]", i), "this request asks for the person's release, but status.detained is false and the letter says they are not in custody; the letter leaves it out (if they are held, set status.detained: true)")
			}
		}
	}
	if c.Proceeding == "trial" && slices.Contains(c.Asks, "consular") {
		warn("asks", "asks includes consular, but the proceeding is a trial in %s: keep it only if the person is a foreign national there", c.HoldingState)
	}
	if c.Proceeding == "trial" {
		for i, id := range c.Clauses {
			if cl, ok := lib.Clause(id); ok && refoulementOnly(cl) {
				warn(fmt.Sprintf("clauses[%d]", i), "%s forbids sending a person to another state, but the proceeding is a trial, with no state to be sent to; the letter leaves it out", id)
			}
		}
	}
	if c.Commitment != nil && len(c.Recipients) > 1 {
		warn("commitment", "commitment tells every recipient what \"you\" said or did, but the case has %d recipients: keep it for a letter to the one who said it, or put it in paragraphs in the third person", len(c.Recipients))
	}
	if c.Destination() != "" && slices.Contains(c.Asks, "consular") {
		warn("asks", "asks includes consular: the consular officials a person may see are their own state's; if that is %s, the state they fear, contact with them may put the person or their family at risk, so leave the ask out", withArticle(c.Destination()))
	}
	for path, text := range map[string]string{"accusation": c.Accusation, "status.awaiting": c.Status.Awaiting} {
		if strings.Contains(text, "!") {
			warn(path, "an exclamation mark reads as a raised voice in an official letter; end the sentence with a full stop")
		}
	}
	for i, e := range c.Events {
		if strings.Contains(e.What, "!") {
			warn(fmt.Sprintf("events[%d].what", i), "an exclamation mark reads as a raised voice in an official letter; end the sentence with a full stop")
		}
	}
	for i, r := range c.Requests {
		if strings.Contains(r, "!") {
			warn(fmt.Sprintf("requests[%d]", i), "an exclamation mark reads as a raised voice in an official letter; end the request without one")
		}
	}
	for i, p := range c.Paragraphs {
		if strings.Contains(p.Text, "!") {
			warn(fmt.Sprintf("paragraphs[%d].text", i), "an exclamation mark reads as a raised voice in an official letter; end the sentence with a full stop")
		}
	}
	if a := strings.ToLower(c.Accusation); a != "" && !hasCyrillic(a) && !namesCharges.MatchString(a) && !unfilled["accusation"] {
		warn("accusation", "the letter writes \"wanted in … on\" or \"to be tried on\" before accusation, so it should name the charges: \"charges of %s\"", strings.TrimSpace(c.Accusation))
	}
	if d := c.Detainee; d.Honorific == "" && d.ShortName == "" && d.Pronouns != cases.They && len(strings.Fields(d.Name)) > 1 && !hasCyrillic(d.Name) && !unfilled["detainee.name"] {
		if age, _ := ageOf(d, today); age < 0 || age >= 18 {
			warn("detainee.name", "with no honorific, the letter names the person in full each time (%q); give detainee.honorific (Mr, Ms …) or short_name", clean(d.Name))
		}
	}
	ds = append(ds, ruAdvise(c)...)

	for i, r := range c.Recipients {
		path := recipientPath(c, fmt.Sprintf("recipients[%d]", i))
		if _, guess := salutation(r); guess != "" && !unfilled[path+".name"] && strings.TrimSpace(r.Name) != "" {
			warn(path+".name", "%s", guess)
		} else if st, ok := rec.State(r.Country); ok && givenNameStates[st.Name] && r.Salutation == "" && r.FamilyName == "" && !excellency(r) {
			warn(path+".name", "officials in %s are addressed by their given name, not a family name; set salutation (e.g. \"Dear Mr %s,\") or family_name", st.Name, strings.Fields(plainName(r.Name) + " ?")[0])
		}
	}
	if given := prose(c.Sender.Closing); given != "" && c.Letter.Language != "ru" {
		for i, r := range c.Recipients {
			salute, _ := salutation(r)
			want := closing(salute, plural)
			// A close of no known form ("Respectfully,") is the
			// sender's choice, except after "Your Excellency,".
			if g, w := closingKind(given), closingKind(want); g != w && (g != "other" || w == "diplomatic") {
				warn("sender.closing", "the letter to %s opens %q, which closes %q, but sender.closing gives %q; leave sender.closing out, or set the recipient's salutation to match it",
					recipientLabel(c, i), salute, want, given)
				break
			}
		}
	}
	if d := c.Detainee; d.ShortName == "" && d.FamilyName == "" && d.Honorific != "" {
		if family, doubtful := familyName(d.Name); doubtful {
			warn("detainee.name", "after the first mention the letter calls the person %q; if %q is not the family name, set detainee.family_name (or short_name)",
				d.Honorific+" "+family, family)
		}
	}

	for i, p := range c.Paragraphs {
		path := fmt.Sprintf("paragraphs[%d].text", i)
		switch {
		case c.Sender.Individual:
			if w := firstWord(p.Text, weWords); w != "" {
				warn(path, "sender.individual is true, so the letter speaks as \"I\", but this paragraph speaks as \"we\" (%q): reword it in the first person singular", w)
			}
		case c.Sender.Campaign:
			// Written for the supporters' letters, which say "I".
		default:
			if w := firstWord(p.Text, iWords); w != "" {
				warn(path, "the letter speaks for %s as \"we\", but this paragraph speaks as \"I\" (%q); if the sender is one person writing in their own name, set sender.individual: true and the whole letter says \"I\"", clean(c.Sender.Organisation), w)
			}
		}
	}
	if d := c.Detainee; faithNoun(clean(d.Faith)) && d.Role != "" {
		warn("detainee.faith", "the letter puts faith before role as an adjective (\"a Christian pastor\"), but %q names a person, so it writes %q; to put the faith first, give it as an adjective (\"Christian\")",
			clean(d.Faith), plainSpaces(description(cases.Person{Nationality: d.Nationality, Faith: d.Faith, Role: d.Role}, -1, false, false)))
	}
	f := c.Family
	if f.SpousePregnant && f.Spouse == "husband" {
		warn("family.spouse_pregnant", "the letter will say that the husband is pregnant; check family.spouse (wife, husband or partner)")
	}
	for i := 1; i < len(f.Dependants); i++ {
		if !continuesPrevious(strings.TrimSpace(f.Dependants[i])) {
			continue
		}
		// One warning for the item YAML split, with the whole item quoted.
		start, end := i-1, i+1
		for end < len(f.Dependants) && continuesPrevious(strings.TrimSpace(f.Dependants[end])) {
			end++
		}
		parts := make([]string, 0, end-start)
		for _, d := range f.Dependants[start:end] {
			parts = append(parts, strings.TrimSpace(d))
		}
		warn(fmt.Sprintf("family.dependants[%d]", i), "%q goes on describing the dependant before it, so the letter joins them; to keep one dependant in one item, quote the whole item: - \"%s\"",
			strings.TrimSpace(f.Dependants[i]), strings.Join(parts, ", "))
		i = end - 1
	}
	if f.Children > 0 {
		named := childrenNamed(f) >= f.Children
		for i, d := range f.Dependants {
			d = strings.TrimSpace(d)
			if !ownChildren.MatchString(d) && !ownChild.MatchString(d) {
				continue
			}
			path := fmt.Sprintf("family.dependants[%d]", i)
			if named {
				warn(path, "family.children (%d) counts the children the dependants name (%q): the letter names them once, through the dependants, and leaves the count out; check that this is what you mean", f.Children, dependantAt(f.Dependants, i))
			} else {
				warn(path, "family.children already gives the children, and the letter says both (\"has %s … also supports %s\"); name here only dependants who are not the children counted there", count(f.Children, "child", "children"), dependantAt(f.Dependants, i))
			}
			break
		}
	}
	if f.Spouse != "" {
		for i, d := range f.Dependants {
			if namesSpouse(d) {
				d := dependantAt(f.Dependants, i)
				if f.SpousePregnant {
					warn(fmt.Sprintf("family.dependants[%d]", i), "family.spouse (%s) and this dependant (%q) are the same person, and the letter says both (\"whose %s is pregnant … supports %s\"); say what the spouse needs in a paragraph instead", f.Spouse, strings.TrimSpace(d), f.Spouse, strings.TrimSpace(d))
				} else {
					warn(fmt.Sprintf("family.dependants[%d]", i), "family.spouse (%s) and this dependant (%q) are the same person: the letter names them once, through the dependant, and leaves out that the person is married; check that this is what you mean", f.Spouse, strings.TrimSpace(d))
				}
				break
			}
		}
	}
	if st := c.Status; !c.Detained() && (st.HeldAt != "" || !st.Since.IsZero()) {
		warn("status.detained", "status.detained is false, so the letter leaves out where and since when the person is held; remove held_at and since, or detained: false")
	} else if !st.Since.IsZero() && today.Before(st.Since) && !overlaps(today, st.Since) {
		warn("status.since", "the person is said to be held since %s, after the letter's date (%s); the letter leaves it out", st.Since, today)
	}
	// With several recipients, naming one of them is right in the
	// others' letters, so only a one-recipient case is warned.
	if r := c.Recipient; len(c.Recipients) <= 1 && r.Title != "" && strings.Contains(strings.ToLower(c.Status.Awaiting), strings.ToLower(r.Title)) {
		warn("status.awaiting", "status.awaiting names the recipient (%q) in the third person; the letter is to them: write \"your decision\"", r.Title)
	}
	asked := len(c.Requests)
	for _, a := range c.Asks {
		if askFits(a, c.Detained(), c.Proceeding == "trial") {
			asked++
		}
	}
	if n := asked; n > 4 {
		warn("asks", "the letter asks %d things; an official acts on two or three clear asks, so keep the ones that matter most", n)
	}
	if c.Proceeding == "trial" && slices.Contains(c.Asks, "no-removal") {
		warn("asks", "asks includes no-removal, but the proceeding is a trial, with no state to be sent to; the letter leaves that ask out")
	}

	age, exact := ageOf(c.Detainee, today)
	if age >= 0 && age < 18 {
		if h := c.Detainee.Honorific; h != "" {
			warn("detainee.honorific", "the person is a child (%d): a child is named without an honorific such as %q; remove detainee.honorific (and give short_name if needed)", age, h)
		}
		if c.Family.Spouse != "" {
			warn("family.spouse", "the person is a child (%d) and is said to have a %s; check family.spouse and the date of birth", age, c.Family.Spouse)
		}
	}
	if (age >= 18 || (age < 0 && c.Detainee.Born.IsZero())) && c.Family.Children == 0 {
		for i, id := range c.Clauses {
			if strings.HasPrefix(id, "crc-") {
				warn(fmt.Sprintf("clauses[%d]", i), "%s is a clause on children's rights, but the case names no child: the person is not a child and has no children (family.children); remove it, or give detainee.born or family.children", id)
				break
			}
		}
	}
	switch {
	case age >= 0 && age < 18 && !exact && age == 17:
		warn("detainee.born", "the person is 17 or 18 at the letter's date; give the full date of birth so that the letter can say whether they are a child")
	case age >= 0 && age < 18:
		if !slices.ContainsFunc(c.Clauses, func(id string) bool { return strings.HasPrefix(id, "crc-") }) {
			path := "detainee.born"
			if c.Detainee.Age > 0 {
				path = "detainee.age"
			}
			var ids []string
			for _, s := range []struct{ id, what string }{{"crc-3.1", "best interests"}, {"crc-22", "refugee children"}, {"crc-37", "detention"}, {"crc-9", "separation from parents"}} {
				if _, ok := lib.Clause(s.id); ok {
					ids = append(ids, s.id+" ("+s.what+")")
				}
			}
			warn(path, "the person is a child (%d); consider citing the Convention on the Rights of the Child: %s", age, strings.Join(ids, ", "))
		}
	}
	return ds
}

// placeholderWords are the values in CAPITALS that 'appeal init' writes
// for the user to replace: "FULL NAME", "OFFICIAL'S NAME"; found when
// first needed.
var placeholderWords = sync.OnceValue(func() []string {
	var out []string
	words := regexp.MustCompile(`\b[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+)*\b`)
	var found []string
	// A match is within a line and holds two capitals in a row: the
	// expression runs on those lines only, a fifth of the template.
	for line := range strings.Lines(string(cases.Template)) {
		if hasCapitals(line) {
			found = append(found, words.FindAllString(line, -1)...)
		}
	}
	for _, m := range found {
		if len(m) >= 4 && !slices.Contains(out, m) && !strings.HasPrefix(m, "YYYY") && m != "CHANGE" && m != "PDF" && m != "JPEG" && m != "README" && m != "CAPITALS" {
			out = append(out, m)
		}
	}
	return out
})

// hasCapitals reports whether s has a capital followed by a capital or an
// apostrophe, as every placeholder does.
func hasCapitals(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' && ('A' <= s[i+1] && s[i+1] <= 'Z' || s[i+1] == '\'' || strings.HasPrefix(s[i+1:], "’")) {
			return true
		}
	}
	return false
}

type placeholder struct{ path, text string }

// placeholders finds the text values of c that still hold a placeholder of
// the 'appeal init' template.
func placeholders(c *cases.Case) []placeholder {
	var out []placeholder
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				name := t.Field(i).Tag.Get("yaml")
				if name == "" || name == "-" || !t.Field(i).IsExported() {
					continue
				}
				if path == "" && name == "recipient" {
					continue // read as recipients[0]
				}
				p := name
				if path != "" {
					p = path + "." + name
				}
				walk(v.Field(i), p)
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.String:
			s := v.String()
			for _, w := range placeholderWords() {
				if strings.Contains(s, w) {
					out = append(out, placeholder{path, w})
					return
				}
			}
		}
	}
	walk(reflect.ValueOf(c).Elem(), "")
	return out
}

// recipientPath names a recipient's field as the case file wrote it:
// "recipient.name" in a file that gives one recipient, else "recipients[0].name".
func recipientPath(c *cases.Case, path string) string {
	if c.Pos("recipients") == (cases.Pos{}) {
		if rest, ok := strings.CutPrefix(path, "recipients[0]"); ok {
			return "recipient" + rest
		}
	}
	return path
}

// givenNameStates are where a person is addressed by given name, and
// the last word of a name is not a family name: Thai, Malay, Indonesian,
// Burmese and Icelandic usage.
var givenNameStates = map[string]bool{"Thailand": true, "Malaysia": true, "Indonesia": true, "Myanmar": true, "Iceland": true}

// iWords and weWords are the words of a paragraph that speak as one
// person or as many. "I" after "Part", "Protocol" and the like is a
// numeral; "us" is lower case only, so that "US" is not one.
var (
	iWords = map[string]bool{"I": true, "I'm": true, "I’m": true, "I've": true, "I’ve": true, "I'd": true, "I’d": true, "my": true, "My": true, "me": true, "myself": true, "mine": true}
	// "our" and "us" are left out: one person may write of "our church".
	weWords = map[string]bool{"we": true, "We": true, "we're": true, "We're": true, "we’re": true, "We’re": true, "ourselves": true}
)

// romanAfter are words a Roman "I" follows as a numeral: "Protocol I".
var romanAfter = map[string]bool{"Part": true, "Protocol": true, "Chapter": true, "Annex": true, "Article": true,
	"Section": true, "Title": true, "Book": true, "Volume": true, "War": true, "Schedule": true, "Appendix": true}

// firstWord returns the first word of s in words, or "", outside
// quotations: "his wife told us: “I do not know where he is”" quotes her.
func firstWord(s string, words map[string]bool) string {
	prev := ""
	for _, f := range strings.Fields(quotation.ReplaceAllString(s, " ")) {
		w := strings.TrimFunc(f, func(r rune) bool { return strings.ContainsRune(`.,;:!?()[]"“”‘’«»—–`, r) })
		if words[w] && !(w == "I" && romanAfter[prev]) {
			return w
		}
		prev = w
	}
	return ""
}

// dependantAt is the dependant at item i as the letter reads it, with the
// items after it that go on describing it: YAML reads "[his wife, who is
// blind]" as two.
func dependantAt(items []string, i int) string {
	d := strings.TrimSpace(items[i])
	for _, more := range items[i+1:] {
		if !continuesPrevious(strings.TrimSpace(more)) {
			break
		}
		d += ", " + strings.TrimSpace(more)
	}
	return d
}

// quotation is a quotation within a paragraph.
var quotation = lazyregexp.New(`“[^”]*”|"[^"]*"|«[^»]*»`)

// closingKind sorts complimentary closes into the forms a salutation
// calls for: "diplomatic" (after "Your Excellency,"), "faithfully",
// "sincerely", or "other" ("Respectfully,").
func closingKind(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "excellency") || strings.Contains(l, "majesty") || strings.Contains(l, "highness") || strings.Contains(l, "highest consideration"):
		return "diplomatic"
	case strings.Contains(l, "faithfully"):
		return "faithfully"
	case strings.Contains(l, "sincerely"):
		return "sincerely"
	}
	return "other"
}

// recipientLabel names recipient i for a message: their name, or their
// place in the list.
func recipientLabel(c *cases.Case, i int) string {
	if n := clean(c.Recipients[i].Name); n != "" {
		return n
	}
	return fmt.Sprintf("recipients[%d]", i)
}
