package letter

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/treaties"
)

// Check finds what a case gets wrong about the law: clause ids the library
// does not have and states the records do not know are errors; citing a
// treaty the holding state is not bound by, a reservation that touches a
// quoted article, sources that disagree, and quotations that overlap or
// hand the official an exception are warnings, as is a case's own treaty
// status overriding the data.
func Check(c *cases.Case, lib *treaties.Library, rec *treaties.Records) cases.Diagnostics {
	var ds cases.Diagnostics
	add := func(sev cases.Severity, path, format string, args ...any) {
		ds = append(ds, c.Diag(sev, path, format, args...))
	}
	holding, holdingKnown := rec.State(c.HoldingState)
	for _, f := range []struct{ path, name string }{
		{"holding_state", c.HoldingState}, {"requesting_state", c.RequestingState}, {"destination_state", c.DestinationState},
	} {
		if _, ok := rec.State(f.name); !ok && f.name != "" {
			add(cases.SevError, f.path, "unknown state %q%s; use the UN name or an ISO code (see 'appeal treaties status')",
				f.name, cases.DidYouMean(rec.SuggestState(f.name)))
		}
	}
	for i, s := range c.TreatyStatus {
		path := fmt.Sprintf("treaty_status[%d]", i)
		if _, ok := rec.State(s.State); !ok {
			add(cases.SevError, path+".state", "unknown state %q%s", s.State, cases.DidYouMean(rec.SuggestState(s.State)))
		}
		name, ok := treatyName(lib, rec, s.Treaty)
		if !ok {
			add(cases.SevError, path+".treaty", "unknown treaty %q%s", s.Treaty, cases.DidYouMean(cases.Suggest(s.Treaty, treatyIDs(lib), 3)))
		} else if st, ok := rec.State(s.State); ok && st == holding {
			add(cases.SevWarning, path, "the case's own status for %s under the %s (%s on %s, source: %s) is used instead of appeal's data",
				withArticle(st.Name), name, s.Action, s.Date, s.Source)
		}
	}
	checkOverlaps(c, lib, add)
	warned := map[string]bool{}
	for i, id := range c.Clauses {
		path := fmt.Sprintf("clauses[%d]", i)
		cl, ok := lib.Clause(id)
		if !ok {
			add(cases.SevError, path, "unknown clause %q%s; 'appeal treaties list' shows them all", id, cases.DidYouMean(lib.Suggest(id)))
			continue
		}
		if right, ok := exceptionOnly[cl.ID]; ok {
			add(cases.SevWarning, path, "%s quotes only the grounds on which %s lets a state limit the right, and not the right itself; quote %s (or the whole article) instead", cl.ID, the(cl.Treaty.Short), right)
		}
		if whole, ok := partialArticle[cl.ID]; ok {
			add(cases.SevWarning, path, "%s holds only %s of %s, but the letter cites it as the whole article; cite %s", cl.ID, whole.has, cl.Cite(), whole.cite)
		}
		if e, ok := exceptions[cl.ID]; ok && (e.removal == false || c.Proceeding != "trial") {
			if _, ok := lib.Clause(e.instead); ok && !slices.Contains(c.Clauses, e.instead) {
				add(cases.SevWarning, path, "the whole of %s of %s hands the official %s; quote %s instead", cl.Cite(), the(cl.Treaty.Short), e.hands, e.instead)
			}
		}
		t := cl.Treaty
		if t.Declaration || !holdingKnown {
			continue
		}
		st := statusWith(c, rec, holding, t.ID)
		checkReservations(c, lib, rec, holding, st, cl, path, add)
		if oi, withdrawn, ok := optedOut(rec, st, cl); ok {
			what := fmt.Sprintf("has not made the declaration without which %s of the %s does not apply to a party (%s)", cl.Cite(), t.Short, oi.Provision)
			if withdrawn != nil {
				what = fmt.Sprintf("withdrew, with effect from %s, the declaration without which %s of the %s does not apply to a party (%s)", dateOf(&treaties.Event{Date: withdrawn.In()}), cl.Cite(), t.Short, oi.Provision)
			}
			asOf := ""
			if st.AsOf != "" {
				asOf = " (as of " + st.AsOf + ")"
			}
			add(cases.SevWarning, path, "%s %s%s, so it is not bound by it; the letter says so and cites it for the standard it sets%s",
				holding.Name, what, asOf, bindingClauses(c, lib, rec, holding))
		}
		if warned[t.ID] {
			continue
		}
		warned[t.ID] = true
		for _, s := range []treaties.Status{st, viaStatus(c, rec, holding, cl, st)} {
			if s.Party() && s.Bound.Date.IsZero() && s.Bound.Effective.IsZero() {
				name := t.Short
				if k := rec.RecordKey(s.Treaty); k != t.Records {
					if vt := treatyWithKey(lib, k); vt != nil {
						name = vt.Short
					}
				}
				add(cases.SevWarning, path, "appeal knows that %s is bound by the %s (source: %s) but not since what day, so the letter gives no date, and cannot tell whether anything it reserved or declared on joining is recorded; give the date under treaty_status if you know it",
					withArticle(holding.Name), name, s.Bound.Source)
			}
			if s.Party() && s.TextsAsOf == "" && len(s.Reservations) == 0 {
				// A regional treaty's status lists are kept by hand, without
				// its reservations: none recorded is no evidence of none.
				name := t.Short
				if k := rec.RecordKey(s.Treaty); k != t.Records {
					if vt := treatyWithKey(lib, k); vt != nil {
						name = vt.Short
					}
				}
				add(cases.SevWarning, path, "appeal holds no list of the reservations and declarations made to the %s, so it cannot say whether %s made one that limits %s; check the depositary's list before sending",
					name, withArticle(holding.Name), join(clauseIDs(c, lib, t)))
			}
			if !s.Party() || !s.TextsMissing() {
				continue
			}
			name := t.Short
			if k := rec.RecordKey(s.Treaty); k != t.Records {
				if vt := treatyWithKey(lib, k); vt != nil {
					name = vt.Short
				}
			}
			add(cases.SevWarning, path, "%s joined the %s on %s, after the UN Treaty Collection's table of reservations and declarations that appeal holds (as of %s): anything it reserved or declared on joining is not recorded, so appeal cannot say whether that limits %s; check the depositary's page before sending",
				capitalise(withArticle(holding.Name)), name, dateOf(s.Bound), s.TextsAsOf, join(clauseIDs(c, lib, t)))
		}
		for _, k := range st.Conflicts {
			add(cases.SevWarning, path, "sources disagree on %s %s of %s: %s (%s) and %s (%s); the letter uses %s",
				possessiveName(holding.Name), k.Fact, the(t.Short), dateOf(&k.Used), k.Used.Source, dateOf(&k.Other), k.Other.Source, dateOf(&k.Used))
		}
		for _, e := range st.Impossible {
			if st.Bound == nil {
				add(cases.SevWarning, path, "the %s dated %s (%s) cannot be: %s is not a party to %s%s; the letter treats it as unknown",
					e.Action, dateOf(&e), e.Source, withArticle(holding.Name), the(t.Short), map[bool]string{true: " (it has only signed it)"}[st.Signed != nil])
				continue
			}
			if e.Action == treaties.GeographicLimitation {
				add(cases.SevWarning, path, "the %s dated %s (%s) cannot be: a state limits the Refugee Convention to events in Europe only on signing, ratifying or acceding to it (article 1 B (1)), and %s joined on %s; the letter leaves it out",
					e.Action, dateOf(&e), e.Source, holding.Name, dateOf(st.Bound))
				continue
			}
			add(cases.SevWarning, path, "the %s dated %s (%s) is before %s joined %s, which cannot be; the letter treats it as unknown",
				e.Action, dateOf(&e), e.Source, holding.Name, the(t.Short))
		}
		if rel, ok := rec.AppliedBy(t.ID, cl.Article); ok && !st.Party() {
			if vs := statusWith(c, rec, holding, rel.Via); vs.Party() {
				continue // bound through the Protocol: the letter says so
			}
		}
		bind := bindingClauses(c, lib, rec, holding)
		if lim := limits(c, rec, holding, t, st); lim != "" {
			add(cases.SevWarning, path, "%s is bound by the %s only as to refugees from %s; the letter says so and adds that the prohibition of refoulement binds it as customary law%s",
				holding.Name, t.Short, lim, alsoCite(c, lib, rec, holding))
		}
		switch {
		case st.Left != nil:
			add(cases.SevWarning, path, "%s ceased to be a party to %s on %s; the letter says so%s", capitalise(withArticle(holding.Name)), the(t.Short), dateOf(&treaties.Event{Date: st.Left.In()}), bind)
		case st.Bound != nil:
		case st.Signed != nil:
			add(cases.SevWarning, path, "%s has only signed %s (on %s), not ratified it; the letter says it signed%s", capitalise(withArticle(holding.Name)), the(t.Short), dateOf(st.Signed), bind)
		case outside(rec, holding, t.ID) != nil:
			o := outside(rec, holding, t.ID)
			add(cases.SevWarning, path, "%s is not a member of the %s (source: %s), so it is not a party to the %s; the letter does not present it as binding%s",
				capitalise(withArticle(holding.Name)), o.Organisation, o.Source, t.Short, bind)
		case !st.Known:
			add(cases.SevWarning, path, "appeal has no data on %s and %s; the letter states no status and argues nothing from its absence (give it under treaty_status if you know it)%s", withArticle(holding.Name), the(t.Short), bind)
		case st.NotParty != nil:
			add(cases.SevWarning, path, "%s is not a party to %s (source: %s, as of %s); the letter says so and cites it for the standard it sets%s",
				capitalise(withArticle(holding.Name)), the(t.Short), st.NotParty.Source, st.NotParty.AsOf, bind)
		case t.Records == "ECHR":
			add(cases.SevWarning, path, "%s is not a party to the %s, a treaty of the Council of Europe (as of %s); the letter does not present it as binding%s", capitalise(withArticle(holding.Name)), t.Short, st.AsOf, bind)
		default:
			add(cases.SevWarning, path, "%s is not a party to %s (as of %s); the letter quotes it without saying %s is bound%s", capitalise(withArticle(holding.Name)), the(t.Short), st.AsOf, withArticle(holding.Name), bind)
		}
	}
	return ds
}

