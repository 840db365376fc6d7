package letter

import (
	"fmt"
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

// lawSection composes what the letter says about the law. In the full style
// it is the body's paragraphs and verbatim quotations; in the brief style
// (brief) it is one paragraph for the body that cites each obligation by
// article and date, with every caveat the law requires, and the quotations
// go to the annex.
func (w *writer) lawSection(brief bool) (body, annex []Block) {
	blocks := w.law()
	if !brief {
		return blocks, nil
	}
	// Until the brief form has its own wording, it carries the full one.
	return blocks, nil
}

// law cites each treaty in the order the case first cites one of its
// clauses: what the holding state undertook, then each clause verbatim.
func (w *writer) law() []Block {
	var blocks []Block
	var order []*treaties.Treaty
	byTreaty := map[*treaties.Treaty][]*treaties.Clause{}
	for _, id := range w.c.Clauses {
		cl, ok := w.opt.Library.Clause(id)
		if !ok {
			continue // reported by Check
		}
		if _, seen := byTreaty[cl.Treaty]; !seen {
			order = append(order, cl.Treaty)
		}
		byTreaty[cl.Treaty] = append(byTreaty[cl.Treaty], cl)
	}
	state, known := w.opt.Records.State(w.c.HoldingState)
	if !known {
		state = treaties.State{Name: clean(w.c.HoldingState)}
	}
	for i, t := range order {
		// The first quotation's lead-in ends the paragraph about the treaty.
		standing := w.words(w.treatyParagraph(state, t, i > 0))
		for j, cl := range byTreaty[t] {
			cite := cl.Cite()
			intro := w.words("quote-intro", struct {
				Cite, Short string
				Comma       bool
			}{cite, shortName(t), strings.Contains(cite, ",")})
			if j == 0 {
				intro = standing + " " + intro
			}
			blocks = append(blocks, &Paragraph{Text: intro})
			blocks = append(blocks, &Quote{
				Paragraphs: cleanAll(cl.Paragraphs),
				Source:     clean(fmt.Sprintf("%s (%s), %s", t.Name, t.Concluded, cite)),
			})
		}
	}
	return blocks
}

// shortName is how a quotation's lead-in names its treaty: "Convention",
// "Covenant", "Declaration", "Protocol", the last significant word of its type.
func shortName(t *treaties.Treaty) string {
	for _, kind := range []string{"Covenant", "Protocol", "Declaration", "Convention"} {
		if strings.HasPrefix(t.Name, kind) || strings.HasPrefix(t.Name, "International "+kind) ||
			strings.HasPrefix(t.Name, "Universal "+kind) {
			return kind
		}
	}
	return t.Short
}

// treatyFacts is the data of the paragraph that states a holding state's
// standing under one treaty.
type treatyFacts struct {
	State, Treaty, Verb, Date, Signed, Left string
	Protocol, ProtocolVerb, ProtocolDate    string
	SameDate, Also                          bool
	Mechanisms                              []string
}

// treatyParagraph picks the wording for the state's standing under t and
// returns the template name and its data.
func (w *writer) treatyParagraph(state treaties.State, t *treaties.Treaty, also bool) (string, any) {
	if t.Declaration {
		return "declaration", treatyFacts{Treaty: t.Name}
	}
	st := w.status(state, t.ID)
	f := treatyFacts{State: withArticle(state.Name), Treaty: t.Name, Also: also}
	for _, m := range st.Mechanisms {
		if s := w.mechanism(m, st.Bound, f.State); s != "" {
			f.Mechanisms = append(f.Mechanisms, s)
		}
	}
	switch {
	case st.Bound != nil:
		f.Verb, f.Date = verb(st.Bound.Action), inText(st.Bound)
		if st.Left != nil {
			f.Left = inText(st.Left)
		}
		if t.Protocol != "" {
			if pt, ok := w.opt.Library.Treaty(t.Protocol); ok {
				ps := w.status(state, pt.ID)
				if ps.Party() {
					f.Protocol = protocolName(pt)
					f.ProtocolVerb, f.ProtocolDate = verb(ps.Bound.Action), inText(ps.Bound)
					f.SameDate = f.ProtocolVerb == f.Verb && f.ProtocolDate == f.Date
				}
			}
		}
		return "treaty-bound", f
	case st.Signed != nil:
		f.Signed = inText(st.Signed)
		return "treaty-signed", f
	}
	return "treaty-other", f
}

// protocolName names a protocol after the treaty it completes: "1967 Protocol".
func protocolName(t *treaties.Treaty) string {
	if i := strings.LastIndex(t.Concluded, " "); i >= 0 {
		return t.Concluded[i+1:] + " Protocol"
	}
	return t.Short
}

// mechanism says what a state accepted besides the treaty itself, such as
// the right of individuals to complain to a UN committee; bound is when it
// became party, so that a declaration made with it is said to be.
func (w *writer) mechanism(e treaties.Event, bound *treaties.Event, state string) string {
	data := struct {
		Date, State string
		SameDay     bool
	}{inText(&e), state, bound != nil && e.Date.Equal(bound.Date)}
	switch e.Action {
	case treaties.Declaration22:
		if !e.Date.IsZero() {
			return w.words("mechanism-art22", data)
		}
	case treaties.OptionalProtocol1:
		if !e.Date.IsZero() {
			return w.words("mechanism-op1", data)
		}
	case treaties.GeographicLimitation:
		return w.words("mechanism-limitation", data)
	}
	return ""
}

// verb is the exact verb for how a state became bound by a treaty.
func verb(a treaties.Action) string {
	switch a {
	case treaties.Ratification:
		return "ratified"
	case treaties.Accession:
		return "acceded to"
	case treaties.Succession:
		return "succeeded to"
	case treaties.Acceptance:
		return "accepted"
	case treaties.Approval:
		return "approved"
	}
	return "became a party to"
}

// dateOf is the date of e, for messages.
func dateOf(e *treaties.Event) string {
	return cases.DateOf(e.Date).String()
}

// inText is the date of e in a letter, never split across lines.
func inText(e *treaties.Event) string {
	return unbroken(dateOf(e))
}
