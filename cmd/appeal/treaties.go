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
	_, err := io.WriteString(w, b.String())
	return err
}

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
	fmt.Fprintf(w, "%s (%s, %s)\n\n", st.Name, st.ISO2, st.ISO3)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TREATY\tACTION\tDATE\tMECHANISMS\tSOURCE\tAS OF")
	for _, key := range rec.Keys() {
		s := rec.Status(st, key)
		if !s.Known {
			continue
		}
		treaty := key
		if n, ok := short[key]; ok && n != key {
			treaty = n + " (" + key + ")"
		}
		action, date := "no action", ""
		switch {
		case s.Left != nil:
			action, date = "ceased", day(s.Left)
		case s.Bound != nil:
			action, date = string(s.Bound.Action), day(s.Bound)
		case s.Signed != nil:
			action, date = "signature only", day(s.Signed)
		}
		var mech []string
		for _, m := range s.Mechanisms {
			if d := day(&m); d != "" {
				mech = append(mech, string(m.Action)+" "+d)
			} else {
				mech = append(mech, string(m.Action))
			}
		}
		if s.Left != nil && s.Bound != nil {
			mech = append([]string{string(s.Bound.Action) + " " + day(s.Bound)}, mech...)
		}
		if len(mech) == 0 {
			mech = []string{"-"}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", treaty, action, orDash(date), strings.Join(mech, "; "), s.Source, s.AsOf)
	}
	return tw.Flush()
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
