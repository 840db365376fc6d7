package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

// newTreatiesCmd builds "appeal treaties": the clause library and the
// state-party records, for looking things up while writing a case file.
func newTreatiesCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "treaties",
		Short: "List treaty clauses, show their text, and show which treaties bind a state",
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown command %q for \"appeal treaties\": use list, show or status", args[0])
			}
			return cmd.Help()
		},
	}
	cmd.AddCommand(
		&cobra.Command{
			Use:   "list",
			Short: "List every clause: id, treaty and citation",
			RunE: func(cmd *cobra.Command, args []string) error {
				if len(args) != 0 {
					return usagef("treaties list takes no arguments")
				}
				lib, err := loadLibrary(cmd)
				if err != nil {
					return err
				}
				return safeOutput(app.Stdout, func(w io.Writer) error { return treatiesList(w, lib) })
			},
		},
		&cobra.Command{
			Use:   "show ID",
			Short: "Show a clause's text, source and the treaty's authentic languages",
			RunE: func(cmd *cobra.Command, args []string) error {
				if len(args) != 1 {
					return usagef("treaties show takes one clause id, e.g. %q", "refugee-convention-33.1")
				}
				lib, err := loadLibrary(cmd)
				if err != nil {
					return err
				}
				return safeOutput(app.Stdout, func(w io.Writer) error { return treatiesShow(w, lib, args[0]) })
			},
		},
		&cobra.Command{
			Use:   "status STATE",
			Short: "Show which treaties a state signed, joined or left, with sources",
			RunE: func(cmd *cobra.Command, args []string) error {
				if len(args) != 1 {
					return usagef("treaties status takes one state, e.g. %q", "Kazakhstan")
				}
				lib, err := loadLibrary(cmd)
				if err != nil {
					return err
				}
				return safeOutput(app.Stdout, func(w io.Writer) error { return treatiesStatus(w, lib, treaties.BuiltinRecords(), args[0]) })
			},
		},
	)
	return cmd
}

func treatiesList(w io.Writer, lib *treaties.Library) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, c := range lib.Clauses() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.ID, c.Treaty.Short, c.Cite())
	}
	return tw.Flush()
}

