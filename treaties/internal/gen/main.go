// Command gen writes the state-party records that package treaties embeds,
// from the shared data folder (UNTC 2015 tables, OHCHR exports and the
// compiled ratifications.csv). It is run by go generate in the treaties
// folder; its output is committed, so nothing else ever reads the shared data.
//
//	go run ./internal/gen -data ../../shared/data -out .
//
// It writes records/states.csv, records/records.csv and
// testdata/treaty-texts.md, and fails rather than guess: a UN name that
// matches no English region name and is not in the table below stops it.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// untcTables are the UNTC participation tables read, by record key.
var untcTables = []struct{ key, file, mtdsg string }{
	{"REF1951", "5-2", "V-2"},
	{"REF1967", "5-5", "V-5"},
	{"CAT", "4-9", "IV-9"},
	{"OPCAT", "4-9-b", "IV-9-b"},
	{"ICCPR", "4-4", "IV-4"},
	{"ICCPR-OP1", "4-5", "IV-5"},
	{"ICESCR", "4-3", "IV-3"},
	{"CRC", "4-11", "IV-11"},
	{"CEDAW", "4-8", "IV-8"},
	{"CERD", "4-2", "IV-2"},
	{"CRPD", "4-15", "IV-15"},
	{"CED", "4-16", "IV-16"},
}

// renamed maps a 2015 UNTC spelling to the current UN spelling, as the OHCHR
// exports (2023/2025) write it.
var renamed = map[string]string{
	"Turkey":                         "Türkiye",
	"Swaziland":                      "Eswatini",
	"St. Kitts and Nevis":            "Saint Kitts and Nevis",
	"St. Lucia":                      "Saint Lucia",
	"St. Vincent and the Grenadines": "Saint Vincent and the Grenadines",
	"The former Yugoslav Republic of Macedonia": "North Macedonia",
	// ratifications.csv writes the new name with the old one in brackets.
	"Türkiye (Turkey)": "Türkiye",
}

// regionFor lists the UN names whose English CLDR region name (x/text
// display.English) differs beyond case, accents, "&"/"and" and "St."/"Saint".
// Every other ISO code is derived by matching names, never typed.
var regionFor = map[string]string{
	"Bolivia (Plurinational State of)":      "Bolivia",
	"Brunei Darussalam":                     "Brunei",
	"Cabo Verde":                            "Cape Verde",
	"Congo":                                 "Congo - Brazzaville",
	"Democratic People's Republic of Korea": "North Korea",
	"Democratic Republic of the Congo":      "Congo - Kinshasa",
	"Eswatini":                              "Swaziland",
	"Holy See":                              "Vatican City",
	"Iran (Islamic Republic of)":            "Iran",
	"Lao People's Democratic Republic":      "Laos",
	"Micronesia (Federated States of)":      "Micronesia",
	"Myanmar":                               "Myanmar (Burma)",
	"North Macedonia":                       "Macedonia",
	"Republic of Korea":                     "South Korea",
	"Republic of Moldova":                   "Moldova",
	"Russian Federation":                    "Russia",
	"State of Palestine":                    "Palestinian Territories",
	"Saint Vincent and the Grenadines":      "St. Vincent & Grenadines",
	"Syrian Arab Republic":                  "Syria",
	"Türkiye":                               "Turkey",
	"United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
	"United Republic of Tanzania":                          "Tanzania",
	"United States of America":                             "United States",
	"Venezuela (Bolivarian Republic of)":                   "Venezuela",
	"Viet Nam":                                             "Vietnam",
	"Czech Republic":                                       "Czechia",
	// The European Union takes part in the CRPD (formal confirmation) but
	// is not a country: it has no ISO 3166-1 code.
	"European Union": "",
}

// aliases are names people write for a state besides its UN name, its
// former UNTC name and its English CLDR name (those are added anyway).
var aliases = map[string][]string{
	"United States of America":                             {"USA", "US", "U.S.", "U.S.A.", "America"},
	"United Kingdom of Great Britain and Northern Ireland": {"UK", "U.K.", "Britain", "Great Britain"},
	"Russian Federation":                                   {"Russia"},
	"Republic of Korea":                                    {"Korea, Republic of", "Korea (Republic of)"},
	"Democratic People's Republic of Korea":                {"DPRK", "Korea, Democratic People's Republic of"},
	"Czech Republic":                                       {"Czechia"},
	"Côte d'Ivoire":                                        {"Ivory Coast", "Cote d'Ivoire"},
	"Democratic Republic of the Congo":                     {"DRC", "DR Congo", "Congo-Kinshasa"},
	"Congo":                                                {"Republic of the Congo", "Congo-Brazzaville"},
	"Myanmar":                                              {"Burma"},
	"Timor-Leste":                                          {"East Timor"},
	"Holy See":                                             {"Vatican"},
	"State of Palestine":                                   {"Palestine"},
	"North Macedonia":                                      {"Macedonia"},
	"Eswatini":                                             {"Swaziland"},
	"Cabo Verde":                                           {"Cape Verde"},
	"Netherlands":                                          {"Holland"},
}

