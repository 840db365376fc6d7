package letter

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	"github.com/appeal-letters/appeal/treaties"
)

// lawSection composes what the letter says about the law. In the full style
// it is the body's paragraphs and verbatim quotations; in the brief style
// (brief) it is one paragraph for the body that cites each obligation by
// article and date, with every caveat the law requires, and the quotations
// go to the annex.
func (w *writer) lawSection(brief bool) (body, annex []Block) {
	plans := w.lawPlans()
	if brief {
		return w.briefLaw(plans)
	}
	return w.fullLaw(plans), nil
}

// A treatyPlan is what the letter says about one treaty the case cites.
type treatyPlan struct {
	treaty  *treaties.Treaty
	clauses []*treaties.Clause
	status  treaties.Status
	// via is how the state is bound by the clauses without being party to
	// the treaty: the 1967 Protocol for the 1951 Convention.
	via       *treaties.Relation
	viaStatus treaties.Status
	// protocol is the state's standing under the treaty's protocol, when
	// it is party to both.
	protocol       *treaties.Treaty
	protocolStatus treaties.Status
	// protocolStated: an earlier paragraph stated the state's standing
	// under the protocol, so this one does not state it again. The
	// protocol still binds: it still lifts the dateline and brings its
	// reservations.
	protocolStated bool
	// viaStated: an earlier paragraph stated how and when the state
	// joined the treaty it is bound through (the 1967 Protocol, quoted
	// first), so this one says what that treaty binds it to, without
	// stating the date again.
	viaStated bool
	// treatyStated: an earlier plan stated the state's standing under
	// this plan's own treaty (cited again after another treaty).
	treatyStated bool
}

// newProtocol is the protocol whose standing the treaty's paragraph
// states with the treaty's own, or nil.
func (p *treatyPlan) newProtocol() *treaties.Treaty {
	if p.protocolStated {
		return nil
	}
	return p.protocol
}

// bound reports whether the state is bound by the plan's clauses, as a
// party or through another treaty.
func (p *treatyPlan) bound() bool { return p.status.Party() || p.via != nil }

// lawPlans groups the case's clauses by treaty, in the order the case
// first cites each, with the holding state's standing.
func (w *writer) lawPlans() []*treatyPlan {
	var plans []*treatyPlan
	byTreaty := map[*treaties.Treaty]*treatyPlan{}
	state := w.holding()
	for _, id := range w.c.Clauses {
		cl, ok := w.opt.Library.Clause(id)
		if !ok {
			continue // reported by Check
		}
		if w.c.Proceeding == "trial" && refoulementOnly(cl) {
			continue // no one is to be sent anywhere; validate says so
		}
		p, seen := byTreaty[cl.Treaty]
		if !seen {
			p = &treatyPlan{treaty: cl.Treaty}
			if !cl.Treaty.Declaration {
				p.status = w.status(state, cl.Treaty.ID)
			}
			byTreaty[cl.Treaty] = p
			plans = append(plans, p)
		}
		p.clauses = append(p.clauses, cl)
	}
	for _, p := range plans {
		t := p.treaty
		if t.Declaration || p.status.Party() {
			if pt, ok := w.opt.Library.Treaty(t.Protocol); ok && t.Protocol != "" {
				if ps := w.status(state, pt.ID); ps.Party() {
					p.protocol, p.protocolStatus = pt, ps
				}
			}
			continue
		}
		if rel, ok := w.appliedBy(state, t, p.clauses); ok {
			p.via = &rel
			p.viaStatus = w.status(state, rel.Via)
		}
	}
	markStated(plans)
	return plans
}

// markStated notes, for every style and language alike, which plans
// follow one that already stated the state's standing under their
// protocol, or under the treaty they are bound through: the 1967
// Protocol cited with its own articles is not dated again beside the
// Convention's.
func markStated(plans []*treatyPlan) {
	stated := map[string]bool{} // record keys whose acceptance a plan states
	for _, p := range plans {
		p.treatyStated = stated[p.treaty.Records]
		p.protocolStated = p.protocol != nil && stated[p.protocol.Records]
		p.viaStated = p.via != nil && stated[p.via.Via]
		if p.status.Party() || p.via != nil {
			stated[p.treaty.Records] = true
		}
		if p.via != nil {
			stated[p.via.Via] = true
		}
		if p.protocol != nil {
			stated[p.protocol.Records] = true
		}
	}
}

// appliedBy finds the treaty through which the state is bound by every
// one of the clauses, though not party to their own treaty.
func (w *writer) appliedBy(state treaties.State, t *treaties.Treaty, clauses []*treaties.Clause) (treaties.Relation, bool) {
	var rel treaties.Relation
	for i, cl := range clauses {
		r, ok := w.opt.Records.AppliedBy(t.ID, cl.Article)
		if !ok || !w.status(state, r.Via).Party() || i > 0 && r.Via != rel.Via {
			return treaties.Relation{}, false
		}
		if i == 0 || r.To-r.From > rel.To-rel.From {
			rel = r
		}
	}
	return rel, len(clauses) > 0
}

func (w *writer) holding() treaties.State {
	state, known := w.opt.Records.State(w.c.HoldingState)
	if !known {
		state = treaties.State{Name: clean(w.c.HoldingState)}
	}
	return state
}

// treatyByKey finds the library's treaty with the given record key.
func (w *writer) treatyByKey(key string) *treaties.Treaty {
	for _, t := range w.opt.Library.Treaties() {
		if t.Records == key {
			return t
		}
	}
	return nil
}

// nonRefoulement are the articles that forbid sending a person where they
// would face persecution, torture or other irreparable harm, by record
// key: the articles the customary-law argument stands beside.
var nonRefoulement = map[string]string{
	"REF1951": "33", "CAT": "3", "ICCPR": "7", "ECHR": "3", "ACHR": "22", "OAU1969": "II", "ACHPR": "12",
}

func isNonRefoulement(cl *treaties.Clause) bool {
	a, ok := nonRefoulement[cl.Treaty.Records]
	return ok && a == cl.Article
}

// A lawStep is one treaty of the law section as every language tells it:
// whether the state's standing under it is stated (each fact once: a
// protocol named with its treaty is not named again before its own
// quotation), whether "also" may go before it, and whether the argument
// for a state that the clause does not bind follows it.
type lawStep struct {
	p        *treatyPlan
	standing bool
	// also: an earlier paragraph said the state joined a treaty; having
	// signed one is not having joined it.
	also  bool
	argue bool
}