func treatiesShow(w io.Writer, lib *treaties.Library, id string) error {
	c, ok := lib.Clause(id)
	if !ok {
		return fmt.Errorf("unknown clause %q%s", id, cases.DidYouMean(lib.Suggest(id)))
	}
	t := c.Treaty
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s, %s\n", c.ID, t.Short, c.Cite())
	fmt.Fprintf(&b, "%s (%s)\n", t.Name, t.Concluded)
	if c.Heading != "" {
		fmt.Fprintf(&b, "Heading: %s\n", c.Heading)
	}
	b.WriteString("\n")
	for _, p := range c.Paragraphs {
		fmt.Fprintf(&b, "%s\n\n", p)
	}
	fmt.Fprintf(&b, "Source: %s\n", c.Source)
	for _, abbr := range sourceAbbreviations {
		if strings.Contains(c.Source, abbr.short) {
			fmt.Fprintf(&b, "  %s %s\n", abbr.short, abbr.long)
		}
	}
	if c.Note != "" {
		fmt.Fprintf(&b, "Note: %s\n", c.Note)
	}
	if len(t.Languages) > 0 {
		fmt.Fprintf(&b, "Authentic languages: %s\n", strings.Join(t.Languages, ", "))
	} else {
		b.WriteString("Authentic languages: not recorded\n")
	}
	if t.Declaration {
		b.WriteString("Declaration: yes; no state is party to it\n")
	} else {
		b.WriteString("Declaration: no; a treaty states are party to\n")
	}
	for _, lang := range treaties.Languages() {
		showIn(&b, lib, c, lang)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// treatiesStatus shows every fact the records hold on a state, treaty by
// treaty, each with the source it came from: consents, denunciations
// (notified and effective), declarations and limitations, reservations in
// full, and the facts on which sources disagree.
func treatiesStatus(w io.Writer, lib *treaties.Library, rec *treaties.Records, name string) error {
	st, ok := rec.State(name)
	if !ok {
		return fmt.Errorf("unknown state %q%s", name, cases.DidYouMean(rec.SuggestState(name)))
	}
	short := map[string]string{}
	for _, t := range lib.Treaties() {
		if t.Records != "" {
			short[t.Records] = t.Short
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s, %s)\n", st.Name, st.ISO2, st.ISO3)
	for _, key := range rec.Keys() {
		s := rec.Status(st, key)
		if o, ok := rec.OutsideOf(st, key); ok && !s.Party() {
			standing := ""
			if o.Standing != "not a member" {
				standing = " (" + o.Standing + ")" // an observer
			}
			fmt.Fprintf(&b, "\n%s: not a member of the %s%s\n  %s\n", orName(short[key], key), o.Organisation, standing,
				sourced(treaties.Event{Source: o.Source, URL: o.URL, AsOf: o.AsOf}))
			if !s.Known {
				continue
			}
		}
		if !s.Known {
			continue
		}
		treaty := key
		if n, ok := short[key]; ok && n != key {
			treaty = n + " (" + key + ")"
		}
		fmt.Fprintf(&b, "\n%s: %s\n", treaty, standing(s))
		line := func(what string, e treaties.Event) {
			fmt.Fprintf(&b, "  %-24s %s\n", what, sourced(e))
		}
		if s.Signed != nil {
			line("signature "+day(s.Signed), *s.Signed)
		}
		if e := s.Inherited; e != nil {
			// The predecessor's act a successor state succeeded to.
			what := string(e.Action) + " " + day(e)
			if c, ok := rec.ActedAs(s.State, e.In()); ok {
				what += " by " + c.Short
			}
			line(what, *e)
		}
		events := s.History
		if len(events) == 0 && s.Bound != nil {
			events = []treaties.Event{*s.Bound}
		}
		if len(s.History) == 0 && s.Left != nil {
			events = append(events, *s.Left)
		}
		for _, e := range events {
			what := string(e.Action) + " " + day(&e)
			if !e.Effective.IsZero() {
				what = string(e.Action) + " " + orDash(day(&e)) + ", effective " + e.Effective.Format("2006-01-02")
			}
			line(what, e)
		}
		for _, m := range s.Mechanisms {
			line(strings.TrimSpace(string(m.Action)+" "+day(&m)), m)
		}
		for _, k := range s.Conflicts {
			fmt.Fprintf(&b, "  sources disagree on the %s: %s (%s, used) and %s (%s)\n",
				k.Fact, day(&k.Used), k.Used.Source, day(&k.Other), k.Other.Source)
		}
		for _, e := range s.Impossible {
			fmt.Fprintf(&b, "  left out as impossible: %s %s, before the state joined (%s)\n", e.Action, day(&e), e.Source)
		}
		for _, r := range s.Reservations {
			what := string(r.Action)
			if !r.KindKnown() {
				// The UN table lost the heading each text was listed under.
				what = "reservation or declaration (its heading not recorded)"
			}
			if len(r.Articles) > 0 {
				what += " (art. " + strings.Join(r.Articles, ", ") + ")"
			}
			if r.Note != "" {
				what += " [" + r.Note + "]"
			}
			fmt.Fprintf(&b, "  %s, %s\n      %s\n", what, sourced(r), r.Text)
		}
		switch {
		case s.Signed != nil || s.Bound != nil || s.Left != nil:
		case s.NotParty != nil:
			fmt.Fprintf(&b, "  not a party: %s\n", sourced(*s.NotParty))
		default:
			fmt.Fprintf(&b, "  no action as of %s: %s\n", s.AsOf, s.Source)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orName(name, key string) string {
	if name == "" || name == key {
		return key
	}
	return name + " (" + key + ")"
}

// standing sums a status up in a few words: "party", "not a party
// (denounced, effective 2000-06-27)", "signature only".
func standing(s treaties.Status) string {
	switch {
	case s.Party() && s.Rejoined():
		return "party (re-joined)"
	case s.Party():
		return "party"
	case s.Left != nil:
		return "not a party (left, effective " + s.Left.In().Format("2006-01-02") + ")"
	case s.Signed != nil:
		return "signature only"
	case s.NotParty != nil:
		return "not a party"
	}
	return "no action"
}

// sourced is a fact's source, address and as-of date.
func sourced(e treaties.Event) string {
	s := e.Source
	if e.URL != "" {
		s += " <" + e.URL + ">"
	}
	if e.AsOf != "" {
		s += ", as of " + e.AsOf
	}
	return s
}

func day(e *treaties.Event) string {
	if e.Date.IsZero() {
		return ""
	}
	return e.Date.Format("2006-01-02")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sourceAbbreviations are the short names the clause files give their
// sources, as the compilation they were copied from names them.
var sourceAbbreviations = []struct{ short, long string }{
	{"[NL]", "the English authentic text as published in the Dutch Treaty Series (wetten.overheid.nl), in the Markdown conversion github.com/statengeneraal/laws-markdown at commit 91556a80a25a3da4234c8039945c6aeef4108d00"},
	{"[LC]", "the English text from OHCHR and the UN Treaty Collection in github.com/lawchat-oss/open-treaties at commit 29319bcebf3188c44964a335adf3e9d985b7db23 (CC0)"},
}

// showIn adds what appeal has of a clause in another language: the
// treaty's name there, what kind of text it is, and the text with its
// source, or that a letter in that language quotes the English.
func showIn(b *strings.Builder, lib *treaties.Library, c *treaties.Clause, lang string) {
	tt, ok := lib.TreatyIn(c.Treaty, lang)
	if !ok {
		return
	}
	fmt.Fprintf(b, "\nIn %s: %s\n", lang, tt.Name)
	fmt.Fprintf(b, "  Name source: %s\n", tt.NameSource)
	switch tt.Status {
	case treaties.Authentic:
		fmt.Fprintf(b, "  %s is an authentic language of the treaty (%s)\n", lang, tt.StatusSource)
	case treaties.Translation:
		by := ""
		if tt.Translator != "" {
			by = " by " + tt.Translator
		}
		fmt.Fprintf(b, "  Its %s text is a translation%s, not authentic (%s)\n", lang, by, tt.StatusSource)
	case treaties.DeclarationText:
		fmt.Fprintf(b, "  Its %s text is that of a General Assembly resolution (%s)\n", lang, tt.StatusSource)
	}
	ct, ok := lib.ClauseIn(c, lang)
	if !ok {
		fmt.Fprintf(b, "  No %s text of this clause in appeal: a letter in %s quotes the English text and says so.\n", lang, lang)
		return
	}
	b.WriteString("\n")
	for _, p := range ct.Paragraphs {
		fmt.Fprintf(b, "%s\n\n", p)
	}
	fmt.Fprintf(b, "Source (%s): %s\n", lang, ct.Source)
	fmt.Fprintf(b, "Checked against: %s\n", ct.Check)
	if ct.Note != "" {
		fmt.Fprintf(b, "Note (%s): %s\n", lang, ct.Note)
	}
}
