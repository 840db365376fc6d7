package cases

import (
	"fmt"
	"slices"
	"strings"
)

// check finds what is wrong with a Case beyond the shape of its fields:
// rules that span fields.
func check(c *Case, found Diagnostics) Diagnostics {
	var ds Diagnostics
	// reported says whether reading the file found a problem at path
	// already, so that a rule over several fields does not repeat it.
	reported := func(path string) bool {
		p, ok := c.pos[path]
		if !ok {
			return false
		}
		for _, d := range found {
			if d.Line == p.Line && d.Column == p.Column {
				return true
			}
		}
		return false
	}
	errorf := func(path, format string, args ...any) {
		ds = append(ds, c.Diag(SevError, path, format, args...))
	}
	if _, given := c.pos["version"]; given && (c.Version < 1 || c.Version > Version) {
		// What else a file of an unknown version needs is unknown too.
		errorf("version", "version %d is not supported: this appeal reads version 1 and %d case files", c.Version, Version)
		return ds
	}
	if c.Version == 1 {
		ds = append(ds, checkVersion1(c, reported)...)
	}
	_, one := c.pos["recipient"]
	_, many := c.pos["recipients"]
	switch {
	case one && many:
		errorf("recipients", "give recipient or recipients, not both; put the recipient in the list")
	case !one && !many:
		ds = append(ds, Diagnostic{File: c.File, Line: 1, Column: 1, Severity: SevError, Message: `missing required field "recipient"`})
	case one:
		c.Recipients = []Recipient{c.Recipient}
		c.pos["recipients[0]"] = c.pos["recipient"]
		for k, v := range c.pos {
			if rest, ok := strings.CutPrefix(k, "recipient."); ok {
				c.pos["recipients[0]."+rest] = v
			}
		}
	case len(c.Recipients) == 0:
		errorf("recipients", "recipients is empty; list at least one official")
	}
	if len(c.Recipients) > 0 {
		c.Recipient = c.Recipients[0]
	}
	if len(c.Requests) == 0 && len(c.Asks) == 0 && !reported("requests") && !reported("asks") && c.Version != 1 {
		if _, given := c.pos["requests"]; given {
			errorf("requests", "requests is empty; say what you ask the recipient to do")
		} else {
			ds = append(ds, Diagnostic{File: c.File, Line: 1, Column: 1, Severity: SevError,
				Message: `missing required field "requests" (or, in a version 2 file, "asks")`})
		}
	}
	for i, a := range c.Asks {
		if !slices.Contains(AskNames, a) {
			errorf(fmt.Sprintf("asks[%d]", i), "unknown ask %q%s; the asks are %s", a, DidYouMean(Suggest(a, AskNames, 1)), strings.Join(AskNames, ", "))
		}
	}
	for i, r := range c.Requests {
		if strings.TrimSpace(r) == "" && !reported(fmt.Sprintf("requests[%d]", i)) {
			errorf(fmt.Sprintf("requests[%d]", i), "this request is empty; say what you ask, or remove the line")
		}
	}
	if (c.Proceeding == "extradition" || c.Proceeding == "" && c.DestinationState == "") && c.RequestingState == "" && c.Version != 1 && !reported("requesting_state") {
		errorf("proceeding", "an extradition is requested by a state: give requesting_state (or choose another proceeding: deportation, expulsion, removal or return)")
	}
	if c.Proceeding == "trial" && c.Destination() != "" {
		path := "destination_state"
		if c.DestinationState == "" {
			path = "requesting_state"
		}
		errorf(path, "a trial takes place in the holding state: leave out %s, or choose the proceeding that would send the person there", path)
	}
	if !c.Status.Convicted.IsZero() && c.Proceeding != "trial" {
		errorf("status.convicted", "convicted is for a trial in the holding state (proceeding: trial); for a sentence passed in the state that wants the person, say so in accusation, e.g. \"a sentence of eight years’ imprisonment passed in absentia\"")
	}
	if c.Status.Sentence != "" && c.Status.Convicted.IsZero() && !reported("status.sentence") {
		errorf("status.sentence", "a sentence follows a conviction: give status.convicted, the date of the conviction (a year will do)")
	}
	if c.Proceeding == "" && c.DestinationState != "" && c.RequestingState == "" && c.Version != 1 && !reported("destination_state") && !reported("proceeding") {
		errorf("destination_state", "say how the person would be sent to %s: give proceeding (deportation, expulsion, removal or return), or requesting_state for an extradition", c.DestinationState)
	}
	if c.Proceeding == "trial" && c.Status.DeadlineEvent == "transfer" {
		errorf("status.deadline_event", "transfer is the day a person could be sent away; a trial has a hearing or a decision (the verdict): choose one of those")
	}
	if c.Destination() == "" && c.Proceeding != "trial" && c.Version != 1 && !reported("requesting_state") && !reported("destination_state") {
		errorf("holding_state", "say where the person would be sent: destination_state (or requesting_state, for an extradition)")
	}
	if c.Detainee.Age != 0 && !c.Detainee.Born.IsZero() {
		errorf("detainee.age", "give born or age, not both")
	}
	for i, ch := range c.Charges {
		path := fmt.Sprintf("charges[%d]", i)
		if ch.MaxYears != 0 && ch.MaxPenalty != "" {
			errorf(path+".max_penalty", "give max_years or max_penalty, not both")
		}
	}
	if c.Family.SpousePregnant && c.Family.Spouse == "" {
		errorf("family.spouse_pregnant", "spouse_pregnant is set but no spouse is given; add spouse: wife (or husband, partner)")
	}
	for i, s := range c.TreatyStatus {
		if s.Date.Day == 0 && !s.Date.IsZero() {
			errorf(fmt.Sprintf("treaty_status[%d].date", i), "a treaty action needs its full date (YYYY-MM-DD), as the depositary records it")
		}
	}
	return ds
}