// lawSteps decides, for every language, what the law section says of each
// treaty the case cites, in order.
func (w *writer) lawSteps(plans []*treatyPlan) []lawStep {
	var steps []lawStep
	// joined: the last paragraph that stated a standing said that the
	// state joined a treaty. "also" after "is not a party to …" would
	// read as a claim that it joined that one too.
	joined, argued := false, false
	for _, p := range plans {
		// markStated knows what earlier plans stated: the treaty
		// itself, the one it is bound through, its protocol.
		s := lawStep{p: p, standing: !p.treatyStated || p.treaty.Records == "", also: joined}
		if s.standing {
			joined = p.bound()
		}
		// Nor after a paragraph that ends the treaty's part by saying an
		// article of it does not bind the state (CAT article 22 with no
		// declaration, or one withdrawn).
		if n := len(p.clauses); n > 0 && w.optInOf(p, p.clauses[n-1]).refused() {
			joined = false
		}
		if !argued && w.needsArgument(p) {
			argued, s.argue = true, true
		}
		steps = append(steps, s)
	}
	return steps
}

// fullLaw is the law in the body: for each treaty, the state's standing in
// one paragraph, then each clause verbatim, then what limits it.
func (w *writer) fullLaw(plans []*treatyPlan) []Block {
	var blocks []Block
	state := w.holding()
	quoted := map[string]quotedPassage{} // reservation passages quoted, by passage
	for _, s := range w.lawSteps(plans) {
		p := s.p
		standing := ""
		if s.standing {
			standing = w.standing(state, p, s.also)
		}
		if s.argue {
			if a := w.argument(state, p, plans); a != "" {
				standing += " " + a
			}
		}
		for j, cl := range p.clauses {
			cite := cl.Cite()
			// The lead-in always names its treaty: a letter that has
			// named another convention since must not leave "the
			// Convention" to the reader's guess.
			intro := w.words("quote-intro", struct {
				Cite, Treaty string
				Comma        bool
			}{cite, the(p.treaty.Short), strings.Contains(cite, ",")})
			if o := w.optInOf(p, cl); o.refused() {
				// The standing, given above, dated the withdrawal.
				_, said := p.status.Mechanism(treaties.Withdrawal22)
				intro = w.words("opt-in-missing", struct {
					State, Cite, Treaty string
					Withdrawn, Said     bool
				}{withArticle(state.Name), citeText(cl), the(p.treaty.Short), o.withdrawn != nil, said && s.standing}) + " " + intro
			}
			if j == 0 && standing != "" {
				intro = standing + " " + intro
			}
			blocks = append(blocks, &Paragraph{Text: intro}, w.quote(cl))
			if r := w.protocolRule(p, cl); r != nil && s.standing && p.via != nil && p.via.Provision == r.rel.Provision {
				// The standing said it: the state applies the definition
				// by this very provision. Its text follows, not the fact
				// again.
				if r.text != nil {
					blocks = append(blocks, &Paragraph{Text: w.words("quote-intro", struct {
						Cite, Treaty string
						Comma        bool
					}{r.text.Cite(), the(r.protocol.Short), strings.Contains(r.text.Cite(), ",")})}, w.quote(r.text))
				}
			} else if r != nil {
				blocks = append(blocks, &Paragraph{Text: w.words("protocol-rule", struct {
					State, Protocol, Provision, Cite string
					Quoted                           bool
					Comma                            bool
				}{withArticle(state.Name), protocolName(r.protocol), unbroken(r.rel.Provision), citeText(cl), r.text != nil, strings.Contains(cl.Cite(), ",")})})
				if r.text != nil {
					blocks = append(blocks, w.quote(r.text))
				}
			}
			if w.c.Letter.Reservations != "omit" {
				for _, r := range w.touching(state, p, cl, quoted) {
					blocks = append(blocks, &Paragraph{Text: r})
				}
			}
		}
	}
	return blocks
}

// A protocolRule is a provision of a treaty's protocol, to which the
// state is party as well as to the treaty, that changes how a quoted
// clause reads for it: article I(2) of the 1967 Protocol omits the
// dateline of 1 January 1951 from the definition of a refugee
// (treaties/relations.csv).
type protocolRule struct {
	protocol *treaties.Treaty
	status   treaties.Status
	rel      treaties.Relation
	// text is the provision's own clause, where the library has it.
	text *treaties.Clause
}

// protocolRule finds the rule of the treaty's protocol that rewrites the
// clause for a state party to both, or nil. A relation that applies a
// range of the treaty's articles (the Protocol's article I(1)) changes
// nothing for a party to the treaty itself; one on a single article (the
// definition in article 1) does, in section A's paragraph 2, which holds
// the dateline, and so in the whole of it.
//
// A state party to the protocol only is bound by the clause through the
// protocol, and the rule reads the clause for it all the more: without
// it, the definition quoted would bear a dateline that does not bind it.
func (w *writer) protocolRule(p *treatyPlan, cl *treaties.Clause) *protocolRule {
	t := p.treaty
	if !p.status.Party() && p.via == nil || t.Protocol == "" || cl.Paragraph != "" && cl.Paragraph != "2" {
		return nil
	}
	pt, ok := w.opt.Library.Treaty(t.Protocol)
	if !ok {
		return nil
	}
	ps := w.status(w.holding(), pt.ID)
	rel, ok := w.opt.Records.AppliedBy(t.ID, cl.Article)
	if !ps.Party() || !ok || rel.Via != pt.Records || rel.From != rel.To {
		return nil
	}
	r := &protocolRule{protocol: pt, status: ps, rel: rel}
	art, par, _ := strings.Cut(strings.TrimPrefix(rel.Provision, "article "), "(")
	par = strings.TrimSuffix(par, ")")
	for _, c := range w.opt.Library.Clauses() {
		if c.Treaty == pt && c.Article == art && c.Paragraph == par {
			r.text = c
		}
	}
	// A provision the case quotes itself says so there, once: no
	// sentence restates it beside the clause it rewrites.
	if r.text != nil && w.cites(r.text) {
		return nil
	}
	return r
}

// cites reports whether the case quotes the clause, or the whole article
// it is a paragraph of.
func (w *writer) cites(cl *treaties.Clause) bool {
	for _, id := range w.c.Clauses {
		c, ok := w.opt.Library.Clause(id)
		if ok && c.Treaty == cl.Treaty && c.Article == cl.Article && (c.Paragraph == "" || c.Paragraph == cl.Paragraph) {
			return true
		}
	}
	return false
}