// outside is the records' word that the state is not a member of the
// organisation a treaty is open to, or nil.
func outside(rec *treaties.Records, state treaties.State, treatyID string) *treaties.Outside {
	if o, ok := rec.OutsideOf(state, treatyID); ok {
		return &o
	}
	return nil
}

// limits says what limits the 1951 Convention for a party: its dateline,
// where the state is not party to the 1967 Protocol, and its geographic
// limitation; "" for none.
func limits(c *cases.Case, rec *treaties.Records, state treaties.State, t *treaties.Treaty, st treaties.Status) string {
	if t.Records != "REF1951" || !st.Party() {
		return ""
	}
	var out []string
	if t.Protocol != "" && !statusWith(c, rec, state, t.Protocol).Party() {
		out = append(out, "events before 1 January 1951 (it is not a party to the 1967 Protocol)")
	}
	if _, ok := st.Accepts(treaties.GeographicLimitation, treaties.LimitationWithdrawn); ok {
		out = append(out, "events occurring in Europe (its declaration under article 1 B (1) (a))")
	}
	return strings.Join(out, ", and of those only ")
}

// alsoCite suggests the non-refoulement clauses of treaties the state is
// party to that the case does not cite yet.
func alsoCite(c *cases.Case, lib *treaties.Library, rec *treaties.Records, state treaties.State) string {
	var add []string
	for _, id := range []string{"cat-3", "iccpr-7"} {
		cl, ok := lib.Clause(id)
		if !ok || slices.ContainsFunc(c.Clauses, func(x string) bool { return strings.HasPrefix(strings.ToLower(x), id) }) {
			continue
		}
		if statusWith(c, rec, state, cl.Treaty.ID).Party() {
			add = append(add, id)
		}
	}
	if len(add) == 0 {
		return ""
	}
	return fmt.Sprintf("; %s, which %s, would also serve", join(add), map[bool]string{true: "binds " + state.Name, false: "bind " + state.Name}[len(add) == 1])
}

