package letter

import (
	"time"

	"github.com/appeal-letters/appeal/cases"
)

// Advise finds what a case says that would make a poor letter: placeholders
// left unfilled, guesses the wording would have to make, facts that
// contradict each other. Each is a warning naming the field that fixes it;
// now is the day a letter without a date of its own is dated.
func Advise(c *cases.Case, now time.Time) cases.Diagnostics {
	var ds cases.Diagnostics
	if c.HoldingState != "" && c.HoldingState == c.Destination() {
		ds = append(ds, c.Diag(cases.SevWarning, "holding_state",
			"the holding state and the destination are both %s; name the state the person would be sent to in destination_state", c.HoldingState))
	}
	return ds
}
