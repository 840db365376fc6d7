package cases

import "fmt"

// check finds what is wrong with a Case beyond the shape of its fields:
// rules that span fields.
func check(c *Case) Diagnostics {
	var ds Diagnostics
	errorf := func(path, format string, args ...any) {
		ds = append(ds, c.Diag(SevError, path, format, args...))
	}
	if _, given := c.pos["version"]; given && c.Version != Version {
		errorf("version", "version %d is not supported: this appeal reads version %d case files", c.Version, Version)
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