// checkOverlaps warns of a clause quoted twice: the same id, or an article
// together with one of its paragraphs (cat-3 and cat-3.1).
func checkOverlaps(c *cases.Case, lib *treaties.Library, add func(cases.Severity, string, string, ...any)) {
	var seen []*treaties.Clause
	for i, id := range c.Clauses {
		cl, ok := lib.Clause(id)
		if !ok {
			continue
		}
		for _, prev := range seen {
			if prev.Treaty != cl.Treaty || prev.Article != cl.Article {
				continue
			}
			if prev.Paragraph == cl.Paragraph || prev.Paragraph == "" || cl.Paragraph == "" {
				add(cases.SevWarning, fmt.Sprintf("clauses[%d]", i), "%s repeats text already quoted by %s; cite one of them", cl.ID, prev.ID)
				break
			}
		}
		seen = append(seen, cl)
	}
}

// checkReservations names the state's reservations and declarations that
// touch a quoted clause, with the passage that does.
func checkReservations(c *cases.Case, lib *treaties.Library, rec *treaties.Records, state treaties.State, st treaties.Status, cl *treaties.Clause, path string, add func(cases.Severity, string, string, ...any)) {
	statuses := []treaties.Status{st}
	if cl.Treaty.Protocol != "" {
		statuses = append(statuses, statusWith(c, rec, state, cl.Treaty.Protocol))
	}
	if rel, ok := rec.AppliedBy(cl.Treaty.ID, cl.Article); ok && cl.Treaty.Records != rel.Via {
		if vs := rec.Status(state, rel.Via); !slices.ContainsFunc(statuses, func(s treaties.Status) bool { return rec.RecordKey(s.Treaty) == rec.RecordKey(vs.Treaty) }) {
			statuses = append(statuses, vs)
		}
	}
	seen := map[string]bool{}
	for _, s := range statuses {
		name := s.Treaty
		for _, t := range lib.Treaties() {
			if t.Records != "" && t.Records == rec.RecordKey(s.Treaty) {
				name = t.Short
			}
		}
		for _, t := range s.Touching(strings.ToLower(cl.Article), cl.Paragraph) {
			// A passage the Convention's own table gives again for the
			// Protocol is named once.
			if seen[t.Passage] {
				continue
			}
			seen[t.Passage] = true
			kind := string(t.Kind)
			if kind == "" {
				kind = "text (its kind not recorded)"
			}
			msg := fmt.Sprintf("%s %s on the %s touches %s: “%s” (%s)", capitalise(possessiveName(state.Name)), kind, name, cl.Cite(), t.Passage, t.Source)
			switch {
			case t.General:
				msg = fmt.Sprintf("%s %s on the %s names no article but measures the treaty as a whole against its law, so it may bear on %s: “%s” (%s)", capitalise(possessiveName(state.Name)), kind, name, cl.Cite(), t.Passage, t.Source)
			case t.Via != "":
				msg = fmt.Sprintf("%s %s on the %s concerns article %s, which defines the terms of %s: “%s” (%s)", capitalise(possessiveName(state.Name)), kind, name, t.Via, cl.Cite(), t.Passage, t.Source)
			}
			if withdraws.MatchString(t.Passage) {
				msg += "; it withdraws, in whole or in part, an earlier text that appeal does not hold (what the state keeps is known only in these words): check the depositary's page"
			}
			if barsReservation(cl.Treaty.Records, cl.Article) && t.Kind == treaties.Reservation {
				msg += "; article 42 of the Convention admits no reservation to this article"
			}
			if t.Territories != "" {
				add(cases.SevWarning, path, "%s %s on the %s touches %s only in respect of %s: “%s” (%s); the letter leaves it out, for it does not limit the article on %s own territory",
					capitalise(possessiveName(state.Name)), kind, name, cl.Cite(), t.Territories, t.Passage, t.Source, possessiveName(state.Name))
				continue
			}
			if c.Letter.Reservations == "omit" {
				add(cases.SevWarning, path, "%s; letter.reservations is omit, so the letter leaves it out", msg)
			} else {
				add(cases.SevWarning, path, "%s; the letter quotes it", msg)
			}
		}
	}
}

