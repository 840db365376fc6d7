package treaties

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// sourcesHeader is the header of every status file under sources/.
var sourcesHeader = []string{"state", "treaty", "action", "date", "effective", "article", "text", "source", "source_url", "as_of"}

// sourcesTreaties maps each treaty key of the status files to the prefix of
// the file names that may hold it: the organisation that keeps its list.
var sourcesTreaties = map[string]string{
	"ECHR":    "coe-",
	"ECHR-P7": "coe-",
	"ACHR":    "oas-",
	"OAU1969": "au-",
	"ACHPR":   "au-",
}

// sourcesActions are the actions a status file may record. "ceased" is the
// Russian Federation's leaving the ECHR on its expulsion from the Council of
// Europe (article 58(3)): not a denunciation, so not written as one.
// "not-party" is a source's word that a state is not a party, with no
// date: the lists are partial, so a missing state is unknown.
var sourcesActions = []string{"signature", "ratification", "accession", "succession", "denunciation", "ceased", "reservation", "declaration", "not-party"}

// TestSourceCSVs checks the hand-compiled status files under sources/: the
// exact header, states spelled as in records/states.csv, known treaties and
// actions, real dates in order, a source for every row, and each file
// described in sources/README.md.
func TestSourceCSVs(t *testing.T) {
	files, err := filepath.Glob("sources/*.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no sources/*.csv")
	}
	readme, err := os.ReadFile("sources/README.md")
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]bool{}
	for _, s := range BuiltinRecords().States() {
		states[s.Name] = true
	}
	date := func(s string) (time.Time, bool) {
		d, err := time.Parse(time.DateOnly, s)
		return d, err == nil
	}
	for _, file := range files {
		name := filepath.Base(file)
		if strings.HasPrefix(name, "un-") {
			// Facts on UN treaties (denunciations, the geographic
			// limitation, changes after 2015) are checked by
			// internal/gen as it reads them, and by TestLawFacts.
			continue
		}
		if !strings.Contains(string(readme), "`"+name+"`") {
			t.Errorf("%s is not described in sources/README.md", name)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(rows) < 2 || !slices.Equal(rows[0], sourcesHeader) {
			t.Errorf("%s: header %q, want %q and at least one row", name, rows[0], sourcesHeader)
			continue
		}
		joined := map[string]time.Time{} // state|treaty -> date it joined
		left := map[string]bool{}        // state|treaty -> it left after it joined
		seen := map[string]int{}
		for i, r := range rows[1:] {
			line := i + 2
			state, treaty, action, d, eff, article, text, source, url, asOf := r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]
			at := func(format string, args ...any) {
				t.Helper()
				t.Errorf("%s:%d: "+format, append([]any{name, line}, args...)...)
			}
			if !states[state] {
				at("state %q is not a name in records/states.csv", state)
			}
			if prefix, ok := sourcesTreaties[treaty]; !ok {
				at("unknown treaty %q", treaty)
			} else if !strings.HasPrefix(name, prefix) {
				at("treaty %s belongs in a %s*.csv file", treaty, prefix)
			}
			if !slices.Contains(sourcesActions, action) {
				at("unknown action %q", action)
			}
			when, ok := date(d)
			joining := action == "ratification" || action == "accession" || action == "succession"
			if d == "" && joining && eff != "" {
				// Only the entry into force was read, not the deposit.
				when, ok = date(eff)
			} else if !ok && !((action == "not-party" || action == "succession") && d == "" && eff == "") {
				// A succession's day may be unknown where sources
				// disagree on it: the state is bound, from a day not
				// given.
				at("date %q is not YYYY-MM-DD", d)
			}
			current, ok := date(asOf)
			if !ok {
				at("as_of %q is not YYYY-MM-DD", asOf)
			} else if when.After(current) {
				at("date %s is after the source's as_of %s", d, asOf)
			}
			if eff != "" {
				if e, ok := date(eff); !ok {
					at("effective %q is not YYYY-MM-DD", eff)
				} else if d != "" && e.Before(when) {
					at("effective %s is before the date %s", eff, d)
				}
			}
			if (action == "denunciation" || action == "ceased") && eff == "" {
				at("a %s needs the date it took effect", action)
			}
			if action == "reservation" || action == "declaration" {
				if text == "" {
					at("a %s needs its text", action)
				}
			} else if article != "" || text != "" {
				at("article and text are for reservations and declarations only")
			}
			if source == "" || !strings.HasPrefix(url, "http") {
				at("source %q, source_url %q: both are needed", source, url)
			}
			key := state + "|" + treaty
			switch {
			case joining:
				// A state joins again only after it left, or succeeds
				// to what its predecessor joined.
				if _, dup := joined[key]; dup && !left[key] && action != "succession" {
					at("%s joined %s twice", state, treaty)
				}
				joined[key], left[key] = when, false
			case action == "denunciation" || action == "ceased":
				if j, ok := joined[key]; !ok || !j.Before(when) {
					at("%s leaves %s without having joined it before", state, treaty)
				}
				left[key] = true
			}
			row := strings.Join(r[:7], "|")
			if prev, dup := seen[row]; dup {
				at("same fact as line %d", prev)
			}
			seen[row] = line
		}
	}
}

