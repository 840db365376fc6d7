package letter

import (
	"slices"
	"strings"

	"github.com/appeal-letters/appeal/cases"
)

// person is what the wording needs to speak of the detainee.
type person struct {
	P            cases.Pronouns
	FullName     string // "Mr Makset Djabbarbergenov"
	ShortName    string // "Mr Djabbarbergenov"
	Description  string // "a Christian pastor"
	Detained     bool
	Holding      string
	Requesting   string
	Proceeding   string
	Accusation   string
	Awaiting     string
	Events       []event
	Charges      []string
	FamilyClause string
	Requests     []string
}

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
	if st, ok := w.opt.Records.State(name); ok {
		name = st.Name
	}
	return withArticle(clean(name))
}

func withArticle(name string) string {
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

func (w *writer) person() *person {
	c := w.c
	d := c.Detainee
	p := &person{
		P:          d.Pronouns,
		FullName:   clean(titled(d.Honorific, d.Name)),
		ShortName:  clean(d.ShortName),
		Detained:   c.Status.Detained == nil || *c.Status.Detained,
		Holding:    w.stateName(c.HoldingState),
		Requesting: w.stateName(c.RequestingState),
		Proceeding: c.Proceeding,
		Accusation: clean(c.Accusation),
		Awaiting:   clean(c.Status.Awaiting),
	}
	if p.ShortName == "" && d.Honorific != "" {
		p.ShortName = clean(titled(d.Honorific, lastWord(d.Name)))
	}
	if p.ShortName == "" {
		p.ShortName = clean(d.Name)
	}
	if p.Proceeding == "" {
		p.Proceeding = "extradition"
	}
	// "an Uzbek Christian pastor", "a Christian", "an Uzbek national".
	desc := clean(strings.Join(strings.Fields(d.Nationality+" "+d.Faith+" "+d.Role), " "))
	if d.Nationality != "" && d.Faith == "" && d.Role == "" {
		desc += " national"
	}
	if desc != "" {
		p.Description = article(desc) + " " + desc
	}
	events := slices.Clone(c.Events)
	slices.SortStableFunc(events, func(a, b cases.Event) int {
		switch {
		case a.Date.Before(b.Date):
			return -1
		case b.Date.Before(a.Date):
			return 1
		}
		return 0
	})
	for _, e := range events {
		p.Events = append(p.Events, event{when(e.Date), clean(e.What)})
	}
	for _, ch := range c.Charges {
		p.Charges = append(p.Charges, charge(ch))
	}
	p.FamilyClause = familyClause(c.Family)
	for i, r := range c.Requests {
		r = clean(r)
		if len(c.Requests) > 1 {
			r = "to " + r
			if i < len(c.Requests)-1 {
				r += ";"
			} else {
				r += "."
			}
		}
		p.Requests = append(p.Requests, r)
	}
	return p
}

// charge describes one charge: "Article 229-2 of the Uzbek Criminal Code,
// which punishes “…” and carries a maximum term of three years’ imprisonment".
func charge(ch cases.Charge) string {
	s := "Article\u00a0" + clean(ch.Article) + " of the " + clean(ch.Code)
	var which []string
	if ch.Offence != "" {
		which = append(which, "punishes “"+clean(ch.Offence)+"”")
	}
	switch {
	case ch.MaxYears > 0:
		which = append(which, "carries a maximum term of "+years(ch.MaxYears)+" imprisonment")
	case ch.MaxPenalty != "":
		which = append(which, "carries a maximum penalty of "+clean(ch.MaxPenalty))
	}
	if len(which) > 0 {
		s += ", which " + join(which)
	}
	return s
}

// years is a term of years in the possessive: "one year’s", "three years’".
func years(n int) string {
	if n == 1 {
		return "one year’s"
	}
	return spell(n) + " years’"
}

// familyClause describes the family as a relative clause:
// "who has four children and whose wife is pregnant". It follows the
// person's name, so its verbs are singular whatever the pronouns; the
// pronouns only choose the possessive in the sender's own words.
func familyClause(f cases.Family) string {
	var has, parts []string
	if f.Spouse != "" && !f.SpousePregnant {
		has = append(has, article(f.Spouse)+" "+f.Spouse)
	}
	if f.Children > 0 {
		has = append(has, count(f.Children, "child", "children"))
	}
	if len(has) > 0 {
		parts = append(parts, "who has "+join(has))
	}
	if f.SpousePregnant {
		parts = append(parts, "whose "+f.Spouse+" is pregnant")
	}
	if deps := cleanAll(f.Dependants); len(deps) > 0 {
		parts = append(parts, "who supports "+join(deps))
	}
	return join(parts)
}

func (w *writer) body() []Block {
	c := w.c
	p := w.person()
	w.say("opening", p)
	w.say("arrest", p)
	if len(p.Events) > 0 {
		w.say("events", p)
	}
	if len(p.Charges) > 0 {
		w.say("charges", p)
	}
	w.say("status", p)
	w.extras("facts")
	law, annex := w.lawSection(w.c.Letter.Style == "brief")
	w.blocks = append(w.blocks, law...)
	w.annex = annex
	w.extras("law")
	if m := c.Commitment; m != nil {
		w.say("commitment", struct{ Occasion, Date, Statement string }{
			clean(m.Occasion), unbroken(m.Date.String()), clean(m.Statement)})
	}
	if len(p.Requests) == 1 {
		w.say("request-one", p)
	} else {
		w.say("request-many", p)
		w.blocks = append(w.blocks, &List{Ordered: true, Items: p.Requests})
	}
	for _, e := range c.Engaged {
		who := "a number of " + clean(e.Group)
		if names := cleanAll(e.Names); len(names) > 0 {
			who += ", including " + join(names)
		} else {
			who = clean(e.Group)
		}
		w.say("engaged", who)
	}
	w.extras("requests")
	w.say("closing", p)
	return w.blocks
}

func (w *writer) extras(after string) {
	for _, e := range w.c.Paragraphs {
		if e.After == after || (e.After == "" && after == "facts") {
			if t := clean(e.Text); t != "" {
				w.blocks = append(w.blocks, &Paragraph{Text: t})
			}
		}
	}
}