// bindingClauses says which of the case's clauses bind the state, or
// which non-refoulement clauses would: "; of the case's clauses, cat-3
// binds Thailand".
func bindingClauses(c *cases.Case, lib *treaties.Library, rec *treaties.Records, state treaties.State) string {
	var ids []string
	for _, id := range c.Clauses {
		cl, ok := lib.Clause(id)
		if !ok || cl.Treaty.Declaration || slices.Contains(ids, cl.ID) {
			continue
		}
		st := statusWith(c, rec, state, cl.Treaty.ID)
		if _, _, out := optedOut(rec, st, cl); out {
			continue
		}
		if st.Party() {
			ids = append(ids, cl.ID)
		} else if rel, ok := rec.AppliedBy(cl.Treaty.ID, cl.Article); ok && statusWith(c, rec, state, rel.Via).Party() {
			ids = append(ids, cl.ID)
		}
	}
	if len(ids) > 0 {
		verb := "binds"
		if len(ids) > 1 {
			verb = "bind"
		}
		return fmt.Sprintf("; of the case's clauses, %s %s %s", join(ids), verb, withArticle(state.Name))
	}
	var could []string
	for _, id := range []string{"cat-3", "iccpr-7"} {
		if cl, ok := lib.Clause(id); ok && statusWith(c, rec, state, cl.Treaty.ID).Party() {
			could = append(could, id)
		}
	}
	if len(could) > 0 {
		return fmt.Sprintf("; none of the case's clauses binds %s, but %s would", withArticle(state.Name), join(could))
	}
	return ""
}