// optInStanding is where a state stands on an article that binds a party
// only once it has accepted it apart from the treaty (CAT article 22).
type optInStanding struct {
	needed bool
	// accepted is the act by which the state accepted the article, nil
	// if it has not; withdrawn the withdrawal that ended an acceptance.
	accepted, withdrawn *treaties.Event
}

// refused reports that the article needs an acceptance the state has not
// given, or has withdrawn: it does not bind the state.
func (o optInStanding) refused() bool { return o.needed && o.accepted == nil }

// optInOf is the state's standing on a clause of a treaty it is party to
// that binds only by a separate acceptance; zero for any other clause.
func (w *writer) optInOf(p *treatyPlan, cl *treaties.Clause) optInStanding {
	oi, ok := w.opt.Records.AcceptedBy(p.treaty.ID, cl.Article)
	if !ok || !p.status.Party() {
		return optInStanding{}
	}
	e, ok, wd := p.status.Accepted(oi)
	o := optInStanding{needed: true, withdrawn: wd}
	if ok {
		o.accepted = &e
	}
	return o
}

func (w *writer) quote(cl *treaties.Clause) *Quote {
	return &Quote{
		Paragraphs: cleanAll(cl.Paragraphs),
		Source:     clean(fmt.Sprintf("%s (%s), %s", cl.Treaty.Name, cl.Treaty.Concluded, cl.Cite())),
	}
}

// needsArgument reports whether the letter must say what binds the state
// when the treaty does not, or binds it only within limits: a
// non-refoulement clause of a treaty it is not bound by, or the 1951
// Convention limited by its dateline or to events in Europe.
func (w *writer) needsArgument(p *treatyPlan) bool {
	nr := false
	for _, cl := range p.clauses {
		nr = nr || isNonRefoulement(cl)
	}
	if !nr || p.treaty.Declaration || w.c.Proceeding == "trial" {
		return false
	}
	// With no data on the state, the letter states no status, and so
	// answers no absence of one.
	if !p.status.Known && outside(w.opt.Records, w.holding(), p.treaty.ID) == nil {
		return false
	}
	return !p.bound() || w.limited(p) != ""
}

// limited names what limits the 1951 Convention for the state:
// "dateline", "europe", "both", or "".
func (w *writer) limited(p *treatyPlan) string {
	if p.treaty.Records != "REF1951" || !p.status.Party() {
		return ""
	}
	_, europe := p.status.Accepts(treaties.GeographicLimitation, treaties.LimitationWithdrawn)
	dateline := p.protocol == nil
	switch {
	case europe && dateline:
		return "both"
	case europe:
		return "europe"
	case dateline:
		return "dateline"
	}
	return ""
}

// standing is the paragraph that says how the state stands under a treaty.
func (w *writer) standing(state treaties.State, p *treatyPlan, also bool) string {
	t := p.treaty
	if t.Declaration {
		res, adopted := adoption(t.Concluded)
		return w.words("declaration", treatyFacts{Treaty: the(t.Name), V: w.voice(), Resolution: res, Adopted: unbroken(adopted.String())})
	}
	st := p.status
	f := treatyFacts{State: withArticle(state.Name), Treaty: introduced(t), Short: t.Short, Also: also, V: w.voice()}
	switch {
	case p.via != nil:
		vt := w.treatyByKey(p.via.Via)
		f.Via, f.Verb, f.Date = p.via.Via, verb(p.viaStatus.Bound.Action), inText(p.viaStatus.Bound)
		f.Actor = w.actor(state, p.viaStatus.Bound)
		if vt != nil {
			f.ViaName = the(vt.Name)
		}
		f.Provision = unbroken(p.via.Provision)
		f.From, f.To = p.via.From, p.via.To
		f.ViaStated = p.viaStated
		return w.words("treaty-via", f)
	case st.Bound != nil && st.Inherited != nil && st.Left == nil:
		// A successor state, bound by its own succession to what its
		// predecessor ratified: the Czech Republic and the ECHR.
		f.Verb, f.Date = verb(st.Inherited.Action), inText(st.Inherited)
		if c, ok := w.opt.Records.ActedAs(state, st.Inherited.In()); ok {
			f.Predecessor = withArticle(c.Predecessor)
		}
		f.Succeeded = inText(st.Bound)
		if !st.Bound.Effective.IsZero() {
			f.Effective = unbroken(cases.DateOf(st.Bound.Effective).String())
		}
		f.Mechanisms = w.mechanisms(state, p)
		return w.words("treaty-succeeded", f)
	case st.Bound != nil:
		f.Verb, f.Date, f.InForce = verb(st.Bound.Action), inText(st.Bound), inForce(st.Bound)
		f.Actor = w.actor(state, st.Bound)
		if st.Rejoined() && st.Bound.Action == treaties.Accession {
			f.Verb = "re-acceded to"
		}
		if st.Left != nil {
			f.Left = inText(&treaties.Event{Date: st.Left.In()})
			return w.words("treaty-left", f)
		}
		if p.newProtocol() != nil {
			f.Protocol = protocolName(p.protocol)
			f.ProtocolVerb, f.ProtocolDate = verb(p.protocolStatus.Bound.Action), inText(p.protocolStatus.Bound)
			f.SameDate = f.ProtocolVerb == f.Verb && f.ProtocolDate == f.Date
			// Who joined the protocol, where not who joined the treaty
			// (a predecessor, or the state after one).
			if who := w.actedBy(state, p.protocolStatus.Bound.Date); who != w.actedBy(state, st.Bound.Date) {
				f.ProtocolActor = who
			}
		}
		f.Mechanisms = w.mechanisms(state, p)
		f.Limited = w.limited(p)
		return w.words("treaty-bound", f)
	case st.Left != nil:
		f.Left = inText(&treaties.Event{Date: st.Left.In()})
		return w.words("treaty-left", f)
	case st.Signed != nil:
		f.Signed = inText(st.Signed)
		f.Actor = w.actor(state, st.Signed)
		return w.words("treaty-signed", f)
	case outside(w.opt.Records, state, t.ID) != nil:
		f.Organisation = outside(w.opt.Records, state, t.ID).Organisation
		return w.words("treaty-outside", f)
	case st.Known:
		if pt, ok := w.opt.Library.Treaty(t.Protocol); ok && t.Protocol != "" && !w.status(state, pt.ID).Party() {
			f.Protocol = protocolName(pt)
		}
		return w.words("treaty-not-party", f)
	}
	return w.words("treaty-other", f)
}

