package cases

import (
	"fmt"
	"strconv"
	"time"

	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// A Date is a calendar date known to the day, the month or only the year,
// as "2012-02-29", "2012-07" or "2012" in a case file. The zero Date is unset.
type Date struct {
	Year, Month, Day int // Month and Day are 0 when not known
}

var datePattern = lazyregexp.New(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$`)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// ParseDate reads "2012-02-29", "2012-07" or "2012", and rejects dates that
// do not exist, such as 2013-02-29.
func ParseDate(s string) (Date, error) {
	m := datePattern.FindStringSubmatch(s)
	if m == nil {
		return Date{}, fmt.Errorf("%q is not a date; write it as YYYY-MM-DD, e.g. 2012-02-29 (or YYYY-MM, or YYYY)", s)
	}
	var d Date
	d.Year, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		d.Month, _ = strconv.Atoi(m[2])
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("%q is not a date: there is no month %d", s, d.Month)
		}
	}
	if m[3] != "" {
		d.Day, _ = strconv.Atoi(m[3])
		if n := daysIn(d.Year, d.Month); d.Day < 1 || d.Day > n {
			return Date{}, fmt.Errorf("%q is not a date: %s %d has %d days", s, monthNames[d.Month-1], d.Year, n)
		}
	}
	if d.Year < 1900 {
		return Date{}, fmt.Errorf("%q is too early to be a date in a case", s)
	}
	return d, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// DateOf returns the day of t.
func DateOf(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

func (d *Date) decodeScalar(s string) error {
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String spells d as a careful writer would: "29 February 2012", "July 2012", "2012".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", monthNames[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthNames[d.Month-1], d.Year)
}

// ISO returns d as in a case file: "2012-02-29", "2012-07" or "2012".
func (d Date) ISO() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d starts before e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// MarshalText writes d as in a case file, for JSON and YAML output.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.ISO()), nil }