// withdraws finds a text that withdraws an earlier one ("partially
// withdraws its general reservation"): the UN table holds the notice,
// not the text it amends.
var withdraws = lazyregexp.New(`(?i)\bwithdraws?\b`)

// viaStatus is the state's standing under the treaty through which it is
// bound by the clause without being party to the clause's own (the 1967
// Protocol, for the 1951 Convention), or a zero Status.
func viaStatus(c *cases.Case, rec *treaties.Records, state treaties.State, cl *treaties.Clause, st treaties.Status) treaties.Status {
	if st.Party() {
		return treaties.Status{}
	}
	if rel, ok := rec.AppliedBy(cl.Treaty.ID, cl.Article); ok {
		return statusWith(c, rec, state, rel.Via)
	}
	return treaties.Status{}
}

// treatyWithKey is the library's treaty with the record key, or nil.
func treatyWithKey(lib *treaties.Library, key string) *treaties.Treaty {
	for _, t := range lib.Treaties() {
		if t.Records == key {
			return t
		}
	}
	return nil
}

// clauseIDs are the case's clauses of treaty t.
func clauseIDs(c *cases.Case, lib *treaties.Library, t *treaties.Treaty) []string {
	var ids []string
	for _, id := range c.Clauses {
		if cl, ok := lib.Clause(id); ok && cl.Treaty == t && !slices.Contains(ids, cl.ID) {
			ids = append(ids, cl.ID)
		}
	}
	return ids
}

// optedOut reports that a clause binds a party only once it has accepted
// it apart from the treaty (CAT article 22) and that the state, a party,
// has not, or has withdrawn its acceptance (withdrawn, then).
func optedOut(rec *treaties.Records, st treaties.Status, cl *treaties.Clause) (oi treaties.OptIn, withdrawn *treaties.Event, out bool) {
	oi, ok := rec.AcceptedBy(cl.Treaty.ID, cl.Article)
	if !ok || !st.Party() {
		return treaties.OptIn{}, nil, false
	}
	_, accepted, withdrawn := st.Accepted(oi)
	return oi, withdrawn, !accepted
}

func treatyIDs(lib *treaties.Library) []string {
	var ids []string
	for _, t := range lib.Treaties() {
		ids = append(ids, t.ID)
	}
	return append(ids, "iccpr-op1")
}

// treatyName is how messages name a treaty id a case gives: a treaty in
// the library, or a treaty the records know without clauses (iccpr-op1).
func treatyName(lib *treaties.Library, rec *treaties.Records, id string) (string, bool) {
	if t, ok := lib.Treaty(id); ok {
		return t.Short, true
	}
	if strings.EqualFold(strings.TrimSpace(id), "iccpr-op1") {
		return "first Optional Protocol to the ICCPR", true
	}
	return "", false
}

// status is the holding state's standing under a treaty, the case's own
// treaty_status winning over the records.
func (w *writer) status(state treaties.State, treatyID string) treaties.Status {
	return statusWith(w.c, w.opt.Records, state, treatyID)
}