// adoption reads a declaration's "concluded" line, "GA res. 217 A
// (III), 10 December 1948": the resolution's number and the day; zero
// where the line does not read so.
func adoption(concluded string) (string, cases.Date) {
	i := strings.LastIndex(concluded, ", ")
	if i < 0 {
		return "", cases.Date{}
	}
	day, err := time.Parse("2 January 2006", concluded[i+2:])
	if err != nil {
		return "", cases.Date{}
	}
	res := strings.TrimSpace(strings.TrimPrefix(concluded[:i], "GA res."))
	return res, cases.DateOf(day)
}

// introduced is a treaty's name where the letter states the state's
// standing under it, with the short name the quotations then use when a
// reader cannot tell it from the full name: an abbreviation, "the
// International Covenant on Civil and Political Rights (ICCPR)", or a
// name that is not the full name's beginning, "the Convention for the
// Protection of Human Rights and Fundamental Freedoms (the European
// Convention on Human Rights)". "The Convention against Torture" needs
// no introduction.
func introduced(t *treaties.Treaty) string {
	switch {
	case acronym(t.Short):
		return the(t.Name) + " (" + t.Short + ")"
	case t.Short != "" && !strings.HasPrefix(t.Name, t.Short):
		return the(t.Name) + " (" + the(t.Short) + ")"
	}
	return the(t.Name)
}

// acronym reports a name made of capitals only: "ICCPR", "CRC".
func acronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// treatyFacts is the data of the paragraph that states a holding state's
// standing under one treaty.
type treatyFacts struct {
	State, Treaty, Short, Verb, Date, Signed, Left string
	// Resolution and Adopted are the resolution that adopted a
	// declaration and its day: "217 A (III)", "10 December 1948".
	Resolution, Adopted string
	// Actor is who made the act, where another state did so on the
	// state's behalf: "the Union of Soviet Socialist Republics, whose
	// treaty obligations the Russian Federation continues,"; "" otherwise.
	Actor                                string
	Protocol, ProtocolVerb, ProtocolDate string
	// ProtocolActor names who joined the protocol where that is not who
	// joined the treaty; "" otherwise.
	ProtocolActor           string
	SameDate, Also          bool
	Via, ViaName, Provision string
	// ViaStated: how and when the state joined Via was stated before.
	ViaStated                      bool
	From, To                       int
	Limited, Organisation, InForce string
	Mechanisms                     []string
	// Predecessor is the state a successor succeeded ("the Czech and
	// Slovak Federal Republic"), whose act Verb and Date then name;
	// Succeeded is the day the successor notified its succession and
	// Effective the day it took effect, each "" where not known.
	Predecessor, Succeeded, Effective string
	// V is who speaks, "we" or "I", as in the rest of the letter.
	V voice
}

// mechanisms says what the state accepted besides the treaty itself: the
// right of individuals to complain to a UN committee, and when it took
// that right away again (a withdrawn declaration, a denounced protocol),
// with the day that took effect.
func (w *writer) mechanisms(state treaties.State, p *treatyPlan) []string {
	var out []string
	bound := p.status.Bound
	say := func(name string, e treaties.Event, extra map[string]string) {
		if e.Date.IsZero() && e.Effective.IsZero() {
			return
		}
		d := struct {
			Date, Effective, Reservation, Subject string
			SameDay, Rejoined                     bool
		}{Date: inText(&e), SameDay: bound != nil && e.Date.Equal(bound.Date), Subject: "it"}
		// "it" is who joined the treaty; an act made by another (a
		// predecessor, or the state under its own name after one) is
		// named.
		if who := w.actedBy(state, e.Date); bound != nil && who != w.actedBy(state, bound.Date) {
			d.Subject = who
		}
		if !e.Effective.IsZero() && !e.Effective.Equal(e.Date) {
			d.Effective = unbroken(cases.DateOf(e.Effective).String())
		}
		d.Reservation = extra["reservation"]
		d.Rejoined = extra["rejoined"] != ""
		out = append(out, w.words(name, d))
	}
	switch p.treaty.Records {
	case "CAT":
		if e, ok := p.status.Accepts(treaties.Declaration22, treaties.Withdrawal22); ok {
			say("mechanism-art22", e, nil)
		} else if d, ok := p.status.Mechanism(treaties.Declaration22); ok {
			if wd, ok := p.status.Mechanism(treaties.Withdrawal22); ok {
				say("mechanism-art22", d, nil)
				say("mechanism-art22-withdrawn", wd, nil)
			}
		} else if wd, ok := p.status.Mechanism(treaties.Withdrawal22); ok {
			say("mechanism-art22-withdrawn", wd, nil)
		}
	case "ICCPR":
		// The first Optional Protocol is a treaty of its own: what counts
		// is whether the state is party to it now, and what it did last.
		op := w.status(state, "iccpr-op1")
		switch {
		case op.Party():
			extra := map[string]string{}
			if op.Rejoined() {
				extra["rejoined"] = "yes"
			}
			// A reservation made with the (re-)accession itself, as a
			// source reports it; the UN tables' undated texts are quoted
			// where they touch a quoted article, not here.
			for _, r := range op.Reservations {
				if r.Text != "" && !r.Date.IsZero() && r.Date.Equal(op.Bound.Date) {
					extra["reservation"] = clean(r.Text)
				}
			}
			if d, ok := rejoinedAfter(op); ok {
				// The re-accession is told after what it follows: that
				// the state had been a party, and denounced it.
				out = append(out, w.words("mechanism-op1-rejoined", struct {
					Subject, Noticed, Left, Rejoined, Effective, Reservation string
					SameDay                                                  bool
				}{subjectOf(w.actedBy(state, d.Noticed()), w.actedBy(state, bound.Date)), inText(&treaties.Event{Date: d.Noticed()}), inWithdrawn(&d), inText(op.Bound), inWithdrawn(op.Bound),
					extra["reservation"], d.Noticed().Equal(op.Bound.Date)}))
				break
			}
			say("mechanism-op1", *op.Bound, extra)
		case op.Left != nil:
			if h, ok := leftAgain(op); ok {
				out = append(out, w.words("mechanism-op1-left-again", struct {
					FirstLeft, Rejoined, Left string
					SameDay, Reservation      bool
				}{unbroken(cases.DateOf(h.firstLeft).String()), unbroken(cases.DateOf(h.rejoined).String()), unbroken(cases.DateOf(op.Left.In()).String()),
					h.firstLeft.Equal(h.rejoined), h.reservation}))
				break
			}
			say("mechanism-op1-left", treaties.Event{Date: op.Left.In()}, nil)
		}
	}
	return out
}

// subjectOf is "it" for an act of who joined the treaty, else the name of
// who made it.
func subjectOf(who, joined string) string {
	if who == joined {
		return "it"
	}
	return who
}