// TestRecordKeys checks that each built-in treaty's records key is the one
// the state records answer to for its id.
func TestRecordKeys(t *testing.T) {
	r := BuiltinRecords()
	for _, tr := range Builtin().Treaties() {
		if tr.Records == "" {
			continue
		}
		if got := r.RecordKey(tr.ID); got != tr.Records {
			t.Errorf("RecordKey(%q) = %q, want %q (the treaty's records key)", tr.ID, got, tr.Records)
		}
	}
}

// TestMembers checks members.csv, the whole lists of the members of the
// organisations whose members alone may join a treaty: the Council of
// Europe (46 states; the ECHR and Protocol No. 7) and the Organization of
// American States (35; the American Convention). Each state is known and
// listed once; every state with a consent to the treaty that it has not
// left is a member; and every other state is outside the organisation for
// each of its treaties, with the list's source, unless organisations.csv
// says more of it.
func TestMembers(t *testing.T) {
	r := BuiltinRecords()
	rows, err := readAll("members.csv", membersCSV, 7)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		n        int
		treaties []string
	}{
		"Council of Europe":               {46, []string{"ECHR", "ECHR-P7"}},
		"Organization of American States": {35, []string{"ACHR"}},
	}
	members := map[string]map[string]bool{}
	counts := map[string]int{}
	for _, row := range rows {
		if _, ok := want[row[0]]; !ok {
			t.Errorf("members.csv: organisation %q, want one of %v", row[0], want)
			continue
		}
		if members[row[0]] == nil {
			members[row[0]] = map[string]bool{}
		}
		members[row[0]][row[2]] = true
		counts[row[0]]++
	}
	for org, w := range want {
		if len(members[org]) != w.n || counts[org] != w.n {
			t.Errorf("members.csv: %s: %d rows, %d states; want %d", org, counts[org], len(members[org]), w.n)
		}
		for _, s := range r.States() {
			for _, key := range w.treaties {
				st := r.Status(s, key)
				if st.Party() && !members[org][s.Name] {
					t.Errorf("%s is a party to the %s but not a member of the %s in members.csv", s.Name, key, org)
				}
				o, out := r.OutsideOf(s, key)
				if members[org][s.Name] {
					if out {
						t.Errorf("%s: a member, but outside the %s for the %s (%s)", s.Name, org, key, o.Source)
					}
					continue
				}
				if s.ISO2 == "" {
					continue // the European Union
				}
				if !out {
					t.Errorf("%s: not a member, yet not outside the %s for the %s", s.Name, org, key)
					continue
				}
				if o.Organisation != org || o.Source == "" || o.URL == "" || o.AsOf == "" {
					t.Errorf("%s: outside for the %s with no source, address or date, or another organisation: %+v", s.Name, key, o)
				}
			}
		}
	}
}