func statusWith(c *cases.Case, rec *treaties.Records, state treaties.State, treatyID string) treaties.Status {
	st := rec.Status(state, treatyID)
	key := rec.RecordKey(treatyID)
	for _, s := range c.TreatyStatus {
		if rec.RecordKey(s.Treaty) != key || key == "" {
			continue
		}
		if other, ok := rec.State(s.State); !ok || other != state {
			continue
		}
		e := &treaties.Event{
			Action: treaties.Action(s.Action),
			Date:   time.Date(s.Date.Year, time.Month(s.Date.Month), s.Date.Day, 0, 0, 0, 0, time.UTC),
			Source: s.Source,
			AsOf:   "case file",
		}
		st.Known = true
		switch e.Action {
		case treaties.Signature:
			st.Signed = e
		case treaties.Ceased:
			// The case gives the day a denunciation took effect.
			e.Effective = e.Date
			st.Left = e
		case treaties.Declaration22, treaties.Withdrawal22, treaties.GeographicLimitation, treaties.LimitationWithdrawn:
			st.Mechanisms = append(st.Mechanisms, *e)
		default:
			st.Bound, st.Left = e, nil
		}
		st.Source, st.AsOf = s.Source, "case file"
	}
	// An article 22 declaration by a state not party to the Convention,
	// or dated before it joined, cannot be: it is unknown, and said so.
	// A declaration limiting the 1951 Convention to events in Europe is
	// made on signing, ratifying or acceding (article 1 B (1)); one dated
	// after both the state's consent and its accession to the Protocol
	// (which kept only existing declarations, article I(3)) cannot be.
	var joined []time.Time
	if st.Bound != nil && !st.Bound.In().IsZero() {
		joined = append(joined, st.Bound.In())
		if key == "REF1951" && rec.RecordKey("refugee-protocol") == "REF1967" {
			if ps := statusWith(c, rec, state, "refugee-protocol"); ps.Bound != nil && !ps.Bound.In().IsZero() {
				joined = append(joined, ps.Bound.In())
			}
		}
	}
	st.Mechanisms = slices.DeleteFunc(st.Mechanisms, func(e treaties.Event) bool {
		if e.Date.IsZero() {
			return false
		}
		switch e.Action {
		case treaties.Declaration22:
			if st.Bound == nil || (!st.Bound.In().IsZero() && e.Date.Before(st.Bound.Date)) {
				st.Impossible = append(st.Impossible, e)
				return true
			}
		case treaties.GeographicLimitation:
			late := len(joined) > 0
			for _, j := range joined {
				late = late && e.Date.After(j)
			}
			if late {
				st.Impossible = append(st.Impossible, e)
				return true
			}
		}
		return false
	})
	return st
}

// possessiveName is a state's name in the possessive, as running text
// names it: "Kazakhstan's", "the Islamic Republic of Iran's", "the United
// Arab Emirates'".
func possessiveName(name string) string {
	name = withArticle(name)
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// exceptions are the whole articles that quote, beside the right, the
// grounds on which a state may limit it: validate suggests the paragraph
// with the right alone. removal marks an exception that matters only to a
// person to be sent away.
var exceptions = map[string]struct {
	hands, instead string
	removal        bool
}{
	"refugee-convention-33": {"its paragraph 2, the exception for a danger to national security or the community", "refugee-convention-33.1", true},
	"echr-p7-1":             {"its paragraph 2, which allows expulsion before the safeguards are exercised in the interests of public order or national security", "echr-p7-1.1", true},
	"echr-5":                {"paragraph 1 (f), which allows the lawful detention of a person against whom action is being taken with a view to deportation or extradition", "echr-5.4", true},
	"iccpr-12":              {"its paragraph 3, the restrictions provided by law and necessary to protect national security, public order, public health or morals", "iccpr-12.4", false},
	"iccpr-18":              {"its paragraph 3, the limitations on manifesting one's religion or beliefs prescribed by law and necessary to protect public safety, order, health, or morals", "iccpr-18.1", false},
	"iccpr-19":              {"its paragraph 3, the restrictions provided by law and necessary for respect of the rights of others, national security or public order", "iccpr-19.2", false},
	"echr-8":                {"its paragraph 2, the interferences in accordance with the law and necessary in a democratic society", "echr-8.1", false},
	"echr-10":               {"its paragraph 2, the formalities, conditions, restrictions or penalties prescribed by law and necessary in a democratic society", "echr-10.1", false},
}

// exceptionOnly are the paragraphs that hold only an article's exception,
// by the paragraph that holds the right.
var exceptionOnly = map[string]string{
	"refugee-convention-33.2": "refugee-convention-33.1",
	"echr-p7-1.2":             "echr-p7-1.1",
	"iccpr-12.3":              "iccpr-12.4",
	"iccpr-18.3":              "iccpr-18.1",
	"iccpr-19.3":              "iccpr-19.2",
	"echr-8.2":                "echr-8.1",
	"echr-10.2":               "echr-10.1",
}

// partialArticle are the whole-article clauses whose text is one
// paragraph of the article, where the library has no other.
var partialArticle = map[string]struct{ has, cite string }{
	"achr-22": {"paragraph 8", "achr-22.8"},
}