// rejoinedAfter finds, for a state party that left the treaty and joined
// it again, the denunciation its consent followed (Guyana and the first
// Optional Protocol: both notified on 5 January 1999).
func rejoinedAfter(st treaties.Status) (treaties.Event, bool) {
	if !st.Party() || !st.Rejoined() {
		return treaties.Event{}, false
	}
	var last treaties.Event
	found := false
	for _, e := range st.History {
		if (e.Action == treaties.Denunciation || e.Action == treaties.Ceased) && !e.Noticed().After(st.Bound.Date) {
			last, found = e, true
		}
	}
	return last, found
}

// rejoinedHistory is a denunciation, the re-accession after it and the
// denunciation that ended that: Trinidad and Tobago and the first
// Optional Protocol.
type rejoinedHistory struct {
	firstLeft, rejoined time.Time
	// reservation: the re-accession came with a reservation.
	reservation bool
}

// leftAgain finds, for a state that has left a treaty, an earlier
// denunciation and the re-accession that followed it.
func leftAgain(st treaties.Status) (rejoinedHistory, bool) {
	if st.Left == nil || st.Bound == nil || !st.Rejoined() {
		return rejoinedHistory{}, false
	}
	var first *treaties.Event
	for _, e := range st.History {
		if (e.Action == treaties.Denunciation || e.Action == treaties.Ceased) && !e.In().Equal(st.Left.In()) && !e.In().After(st.Bound.In()) {
			first = &e
		}
	}
	if first == nil {
		return rejoinedHistory{}, false
	}
	h := rejoinedHistory{firstLeft: first.In(), rejoined: st.Bound.In()}
	for _, r := range st.Reservations {
		h.reservation = h.reservation || !r.Date.IsZero() && r.Date.Equal(st.Bound.Date)
	}
	return h, true
}

// argument is what binds a state that a non-refoulement clause does not
// bind, or binds only within limits: the customary norm, and the
// treaties against torture and ill-treatment it is party to.
func (w *writer) argument(state treaties.State, p *treatyPlan, plans []*treatyPlan) string {
	var also []string
	for _, b := range w.alsoBinding(state, p, plans) {
		also = append(also, w.words("argument-"+strings.ToLower(b.key), struct {
			Treaty, Verb, Date, Cited, Actor string
		}{the(b.treaty.Name), participle(b.bound.Action), inText(b.bound), b.cited, w.actor(state, b.bound)}))
	}
	return w.words("argument", struct {
		State, Limited string
		Bound          bool
		Also           []string
	}{withArticle(state.Name), w.limited(p), p.bound(), also})
}

// A bindingTreaty is a treaty against torture and ill-treatment that binds
// a state where the clause argued about does not: cited is "above" or
// "below" where the letter quotes it too, so that its acceptance is not
// stated a second time, else "".
type bindingTreaty struct {
	key    string // "CAT" or "ICCPR"
	treaty *treaties.Treaty
	bound  *treaties.Event
	cited  string
}

// alsoBinding are the treaties, other than p's, whose bar on removal binds
// the state: the argument of every language names them.
func (w *writer) alsoBinding(state treaties.State, p *treatyPlan, plans []*treatyPlan) []bindingTreaty {
	cited := map[string]string{}
	where := "above"
	for _, q := range plans {
		if q == p {
			where = "below"
			continue
		}
		// "Cited above" only where the letter quotes the very article
		// the argument names (CAT article 3, ICCPR article 7).
		if q.bound() && slices.ContainsFunc(q.clauses, isNonRefoulement) {
			cited[q.treaty.Records] = where
		}
	}
	var out []bindingTreaty
	for _, key := range []string{"CAT", "ICCPR"} {
		if key == p.treaty.Records {
			continue
		}
		st := w.status(state, key)
		t := w.treatyByKey(key)
		if !st.Party() || t == nil {
			continue
		}
		out = append(out, bindingTreaty{key, t, st.Bound, cited[key]})
	}
	return out
}

// touching says, after a quotation, what the state's reservations,
// understandings and declarations say of the quoted article, in their own
// words, each called what it is.
//
// A passage quoted already, after another article, is not quoted again:
// the letter says that it concerns this article too, or, for a general
// text, that it may bear on it as well. quoted holds, by passage, what it
// was first quoted as.
func (w *writer) touching(state treaties.State, p *treatyPlan, cl *treaties.Clause, quoted map[string]quotedPassage) []string {
	var out []string
	for _, r := range w.reservations(p, cl) {
		if earlier, ok := quoted[r.passage]; ok {
			out = append(out, w.words("reservation-again", earlier.again(withArticle(state.Name), citeText(cl), cl)))
			continue
		}
		quoted[r.passage] = quotedAs(r, citeText(cl), "article "+unbroken(r.via))
		out = append(out, w.words("reservation", struct {
			State, Treaty, Cite, Passage, Kind, Via string
			General, Named, Article42               bool
		}{withArticle(state.Name), the(r.treaty), citeText(cl), r.passage, r.kind, r.via, r.general, r.named, r.kind == string(treaties.Reservation) && barsReservation(p.treaty.Records, cl.Article)}))
	}
	return out
}

// A quotedPassage is what a reservation's passage was first quoted as:
// what it was stated as to (the article it names, which for a passage on
// a definition is that article, not the one quoted), and after which
// quoted article.
type quotedPassage struct {
	as, after, via string
	general        bool
	// wide is a passage on many articles ("articles 1 through 27"): it
	// was not stated as to the article it was first quoted after.
	wide bool
}

// quotedAs is r, quoted after the article cite; viaCite is how the
// article r.via is cited, where there is one.
func quotedAs(r reservationPassage, cite, viaCite string) quotedPassage {
	q := quotedPassage{as: cite, after: cite, general: r.general, wide: treaties.Broad(r.passage)}
	if r.via != "" {
		q.as, q.via = viaCite, r.via
	}
	return q
}

// again is what the "reservation-again" words say of a passage quoted
// before, now that cl (cited as cite) is quoted: that it concerns cl as
// well; that it may bear on it, where it is general; or, where it was
// quoted after another article as a statement on cl's own terms
// (Botswana's on CAT article 1, after article 3), that it stands above.
func (q quotedPassage) again(state any, cite string, cl *treaties.Clause) any {
	return struct {
		State                      any
		Cite, Earlier, After       string
		Comma, General, Same, Wide bool
	}{state, cite, q.as, q.after, strings.Contains(cl.Cite(), ","), q.general,
		q.via != "" && strings.EqualFold(q.via, cl.Article) && cl.Paragraph == "", q.wide}
}

