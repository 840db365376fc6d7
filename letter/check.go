package letter

import (
	"fmt"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

// Check finds what a case gets wrong about the law: clause ids the library
// does not have and states the records do not know are errors; citing a
// treaty the holding state is not bound by is a warning, as is a case's own
// treaty status overriding the data.
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
		if t, ok := lib.Treaty(s.Treaty); !ok {
			add(cases.SevError, path+".treaty", "unknown treaty %q%s", s.Treaty, cases.DidYouMean(cases.Suggest(s.Treaty, treatyIDs(lib), 3)))
		} else if st, ok := rec.State(s.State); ok && st == holding {
			add(cases.SevWarning, path, "the case's own status for %s under the %s (%s on %s, source: %s) is used instead of appeal's data",
				st.Name, t.Short, s.Action, s.Date, s.Source)
		}
	}
	warned := map[string]bool{}
	for i, id := range c.Clauses {
		path := fmt.Sprintf("clauses[%d]", i)
		cl, ok := lib.Clause(id)
		if !ok {
			add(cases.SevError, path, "unknown clause %q%s; 'appeal treaties list' shows them all", id, cases.DidYouMean(lib.Suggest(id)))
			continue
		}
		t := cl.Treaty
		if t.Declaration || !holdingKnown || warned[t.ID] {
			continue
		}
		warned[t.ID] = true
		st := statusWith(c, rec, holding, t.ID)
		switch {
		case st.Left != nil:
			add(cases.SevWarning, path, "%s ceased to be a party to the %s on %s; the letter says so", holding.Name, t.Short, dateOf(st.Left))
		case st.Bound != nil:
		case st.Signed != nil:
			add(cases.SevWarning, path, "%s has only signed the %s (on %s), not ratified it; the letter says it signed", holding.Name, t.Short, dateOf(st.Signed))
		case !st.Known:
			add(cases.SevWarning, path, "appeal has no data on %s and the %s; the letter states no status (give it under treaty_status if you know it)", holding.Name, t.Short)
		default:
			add(cases.SevWarning, path, "%s is not a party to the %s (as of %s); the letter quotes it without saying %s is bound", holding.Name, t.Short, st.AsOf, holding.Name)
		}
	}
	return ds
}

func treatyIDs(lib *treaties.Library) []string {
	var ids []string
	for _, t := range lib.Treaties() {
		ids = append(ids, t.ID)
	}
	return ids
}

// status is the holding state's standing under a treaty, the case's own
// treaty_status winning over the records.
func (w *writer) status(state treaties.State, treatyID string) treaties.Status {
	return statusWith(w.c, w.opt.Records, state, treatyID)
}

func statusWith(c *cases.Case, rec *treaties.Records, state treaties.State, treatyID string) treaties.Status {
	st := rec.Status(state, treatyID)
	for _, s := range c.TreatyStatus {
		if s.Treaty != treatyID {
			continue
		}
		if other, ok := rec.State(s.State); !ok || other != state {
			continue
		}
		e := &treaties.Event{
			Date:   time.Date(s.Date.Year, time.Month(s.Date.Month), s.Date.Day, 0, 0, 0, 0, time.UTC),
			Source: s.Source,
			AsOf:   "case file",
		}
		st.Known = true
		switch s.Action {
		case "signature":
			e.Action = treaties.Signature
			st.Signed = e
		case "ceased":
			e.Action = treaties.Ceased
			st.Left = e
		default:
			e.Action = treaties.Action(s.Action)
			st.Bound, st.Left = e, nil
		}
		st.Source, st.AsOf = s.Source, "case file"
	}
	return st
}