// AskNames are the standard asks a version 2 case may choose by name.
var AskNames = []string{"no-removal", "release", "lawyer", "consular", "unhcr", "medical", "family", "no-ill-treatment"}

// version2Fields are the fields a version 1 file may not use.
var version2Fields = []string{
	"recipients", "destination_state", "risks", "asks",
	"letter.style", "letter.reservations", "letter.copy_others",
	"sender.campaign", "sender.individual", "detainee.name_original", "detainee.family_name",
	"detainee.born", "detainee.age", "status.held_at", "status.since",
	"status.deadline", "status.deadline_event", "status.convicted", "status.sentence",
	"recipient.id", "recipient.family_name",
}

// checkVersion1 holds a version 1 file to what version 1 was: its
// required fields, and none of version 2's.
func checkVersion1(c *Case, reported func(string) bool) Diagnostics {
	var ds Diagnostics
	for _, f := range version2Fields {
		if _, given := c.pos[f]; given {
			ds = append(ds, c.Diag(SevError, f, "%s is a version 2 field; write version: 2 at the top of the file to use it", f))
		}
	}
	if c.Proceeding == "removal" || c.Proceeding == "return" || c.Proceeding == "trial" {
		ds = append(ds, c.Diag(SevError, "proceeding", "proceeding %q needs version: 2 at the top of the file", c.Proceeding))
	}
	for _, f := range []struct {
		path  string
		empty bool
	}{
		{"accusation", c.Accusation == ""},
		{"requesting_state", c.RequestingState == ""},
		{"status.awaiting", c.Status.Awaiting == ""},
		{"requests", len(c.Requests) == 0},
	} {
		if f.empty && !reported(f.path) {
			parent, name := "", f.path
			if i := strings.LastIndexByte(f.path, '.'); i >= 0 {
				parent, name = f.path[:i], f.path[i+1:]
			}
			p, ok := c.pos[f.path]
			if !ok {
				p, ok = c.pos[parent]
			}
			where := ""
			switch {
			case !ok:
				// Nothing of it is there: name the top-level field.
				p, name = Pos{1, 1}, strings.SplitN(f.path, ".", 2)[0]
			case parent != "":
				where = " in " + parent
			}
			ds = append(ds, Diagnostic{File: c.File, Line: p.Line, Column: p.Column, Severity: SevError,
				Message: fmt.Sprintf("missing required field %q%s", name, where)})
		}
	}
	return ds
}

// Destination is the state the person would be sent to: destination_state,
// else the requesting state.
func (c *Case) Destination() string {
	if c.DestinationState != "" {
		return c.DestinationState
	}
	return c.RequestingState
}

// Detained reports whether the person is in custody (the default).
func (c *Case) Detained() bool {
	return c.Status.Detained == nil || *c.Status.Detained
}