// A reservationPassage is what a state's reservations, understandings
// and declarations to a treaty say of a quoted article.
type reservationPassage struct {
	treaty, passage string
	source          string
	// kind is "reservation", "understanding" or "declaration"; "" where
	// no heading of the text, nor its source, says which.
	kind string
	// general is a text that names no article but covers every one in
	// conflict with a law; via is the article it names when it touches
	// the quoted one through its definition ("1" for CAT article 3).
	general bool
	via     string
	// named reports a general text that names some articles too ("and,
	// in particular, to the provisions relating to adoption set forth in
	// its article 21").
	named bool
	// full is the treaty's full name, for where its short name was not
	// introduced.
	full string
}

// reservations finds the state's reservations and declarations that touch
// a quoted clause, on the treaty itself and on the protocol that binds the
// state to it, each passage once.
func (w *writer) reservations(p *treatyPlan, cl *treaties.Clause) []reservationPassage {
	var out []reservationPassage
	article := strings.ToLower(cl.Article)
	statuses := []treaties.Status{p.status}
	if p.via != nil {
		statuses = append(statuses, p.viaStatus)
	}
	if p.protocol != nil {
		statuses = append(statuses, p.protocolStatus)
	}
	seen := map[string]bool{}
	for _, st := range statuses {
		for _, t := range st.Touching(article, cl.Paragraph) {
			// A passage made for the state's dependent territories alone
			// does not limit the article where it holds a person on its
			// own territory: validate names it.
			if seen[t.Passage] || t.Territories != "" {
				continue
			}
			seen[t.Passage] = true
			general, named, keep := generalScope(t, cl)
			if !keep {
				continue
			}
			t.General = general
			name, full := p.treaty.Short, p.treaty.Name
			if tr := w.treatyByKey(w.opt.Records.RecordKey(st.Treaty)); tr != nil {
				name, full = tr.Short, tr.Name
			}
			out = append(out, reservationPassage{name, clean(t.Passage), clean(t.Source), string(t.Kind), t.General, t.Via, named, full})
		}
	}
	return out
}

// generalScope is how a passage touches cl where the records call it
// general: a general passage that names other articles only, and not as
// instances of the whole ("in particular"), is on those, and not kept;
// one that names cl's article touches it, and is not general; one that
// names articles as instances of the whole is general, and named.
func generalScope(t treaties.Touch, cl *treaties.Clause) (general, named, keep bool) {
	if !t.General {
		return false, false, true
	}
	articles := slices.DeleteFunc(treaties.Articles(t.Passage), func(a string) bool { return a == treaties.General })
	switch {
	case len(articles) == 0:
		return true, false, true
	case namesArticle(articles, cl):
		return false, false, true
	case !asInstances.MatchString(t.Passage):
		return false, false, false
	}
	return true, true, true
}

// asInstances finds a general text's words that name articles as
// instances of the whole it covers: "in particular", "especially",
// "without prejudice to the generality", "of article 12 (4) and of the
// other provisions of the Covenant".
var asInstances = lazyregexp.New(`(?i)\bin\s+particular\b|\bespecially\b|\bgenerality\b|\bother\s+provisions\b`)

// barsReservation reports whether article 42 of the 1951 Convention (and
// article VII of the 1967 Protocol) forbids reservations to the article.
func barsReservation(key, article string) bool {
	if key != "REF1951" {
		return false
	}
	switch strings.ToUpper(article) {
	case "1", "1A", "1B", "1C", "1D", "1E", "1F", "3", "4", "33", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46":
		return true
	}
	return false
}

// An annexedPassage is a reservation's passage quoted in the annex of a
// brief letter, once, as to every article it was found for.
type annexedPassage struct {
	state string
	r     reservationPassage
	as    []string
	quote *Quote
}

// source names the passage's treaty as the brief body does, in full
// where its short name is an abbreviation the body never gave.
func (a *annexedPassage) source() string {
	treaty := a.r.treaty
	if acronym(treaty) && a.r.full != "" {
		treaty = a.r.full
	}
	return clean(fmt.Sprintf("%s, %s to the %s, as to %s (%s)", a.state, kindNoun(a.r), treaty, join(a.as), a.r.source))
}