func main() {
	data := flag.String("data", "../../shared/data", "shared data `folder`")
	out := flag.String("out", ".", "package `folder` to write records/ and testdata/ into")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// A record is one row of records.csv.
type record struct {
	State, Key, Action, Date, Note, Source, AsOf string
}

type generator struct {
	data    string
	states  map[string]bool // current UN names
	former  map[string]string
	records []*record
	// consent and signature seen per state|key, to merge OHCHR without duplicates.
	consent map[string]*record
	signed  map[string]*record
	log     io.Writer
}

func run(data, out string) error {
	g := &generator{
		data:    data,
		states:  map[string]bool{},
		former:  map[string]string{},
		consent: map[string]*record{},
		signed:  map[string]*record{},
		log:     os.Stderr,
	}
	if err := g.untc(); err != nil {
		return err
	}
	for _, o := range []struct{ key, file string }{
		{"CAT", "UnderlyingData_CAT_OHCHR_26_11_2024.derived.csv"},
		{"ICCPR", "UnderlyingData_ICCPR_OHCHR_26_11_2024.derived.csv"},
		{"ICESCR", "UnderlyingData_ICESCR_OHCHR_02_07_2026.derived.csv"},
	} {
		if err := g.ohchr(o.key, o.file); err != nil {
			return err
		}
	}
	if err := g.compiled(); err != nil {
		return err
	}
	if err := g.writeRecords(filepath.Join(out, "records", "records.csv")); err != nil {
		return err
	}
	if err := g.writeStates(filepath.Join(out, "records", "states.csv")); err != nil {
		return err
	}
	texts, err := os.ReadFile(filepath.Join(data, "treaty-texts.md"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "testdata", "treaty-texts.md"), texts, 0o644)
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	return r.ReadAll()
}

func (g *generator) state(name string) string {
	name = strings.TrimSpace(name)
	if now, ok := renamed[name]; ok {
		if name != "Türkiye (Turkey)" {
			g.former[now] = name
		}
		name = now
	}
	g.states[name] = true
	return name
}

func (g *generator) add(r record) *record {
	g.records = append(g.records, &r)
	return &r
}

// untcDate turns "26 Aug 1998 a" into ("1998-08-26", "a").
func untcDate(s string) (date, marker string, err error) {
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 4 {
		return "", "", fmt.Errorf("bad UNTC date %q", s)
	}
	t, err := time.Parse("2 Jan 2006", strings.Join(f[:3], " "))
	if err != nil {
		return "", "", err
	}
	if len(f) == 4 {
		marker = f[3]
	}
	return t.Format("2006-01-02"), marker, nil
}

var markers = map[string]string{
	"":   "ratification",
	"a":  "accession",
	"d":  "succession",
	"A":  "acceptance",
	"AA": "approval",
	"c":  "formal-confirmation",
}

func (g *generator) untc() error {
	const asOf = "2015-03-14"
	for _, t := range untcTables {
		rows, err := readCSV(filepath.Join(g.data, "untc-2015", "treaties", t.file+".csv"))
		if err != nil {
			return err
		}
		source := "UNTC status page MTDSG " + t.mtdsg + ", as scraped 2015-03-14"
		// A state absent from a table had taken no action as of the scrape.
		g.add(record{"*", t.key, "covered", "", "a state not listed took no action", source, asOf})
		header := rows[0]
		for i, row := range rows[1:] {
			if len(row) != len(header) {
				return fmt.Errorf("%s.csv:%d: %d fields, want %d", t.file, i+2, len(row), len(header))
			}
			st := g.state(row[0])
			last := row[len(row)-1]
			if len(header) == 3 && row[1] != "" {
				date, marker, err := untcDate(row[1])
				if err != nil {
					return fmt.Errorf("%s.csv:%d: %v", t.file, i+2, err)
				}
				note := ""
				switch marker {
				case "":
				case "d":
					note = "succession to signature"
				default:
					return fmt.Errorf("%s.csv:%d: signature marker %q", t.file, i+2, marker)
				}
				g.signed[st+"|"+t.key] = g.add(record{st, t.key, "signature", date, note, source, asOf})
			}
			if last != "" {
				date, marker, err := untcDate(last)
				if err != nil {
					return fmt.Errorf("%s.csv:%d: %v", t.file, i+2, err)
				}
				action, ok := markers[marker]
				if !ok {
					return fmt.Errorf("%s.csv:%d: unknown marker %q", t.file, i+2, marker)
				}
				note := ""
				if marker != "" {
					note = "UNTC marker: " + marker
				}
				g.consent[st+"|"+t.key] = g.add(record{st, t.key, action, date, note, source, asOf})
			}
		}
	}
	return nil
}

// ohchr adds what the OHCHR dashboard export knows beyond the 2015 tables:
// every state's individual-complaints date (CAT art. 22 declaration, ICCPR
// first Optional Protocol) and signatures or consents after March 2015.
func (g *generator) ohchr(key, file string) error {
	rows, err := readCSV(filepath.Join(g.data, "ohchr", file))
	if err != nil {
		return err
	}
	title := rows[0][0]
	i := strings.Index(title, "[Last Updated: ")
	if i < 0 {
		return fmt.Errorf("%s: no Last Updated stamp", file)
	}
	stamp, err := time.Parse("02/01/2006", title[i+len("[Last Updated: "):][:10])
	if err != nil {
		return fmt.Errorf("%s: %v", file, err)
	}
	asOf := stamp.Format("2006-01-02")
	source := "OHCHR ratification dashboard export (" + key + "), last updated " + asOf
	g.add(record{"*", key, "covered", "", "a state with no dates took no action", source, asOf})
	if key == "ICCPR" {
		g.add(record{"*", "ICCPR-OP1", "covered", "", "a state with no date of acceptance of individual communications is not a party", source, asOf})
	}
	agree, differ := 0, 0
	for _, row := range rows[2:] {
		if row[0] == "" || strings.HasPrefix(row[0], "Definitions") || strings.HasPrefix(row[0], "Source:") {
			continue
		}
		st := g.state(row[0])
		id := st + "|" + key
		if sig := row[1]; sig != "" {
			if old := g.signed[id]; old == nil {
				g.signed[id] = g.add(record{st, key, "signature", sig, "", source, asOf})
			} else if old.Date != sig {
				fmt.Fprintf(g.log, "gen: %s %s signature: UNTC %s, OHCHR %s (OHCHR kept)\n", st, key, old.Date, sig)
				old.Date, old.Note, old.Source, old.AsOf = sig, "UNTC 2015 gave "+old.Date, source, asOf
				differ++
			}
		}
		if c := row[2]; c != "" {
			if old := g.consent[id]; old == nil {
				// The export does not say ratification or accession, and
				// guessing the verb from a signature would state as certain
				// what the source does not.
				g.consent[id] = g.add(record{st, key, "consent", c, "ratification or accession; the source does not say which", source, asOf})
			} else if old.Date != c {
				fmt.Fprintf(g.log, "gen: %s %s consent: UNTC %s, OHCHR %s (OHCHR date kept)\n", st, key, old.Date, c)
				old.Note = strings.TrimPrefix(old.Note+"; UNTC 2015 gave "+old.Date, "; ")
				old.Date, old.Source, old.AsOf = c, source, asOf
				differ++
			} else {
				agree++
			}
		}
		if len(row) > 3 && row[3] != "" {
			switch key {
			case "CAT":
				g.add(record{st, key, "declaration-art22", row[3], "declaration under article 22 recognising the competence of the Committee against Torture to receive individual communications", source, asOf})
			case "ICCPR":
				note := "party to the first Optional Protocol (individual communications to the Human Rights Committee)"
				// The same date is the consent to the Protocol itself.
				op := st + "|ICCPR-OP1"
				if old := g.consent[op]; old == nil {
					g.consent[op] = g.add(record{st, "ICCPR-OP1", "consent", row[3], "ratification or accession; the source does not say which", source, asOf})
				} else if old.Date != row[3] {
					// Sources that disagree are both kept, each saying so.
					fmt.Fprintf(g.log, "gen: %s ICCPR-OP1: UNTC %s, OHCHR %s (both noted)\n", st, old.Date, row[3])
					note += "; UNTC 2015 gives " + old.Date + " for the Protocol: check UNTC"
					old.Note = strings.TrimPrefix(old.Note+"; OHCHR 2023 gives "+row[3]+": check UNTC", "; ")
				}
				g.add(record{st, key, "optional-protocol-1", row[3], note, source, asOf})
			}
		}
	}
	fmt.Fprintf(g.log, "gen: %s: %d consent dates agree with UNTC 2015, %d differ\n", key, agree, differ)
	return nil
}

// compiled adds the rows of ratifications.csv that neither the UNTC tables
// nor the OHCHR exports hold. Rows marked DERIVED or UNVERIFIED are left out:
// a letter must not state them as facts.
func (g *generator) compiled() error {
	rows, err := readCSV(filepath.Join(g.data, "ratifications.csv"))
	if err != nil {
		return err
	}
	for i, row := range rows[1:] {
		line := i + 2
		st, key, action, date, note, source, asOf := g.state(row[0]), row[1], row[3], row[4], row[6], row[7], row[8]
		switch {
		case strings.HasPrefix(source, "UNTC status page"), strings.HasPrefix(source, "OHCHR status-of-ratification"):
			continue // already read from the tables themselves
		case strings.Contains(note, "UNVERIFIED"), strings.Contains(note, "DERIVED"):
			fmt.Fprintf(g.log, "gen: ratifications.csv:%d: %s %s %s left out (%s)\n", line, st, key, action, strings.SplitN(note, ":", 2)[0])
			continue
		}
		switch action {
		case "accession":
			if old := g.consent[st+"|"+key]; old != nil && old.Date == date && old.Action == action {
				continue // confirms UNTC
			}
			return fmt.Errorf("ratifications.csv:%d: accession not in UNTC", line)
		case "ratification":
			if key != "ECHR" {
				return fmt.Errorf("ratifications.csv:%d: unexpected ratification row", line)
			}
			g.add(record{st, key, "ratification", date, "", "Council of Europe Treaty Office, list of declarations (Russian Federation)", "2014-10-23"})
		case "ceased_to_be_party":
			g.add(record{st, key, "ceased", date, "expelled from the Council of Europe on 16 March 2022; ceased to be a High Contracting Party on 16 September 2022", "Council of Europe Committee of Ministers, press release of 23 March 2022", "2022-03-23"})
		case "declaration_art21":
			g.add(record{st, key, "declaration-art21", "", "made in 2008 (year only): CAT/C/KAZ/CO/2 (12 December 2008)", "OHCHR CAT/C/KAZ/CO/2, concluding observations", "2008-12-12"})
		case "declaration_geographic_limitation":
			src := "UNTC declarations MTDSG V-5, as scraped 2015-03-14"
			n := "applies the Convention only to persons who have become refugees as a result of events occurring in Europe (declaration under article 1 B (1) (a))"
			g.add(record{st, "REF1951", "geographic-limitation", "", n, src, "2015-03-14"})
			g.add(record{st, "REF1967", "geographic-limitation", "", n + ", maintained on accession to the Protocol", src, "2015-03-14"})
		default:
			return fmt.Errorf("ratifications.csv:%d: action %q not handled", line, action)
		}
		_ = asOf
	}
	g.add(record{"*", "ECHR", "partial", "", "only the Russian Federation's ratification and cessation were read", "Council of Europe", "2022-03-23"})
	return nil
}

func (g *generator) writeRecords(path string) error {
	sort.SliceStable(g.records, func(i, j int) bool {
		a, b := g.records[i], g.records[j]
		if a.State != b.State {
			return a.State < b.State
		}
		return a.Key < b.Key
	})
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"state", "treaty", "action", "date", "note", "source", "as_of"})
	for _, r := range g.records {
		w.Write([]string{r.State, r.Key, r.Action, r.Date, r.Note, r.Source, r.AsOf})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// fold is how names are compared with CLDR's: no accents, lower case,
// "&" as "and", "St." as "Saint", typographic apostrophes straightened.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, _ = transform.String(t, s)
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "&", "and", "st. ", "saint ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// regions maps folded English region names to ISO 3166 regions, built by
// parsing every two-letter code x/text knows.
func regions() map[string]language.Region {
	m := map[string]language.Region{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.ISO3() == "ZZZ" {
				continue
			}
			m[fold(display.English.Regions().Name(r))] = r
		}
	}
	return m
}

func (g *generator) writeStates(path string) error {
	byName := regions()
	names := make([]string, 0, len(g.states))
	for n := range g.states {
		names = append(names, n)
	}
	slices.Sort(names)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"name", "iso2", "iso3", "former", "aliases"})
	var missing []string
	for _, n := range names {
		want := n
		if r, ok := regionFor[n]; ok {
			want = r
		}
		var iso2, iso3, cldr string
		if want != "" {
			r, ok := byName[fold(want)]
			if !ok {
				missing = append(missing, n)
				continue
			}
			iso2, iso3, cldr = r.String(), r.ISO3(), display.English.Regions().Name(r)
		}
		var al []string
		for _, a := range append(slices.Clone(aliases[n]), cldr) {
			if a != "" && fold(a) != fold(n) && fold(a) != fold(g.former[n]) && !slices.ContainsFunc(al, func(b string) bool { return fold(a) == fold(b) }) {
				al = append(al, a)
			}
		}
		w.Write([]string{n, iso2, iso3, g.former[n], strings.Join(al, "|")})
	}
	if len(missing) > 0 {
		return fmt.Errorf("no English region name matches %q: add them to regionFor", missing)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
