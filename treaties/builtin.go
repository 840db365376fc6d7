package treaties

import (
	"slices"
	"strings"
	"time"
)

// The built-in clause files and records are read at build time into
// builtin_data.go (go generate; TestBuiltinData checks it is current and
// reads the same as the files), so that a run does not parse about 700 KB
// of CSV and YAML before its first letter: that took most of a one-letter
// run's time (see "Speed" in the README). A run makes maps and pointers
// from those tables only, and a state's events for a treaty only when
// asked for them. User clause files (--treaties) are still read by Load.

// builtinState is a row of states.csv as read: keys are its names folded.
type builtinState struct {
	name, iso2, iso3, former string
	keys                     []string
}

type builtinCoverage struct{ key, source, url, asOf string }

// A builtinPair is a state and record key with events, those of
// builtinEvents[from:to].
type builtinPair struct {
	state, key string
	from, to   int
}

// builtinEvent is an Event with its dates as yyyymmdd, 0 for none.
type builtinEvent struct {
	action                      string
	date, effective             int32
	articles                    []string
	text, note, source, url, as string
}

type builtinTreaty struct {
	id, name, short, concluded string
	declaration                bool
	languages                  []string
	languagesSource            string
	records, protocol, file    string
}

// builtinClause is a Clause; treaty indexes builtinTreaties.
type builtinClause struct {
	id                          string
	treaty                      int
	article, paragraph, heading string
	paragraphs                  []string
	source, note                string
	order                       int
}

type builtinTreatyText struct {
	id, lang, name, short, nameGen, nameDat, nameAcc, shortGen, concluded, nameSource, status, translator, statusSource string
}

// builtinClauseText is a ClauseText; treaty indexes builtinTreatyTexts.
type builtinClauseText struct {
	id                                         string
	treaty                                     int
	paragraphs                                 []string
	source, check, sourceFile, checkFile, note string
}

// builtinRecordsFromData makes the built-in Records: states and coverage
// from builtin_data.go, and the small tables written by hand read as
// parseRecords reads them.
func builtinRecordsFromData() *Records {
	n := 0
	for _, row := range builtinStates {
		n += len(row.keys)
	}
	r := &Records{
		states:  make([]*stateRecord, len(builtinStates)),
		byKey:   make(map[string]*stateRecord, n),
		names:   make(map[string]bool, len(builtinStates)),
		covered: make(map[string]coverage, len(builtinCovered)),
		keys:    builtinKeys,
	}
	all := make([]stateRecord, len(builtinStates))
	for i, row := range builtinStates {
		s := &all[i]
		*s = stateRecord{state: State{Name: row.name, ISO2: row.iso2, ISO3: row.iso3}, former: row.former, keys: row.keys}
		for _, k := range s.keys {
			r.byKey[k] = s
		}
		r.states[i] = s
		r.names[row.name] = true
	}
	for _, c := range builtinCovered {
		r.covered[c.key] = coverage{c.source, c.url, c.asOf}
	}
	r.texts = builtinTextsAsOf
	if err := r.readHandWritten(relationsCSV); err != nil {
		panic("treaties: built-in records: " + err.Error())
	}
	return r
}

// eventsOf returns the events of a state and a record key, in the order
// records.csv lists them: from the parsed file, or for the built-in
// records (events nil) made from builtin_data.go now.
func (r *Records) eventsOf(state, key string) []Event {
	if r.events != nil {
		return r.events[state+"|"+key]
	}
	i, ok := slices.BinarySearchFunc(builtinPairs[:], builtinPair{state: state, key: key}, func(a, b builtinPair) int {
		if c := strings.Compare(a.state, b.state); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	if !ok {
		return nil
	}
	p := builtinPairs[i]
	out := make([]Event, p.to-p.from)
	for i, e := range builtinEvents[p.from:p.to] {
		out[i] = Event{Action: Action(e.action), Date: dayOf(e.date), Effective: dayOf(e.effective), Articles: e.articles,
			Text: e.text, Note: e.note, Source: e.source, URL: e.url, AsOf: e.as}
	}
	return out
}

// dayOf turns yyyymmdd into the day, in UTC as time.Parse gives it.
func dayOf(d int32) time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d/10000), time.Month(d/100%100), int(d%100), 0, 0, 0, 0, time.UTC)
}

// builtinLibraryFromData makes the built-in Library from builtin_data.go.
func builtinLibraryFromData() *Library {
	l := &Library{
		treaties: make([]*Treaty, len(builtinTreaties)),
		clauses:  make([]*Clause, len(builtinClauseRows)),
		byID:     make(map[string]*Clause, len(builtinClauseRows)),
	}
	ts := make([]Treaty, len(builtinTreaties))
	for i, row := range builtinTreaties {
		ts[i] = Treaty{ID: row.id, Name: row.name, Short: row.short, Concluded: row.concluded, Declaration: row.declaration,
			Languages: row.languages, LanguagesSource: row.languagesSource, Records: row.records, Protocol: row.protocol,
			file: row.file, order: i}
		l.treaties[i] = &ts[i]
	}
	cs := make([]Clause, len(builtinClauseRows))
	for i, row := range builtinClauseRows {
		cs[i] = Clause{ID: row.id, Treaty: l.treaties[row.treaty], Article: row.article, Paragraph: row.paragraph,
			Heading: row.heading, Paragraphs: row.paragraphs, Source: row.source, Note: row.note, order: row.order}
		l.clauses[i] = &cs[i]
		l.byID[row.id] = &cs[i]
	}
	return l
}

// builtinTextsFromData makes the built-in translations from builtin_data.go.
func builtinTextsFromData() *translations {
	tr := &translations{treaties: map[string]map[string]*TreatyText{}, clauses: map[string]map[string]*ClauseText{}}
	ts := make([]TreatyText, len(builtinTreatyTexts))
	for i, row := range builtinTreatyTexts {
		ts[i] = TreatyText{Language: row.lang, Name: row.name, Short: row.short, NameGen: row.nameGen, NameDat: row.nameDat,
			NameAcc: row.nameAcc, ShortGen: row.shortGen, Concluded: row.concluded, NameSource: row.nameSource,
			Status: TextStatus(row.status), Translator: row.translator, StatusSource: row.statusSource}
		if tr.treaties[row.lang] == nil {
			tr.treaties[row.lang] = map[string]*TreatyText{}
			tr.clauses[row.lang] = map[string]*ClauseText{}
		}
		tr.treaties[row.lang][row.id] = &ts[i]
	}
	cs := make([]ClauseText, len(builtinClauseTexts))
	for i, row := range builtinClauseTexts {
		t := &ts[row.treaty]
		cs[i] = ClauseText{Language: t.Language, Treaty: t, Paragraphs: row.paragraphs, Source: row.source, Check: row.check,
			SourceFile: row.sourceFile, CheckFile: row.checkFile, Note: row.note}
		tr.clauses[t.Language][row.id] = &cs[i]
	}
	return tr
}