// briefLaw is the law of the brief style: one paragraph citing every
// obligation by article and date of the state's acceptance, with each
// caveat in short form; the texts go to the annex. What binds the state
// is said apart from what the letter cites only for the standard it sets,
// so that no reader takes the one for the other.
func (w *writer) briefLaw(plans []*treatyPlan) (body, annex []Block) {
	state := w.holding()
	var cites []briefCite
	argue := false
	stated := map[string]bool{} // record keys whose acceptance a cite has dated
	annexed := map[string]*annexedPassage{}
	for _, p := range plans {
		var reserved []string
		var plain, opts []*treaties.Clause
		for _, cl := range p.clauses {
			annex = append(annex, w.quote(cl))
			if o := w.optInOf(p, cl); o.needed {
				opts = append(opts, cl)
			} else {
				plain = append(plain, cl)
			}
			if w.c.Letter.Reservations == "omit" {
				continue
			}
			for _, r := range w.reservations(p, cl) {
				// A text on the definition an article relies on is
				// said to be on that definition, not on the article; a
				// general one, to be on the treaty as a whole.
				as, asText := cl.Cite(), citeText(cl)
				switch {
				case r.via != "":
					as = "article " + r.via + ", which " + cl.Cite() + " relies on"
					asText = "article " + unbroken(r.via) + ", which " + citeText(cl) + " relies on"
				case r.general:
					as, asText = "the treaty as a whole", "the treaty as a whole"
				}
				if !slices.Contains(reserved, asText) {
					reserved = append(reserved, asText)
				}
				// A passage is quoted once, as to every article it was
				// found for.
				if q, ok := annexed[r.passage]; ok {
					if !slices.Contains(q.as, as) {
						q.as = append(q.as, as)
						q.quote.Source = q.source()
					}
					continue
				}
				q := &annexedPassage{state: state.Name, r: r, as: []string{as}}
				q.quote = &Quote{Paragraphs: []string{r.passage}, Source: q.source()}
				annexed[r.passage] = q
				annex = append(annex, q.quote)
			}
		}
		f := briefFacts{Articles: citeArticles(plain), Treaty: the(p.treaty.Name), Declaration: p.treaty.Declaration, Bound: p.bound(), Known: p.status.Known,
			Reserved: join(reserved), It: "it"}
		if o := outside(w.opt.Records, state, p.treaty.ID); o != nil {
			f.Organisation = o.Organisation
		}
		switch {
		case p.via != nil:
			if vt := w.treatyByKey(p.via.Via); vt != nil {
				f.Via = the(vt.Name)
			}
			f.Verb, f.Date, f.Provision = participle(p.viaStatus.Bound.Action), inText(p.viaStatus.Bound), unbroken(p.via.Provision)
			f.Actor = w.actor(state, p.viaStatus.Bound)
			if stated[p.via.Via] {
				f.Date, f.Actor = "", "" // dated where the Protocol is cited
			}
			stated[p.via.Via] = true
			for _, cl := range plain {
				if r := w.protocolRule(p, cl); r != nil && r.rel.Provision != p.via.Provision {
					f.RuleProvision = unbroken(r.rel.Provision)
				}
			}
		case p.status.Party() && stated[p.treaty.Records]:
			f.Restated = true
		case p.status.Party() && p.status.Inherited != nil:
			// A successor: its predecessor's act, and when its own
			// succession took effect.
			stated[p.treaty.Records] = true
			f.Verb, f.Date = participle(p.status.Inherited.Action), inText(p.status.Inherited)
			f.Actor, f.Successor = w.actor(state, p.status.Inherited), true
			if e := p.status.Bound.Effective; !e.IsZero() {
				f.Succession = unbroken(cases.DateOf(e).String())
			}
		case p.status.Party():
			stated[p.treaty.Records] = true
			f.Verb, f.Date, f.Limited, f.InForce = participle(p.status.Bound.Action), inText(p.status.Bound), w.limited(p), inForce(p.status.Bound)
			f.Actor = w.actor(state, p.status.Bound)
			if p.newProtocol() != nil {
				stated[p.protocol.Records] = true
				f.Protocol = protocolName(p.protocol)
				f.ProtocolVerb, f.ProtocolDate = participle(p.protocolStatus.Bound.Action), inText(p.protocolStatus.Bound)
				f.SameDate = f.ProtocolVerb == f.Verb && f.ProtocolDate == f.Date && f.Date != ""
				if who := w.actedBy(state, p.protocolStatus.Bound.Date); who != w.actedBy(state, p.status.Bound.Date) {
					f.ProtocolActor = who
				}
			}
			// The Protocol's rule on the definition is glossed even where
			// the Protocol's own cite dated it, unless the case quotes it.
			for _, cl := range plain {
				if r := w.protocolRule(p, cl); r != nil {
					f.RuleProvision = unbroken(r.rel.Provision)
				}
			}
		case p.status.Left != nil:
			f.Left = inText(&treaties.Event{Date: p.status.Left.In()})
		case p.status.Signed != nil:
			f.Signed = inText(p.status.Signed)
			f.Actor = w.actor(state, p.status.Signed)
		}
		if len(plain) > 0 {
			cites = append(cites, briefCite{briefGroup(p, f.Organisation != ""), f})
		}
		// An article that binds only by a separate acceptance (CAT
		// article 22) is cited apart: dated by the acceptance, or cited
		// for its standard where there is none. After the treaty's other
		// articles, the short name is enough.
		name := the(p.treaty.Name)
		if len(plain) > 0 {
			name = the(p.treaty.Short)
		}
		for _, cl := range opts {
			o := w.optInOf(p, cl)
			of := briefFacts{OptIn: true, Articles: citeArticles([]*treaties.Clause{cl}), Treaty: name, It: "it",
				Date: inText(o.accepted), Withdrawn: inWithdrawn(o.withdrawn), Accepted: o.accepted != nil, Actor: w.actor(state, o.accepted)}
			group := citedBinding
			if o.refused() {
				group = citedForStandard
			}
			cites = append(cites, briefCite{group, of})
		}
		argue = argue || w.needsArgument(p)
	}
	if len(cites) == 0 {
		return nil, nil
	}
	// Where nothing cited binds the state, no sentence has named it yet:
	// the first cite names it, and nothing is "also".
	data := briefData{State: withArticle(state.Name), Texts: len(annex), V: w.voice()}
	data.Also = slices.ContainsFunc(cites, func(c briefCite) bool { return c.group == citedBinding })
	if !data.Also {
		cites[0].facts.It = data.State
	}
	for _, c := range cites {
		data.Stated = data.Stated || c.facts.Reserved != ""
		cite := w.words("brief-cite", c.facts)
		switch c.group {
		case citedBinding:
			data.Bound = append(data.Bound, cite)
		case citedForStandard:
			data.Standard = append(data.Standard, cite)
			data.StandardArticles += articleCount(c.facts.Articles)
		default:
			data.Other = append(data.Other, cite)
		}
	}
	if argue {
		data.Caveats = append(data.Caveats, w.words("brief-argument", struct {
			State string
			Also  bool
		}{data.State, data.Also}))
	}
	return []Block{&Paragraph{Text: w.words("brief-law", data)}}, annex
}

// briefFacts are what the brief letter says of one treaty it cites.
type briefFacts struct {
	Articles, Treaty, Verb, Date, Via, Provision, Limited, Signed, Left, Reserved, Organisation, InForce, Actor string
	// Successor: the state is bound by its own succession to its
	// predecessor's act (Verb, Date, Actor); Succession is the day that
	// took effect, if known.
	Successor  bool
	Succession string
	// Protocol is the treaty's protocol the state is party to as well,
	// with how and when it joined it (SameDate: as it joined the treaty),
	// and RuleProvision the protocol's rule that rewrites a quoted clause
	// (article I(2)).
	Protocol, ProtocolVerb, ProtocolDate, RuleProvision string
	SameDate                                            bool
	// ProtocolActor names who joined the protocol where that is not who
	// joined the treaty; "" otherwise.
	ProtocolActor string
	// OptIn cites an article that binds only by a separate acceptance:
	// Accepted, with Date the acceptance's; else Withdrawn, the day a
	// withdrawal of it took effect, if any.
	OptIn, Accepted bool
	Withdrawn       string
	// It names the state in the cite: "it", or its name where the cite is
	// the first to speak of it.
	It                        string
	Declaration, Bound, Known bool
	// Restated: an earlier cite dated the state's acceptance of the
	// treaty (the 1967 Protocol, through which it applies the
	// Convention): it is not dated again.
	Restated bool
}

// A briefCite is one treaty's cite and where the brief letter puts it.
type briefCite struct {
	group citeGroup
	facts briefFacts
}

// briefData is what the brief letter's law paragraph is made of.
type briefData struct {
	State                  string
	Bound, Standard, Other []string
	Caveats                []string
	// Also: something binds the state, so what follows is "also" cited.
	Also bool
	// StandardArticles counts the articles cited for their standard, for
	// "the standard it sets" or "they set"; Texts the texts in the annex.
	StandardArticles, Texts int
	V                       voice
	// Stated: the annex also quotes what the state stated as to a cited
	// article (reservations, declarations).
	Stated bool
}

// articleCount counts the articles a cite names: "article 3" is one,
// "articles 6 and 7" two.
func articleCount(cite string) int {
	if strings.HasPrefix(cite, "articles ") || strings.Contains(cite, " and ") {
		return 2
	}
	return 1
}

// kindNoun names a reservation passage in an annex source: "reservations",
// "understandings", "declarations".
func kindNoun(r reservationPassage) string {
	if r.kind == "" {
		return "reservations and declarations"
	}
	return r.kind + "s"
}

// citeArticles cites a treaty's quoted clauses as one list, whole articles
// in their order and together: "articles 6 and 7", "article 33, paragraph
// 1, and article 3".
func citeArticles(clauses []*treaties.Clause) string {
	var whole []int
	var rest []string
	for _, cl := range clauses {
		if n, err := strconv.Atoi(cl.Article); err == nil && cl.Paragraph == "" {
			if !slices.Contains(whole, n) {
				whole = append(whole, n)
			}
			continue
		}
		rest = append(rest, citeText(cl))
	}
	slices.Sort(whole)
	var items []string
	if len(whole) == 1 {
		items = append(items, unbroken(fmt.Sprintf("article %d", whole[0])))
	} else if len(whole) > 1 {
		nums := make([]string, len(whole))
		for i, n := range whole {
			nums[i] = strconv.Itoa(n)
		}
		items = append(items, "articles "+join(nums))
	}
	items = append(items, rest...)
	out := joinClosed(items)
	if len(rest) > 0 && strings.Contains(rest[len(rest)-1], ",") {
		out += ","
	}
	return out
}

// citeText is how running text cites a clause: each number kept on the
// line of its word ("article 33", "paragraph 1"), the line free to break
// between them, so that a long citation does not leave the line before
// it short.
func citeText(cl *treaties.Clause) string { return numbered.Replace(cl.Cite()) }

var numbered = strings.NewReplacer("article ", "article\u00a0", "paragraph ", "paragraph\u00a0", "section ", "section\u00a0")

// the names a treaty in running text with its article: "the Convention
// against Torture"; a numbered protocol takes none: "Protocol No. 7 to
// the …".
func the(name string) string {
	if strings.HasPrefix(name, "Protocol No.") {
		return name
	}
	return "the " + name
}

// actor is who made an act for the state, where that was another state
// or the state under an earlier name: "the Union of Soviet Socialist
// Republics, whose treaty obligations the Russian Federation continues,";
// "" where the state acted in its own name.
func (w *writer) actor(state treaties.State, e *treaties.Event) string {
	if e == nil {
		return ""
	}
	c, ok := w.opt.Records.ActedAs(state, e.Date)
	if !ok {
		return ""
	}
	return w.words("actor", struct {
		State, Predecessor, Short string
		Continues, Succeeds       bool
	}{withArticle(state.Name), withArticle(c.Predecessor), c.Short, c.Relation == "continues", c.Relation == "succeeds"})
}

// actedBy names who made an act of the given day for the state: its
// predecessor, or the state itself.
func (w *writer) actedBy(state treaties.State, day time.Time) string {
	if c, ok := w.opt.Records.ActedAs(state, day); ok {
		return withArticle(c.Predecessor)
	}
	return withArticle(state.Name)
}

// protocolName names a protocol after the treaty it completes: "1967 Protocol".
func protocolName(t *treaties.Treaty) string {
	if i := strings.LastIndex(t.Concluded, " "); i >= 0 {
		return t.Concluded[i+1:] + " Protocol"
	}
	return t.Short
}

// verb is the exact verb for how a state became bound by a treaty.
func verb(a treaties.Action) string {
	switch a {
	case treaties.Ratification:
		return "ratified"
	case treaties.Accession:
		return "acceded to"
	case treaties.Succession:
		// The date a succession is recorded under is the day it was
		// notified.
		return "notified its succession to"
	case treaties.Acceptance:
		return "accepted"
	case treaties.Approval:
		return "approved"
	case treaties.FormalConfirmation:
		return "formally confirmed"
	}
	// A consent whose kind the source does not give (OHCHR's "date of
	// ratification/accession") is the day the instrument was deposited,
	// not the day the treaty entered into force for the state: never
	// "became a party on".
	return "consented to be bound by"
}

// participle is the verb for how a state became bound, as a brief
// parenthesis says it: "ratified on …", "succession notified on …".
func participle(a treaties.Action) string {
	switch a {
	case treaties.Succession:
		return "succession notified"
	case treaties.Ratification, treaties.Accession, treaties.Acceptance, treaties.Approval, treaties.FormalConfirmation:
		return verb(a)
	}
	return "consent to be bound expressed"
}

// dateOf is the date of e, for messages.
func dateOf(e *treaties.Event) string {
	return cases.DateOf(e.Date).String()
}

// inText is the date of e in a letter, never split across lines; "" when
// the source gives none.
func inText(e *treaties.Event) string {
	if e == nil || e.Date.IsZero() {
		return ""
	}
	return unbroken(dateOf(e))
}

// inWithdrawn is the day a withdrawal took effect; "" for none.
func inWithdrawn(e *treaties.Event) string {
	if e == nil || e.In().IsZero() {
		return ""
	}
	return unbroken(cases.DateOf(e.In()).String())
}

// inForce is the day a consent took effect, where the source gives that
// day but not the deposit's ("" otherwise).
func inForce(e *treaties.Event) string {
	if e == nil || !e.Date.IsZero() || e.Effective.IsZero() {
		return ""
	}
	return unbroken(cases.DateOf(e.Effective).String())
}

// A citeGroup is where a brief letter cites a treaty.
type citeGroup int

const (
	citedOther       citeGroup = iota // a declaration, or a treaty with no data
	citedBinding                      // binds the state
	citedForStandard                  // known not to bind it: cited for the standard it sets
)

// briefGroup is where a brief letter cites p, in every language; outside
// says the state is outside the organisation the treaty belongs to.
func briefGroup(p *treatyPlan, outside bool) citeGroup {
	switch {
	case p.treaty.Declaration:
		return citedOther
	case p.bound():
		return citedBinding
	case p.status.Known || outside:
		return citedForStandard
	}
	return citedOther
}
