// Command gen writes the state-party records that package treaties embeds,
// from the data folder (UNTC 2015 tables with their reservations and
// declarations, OHCHR exports and the compiled ratifications.csv) and the
// hand-compiled, sourced facts in the package's sources/*.csv. It is run by
// go generate in the treaties folder; its output is committed, so nothing
// else ever reads the data folder.
//
//	go run ./internal/gen -data ../../shared/data -out .
//
// It writes records/states.csv and records/records.csv, and fails rather
// than guess: a UN name that matches no English region name and is not in
// the table below, a fact without its source, an unknown action or a bad
// date stops it. Where the UNTC and OHCHR tables disagree, both facts are
// kept, and package treaties uses the depositary's.
package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
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

	"github.com/appeal-letters/appeal/treaties"
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
	Effective, Article, Text, URL                string
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
	if err := g.declarations(); err != nil {
		return err
	}
	if err := g.sources(filepath.Join(out, "sources")); err != nil {
		return err
	}
	if err := g.writeRecords(filepath.Join(out, "records", "records.csv")); err != nil {
		return err
	}
	return g.writeStates(filepath.Join(out, "records", "states.csv"))
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
		url := untcURL(t.mtdsg)
		// A state absent from a table had taken no action as of the scrape.
		g.add(record{State: "*", Key: t.key, Action: "covered", Note: "a state not listed took no action", Source: source, AsOf: asOf, URL: url})
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
				g.signed[st+"|"+t.key] = g.add(record{State: st, Key: t.key, Action: "signature", Date: date, Note: note, Source: source, AsOf: asOf, URL: url})
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
				g.consent[st+"|"+t.key] = g.add(record{State: st, Key: t.key, Action: action, Date: date, Note: note, Source: source, AsOf: asOf, URL: url})
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
	const url = "https://indicators.ohchr.org/"
	rec := func(st, k, action, date, note string) record {
		return record{State: st, Key: k, Action: action, Date: date, Note: note, Source: source, AsOf: asOf, URL: url}
	}
	g.add(rec("*", key, "covered", "", "a state with no dates took no action"))
	if key == "ICCPR" {
		g.add(rec("*", "ICCPR-OP1", "covered", "", "a state with no date of acceptance of individual communications is not a party"))
	}
	agree, differ := 0, 0
	// A date the depositary's table (UNTC) gives differently is kept
	// beside it, so that the difference shows and the depositary wins.
	for _, row := range rows[2:] {
		if row[0] == "" || strings.HasPrefix(row[0], "Definitions") || strings.HasPrefix(row[0], "Source:") {
			continue
		}
		st := g.state(row[0])
		id := st + "|" + key
		if sig := row[1]; sig != "" {
			if old := g.signed[id]; old == nil {
				g.signed[id] = g.add(rec(st, key, "signature", sig, ""))
			} else if old.Date != sig {
				fmt.Fprintf(g.log, "gen: %s %s signature: UNTC %s, OHCHR %s (both kept)\n", st, key, old.Date, sig)
				g.add(rec(st, key, "signature", sig, "differs from the UNTC table"))
				differ++
			}
		}
		if c := row[2]; c != "" {
			if old := g.consent[id]; old == nil {
				// The export does not say ratification or accession, and
				// guessing the verb from a signature would state as certain
				// what the source does not.
				g.consent[id] = g.add(rec(st, key, "consent", c, "ratification or accession; the source does not say which"))
			} else if old.Date != c {
				fmt.Fprintf(g.log, "gen: %s %s consent: UNTC %s, OHCHR %s (both kept)\n", st, key, old.Date, c)
				g.add(rec(st, key, "consent", c, "differs from the UNTC table"))
				differ++
			} else {
				agree++
			}
		}
		if len(row) > 3 && row[3] != "" {
			switch key {
			case "CAT":
				g.add(rec(st, key, "declaration-art22", row[3], "declaration under article 22 recognising the competence of the Committee against Torture to receive individual communications"))
			case "ICCPR":
				// The same date is the consent to the Protocol itself.
				op := st + "|ICCPR-OP1"
				if old := g.consent[op]; old == nil {
					g.consent[op] = g.add(rec(st, "ICCPR-OP1", "consent", row[3], "ratification or accession; the source does not say which"))
				} else if old.Date != row[3] {
					fmt.Fprintf(g.log, "gen: %s ICCPR-OP1: UNTC %s, OHCHR %s (both kept)\n", st, old.Date, row[3])
					g.add(rec(st, "ICCPR-OP1", "consent", row[3], "differs from the UNTC table"))
				}
				g.add(rec(st, key, "optional-protocol-1", row[3], "party to the first Optional Protocol (individual communications to the Human Rights Committee)"))
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
			g.add(record{State: st, Key: key, Action: "ratification", Date: date, Source: "Council of Europe Treaty Office, list of declarations (Russian Federation)", AsOf: "2014-10-23"})
		case "ceased_to_be_party":
			g.add(record{State: st, Key: key, Action: "ceased", Date: date, Note: "expelled from the Council of Europe on 16 March 2022; ceased to be a High Contracting Party on 16 September 2022", Source: "Council of Europe Committee of Ministers, press release of 23 March 2022", AsOf: "2022-03-23"})
		case "declaration_art21":
			g.add(record{State: st, Key: key, Action: "declaration-art21", Note: "made in 2008 (year only): CAT/C/KAZ/CO/2 (12 December 2008)", Source: "OHCHR CAT/C/KAZ/CO/2, concluding observations", AsOf: "2008-12-12"})
		case "declaration_geographic_limitation":
			continue // in sources/un-refugee.csv, with the other states that keep one
		default:
			return fmt.Errorf("ratifications.csv:%d: action %q not handled", line, action)
		}
		_ = asOf
	}
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
	w.Write(recordsHeader)
	// A source's address is written once, on its first row: package
	// treaties gives it to every row of that source.
	urls := map[string]string{}
	for _, r := range g.records {
		url := r.URL
		if urls[r.Source] == url {
			url = ""
		} else if urls[r.Source] == "" {
			urls[r.Source] = url
		}
		w.Write([]string{r.State, r.Key, r.Action, r.Date, r.Effective, r.Article, r.Text, r.Note, r.Source, url, r.AsOf})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

var recordsHeader = []string{"state", "treaty", "action", "date", "effective", "article", "text", "note", "source", "source_url", "as_of"}

// untcURL is the address of a UNTC status page, "IV-9" → chapter 4.
func untcURL(mtdsg string) string {
	chapter := map[string]string{"IV": "4", "V": "5"}[strings.SplitN(mtdsg, "-", 2)[0]]
	return "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=" + mtdsg + "&chapter=" + chapter
}

// declarationTables are the UNTC "Declarations and Reservations" sections
// whose texts are copied, by record key.
var declarationTables = []struct{ key, file, mtdsg string }{
	{"REF1951", "5-2", "V-2"},
	{"REF1967", "5-5", "V-5"},
	{"CAT", "4-9", "IV-9"},
	{"ICCPR", "4-4", "IV-4"},
	{"ICCPR-OP1", "4-5", "IV-5"},
	{"CRC", "4-11", "IV-11"},
}

// declarations copies each state's reservations, declarations and
// understandings, as the UNTC page's section holds them (one block a
// state, made on signature or on joining; the scrape keeps no dates).
// An entry that only points to another chapter ("See chapter IV.3.") is
// replaced by the text it points to, and says so; a statement made on
// signature that reserves the right to say more on ratification is kept
// apart from what the state said on joining, and marked as not in force.
func (g *generator) declarations() error {
	blocks := map[string]map[string]string{} // file -> UNTC name -> text
	read := func(file string) (map[string]string, error) {
		if b, ok := blocks[file]; ok {
			return b, nil
		}
		data, err := os.ReadFile(filepath.Join(g.data, "untc-2015", "declarations", file+".txt"))
		if err != nil {
			return nil, err
		}
		b := map[string]string{}
		var order []string
		for _, block := range strings.Split("\n"+string(data), "\n#")[1:] {
			name, text, _ := strings.Cut(block, "\n")
			b[name] = unglue(strings.Join(strings.Fields(text), " "))
			order = append(order, name)
		}
		b["\x00order"] = strings.Join(order, "\x00")
		blocks[file] = b
		return b, nil
	}
	for _, t := range declarationTables {
		b, err := read(t.file)
		if err != nil {
			return err
		}
		source := "UNTC status page MTDSG " + t.mtdsg + ", declarations and reservations, as scraped 2015-03-14"
		for _, name := range strings.Split(b["\x00order"], "\x00") {
			text := b[name]
			if text == "" {
				continue
			}
			st := g.state(name)
			note := ""
			src := source
			if m := seeChapter.FindStringSubmatchIndex(text); m != nil {
				chapter, number, pointer := text[m[2]:m[3]], text[m[4]:m[5]], strings.TrimSpace(text[m[0]:m[1]])
				file := map[string]string{"IV": "4", "V": "5"}[chapter] + "-" + number
				other, err := read(file)
				if err != nil {
					return fmt.Errorf("%s %s: %q: %w", t.mtdsg, name, text[m[0]:m[1]], err)
				}
				target := other[name]
				if target == "" {
					return fmt.Errorf("%s %s: %q points to no text", t.mtdsg, name, text[m[0]:m[1]])
				}
				text = strings.TrimSpace(text[:m[0]] + " " + target + " " + text[m[1]:])
				note = "the UNTC entry reads \"" + pointer + "\": this is the text given there"
				src = source + "; text from MTDSG " + chapter + "-" + number + ", to which it points"
			}
			if loc := signatureStatement.FindStringIndex(text); loc != nil && loc[0] == 0 && loc[1] < len(text) {
				sig := strings.TrimSpace(text[:loc[1]])
				g.add(record{State: st, Key: t.key, Action: "declaration", Text: sig,
					Article: strings.Join(treaties.Articles(sig), ";"),
					Note:    treaties.SignatureOnly + ", reserving the right to say more on ratification; replaced by the text that follows it on the UNTC page",
					Source:  src, URL: untcURL(t.mtdsg), AsOf: "2015-03-14"})
				text = strings.TrimSpace(text[loc[1]:])
			}
			if derogationNotice(text) {
				continue
			}
			articles := treaties.Articles(text)
			for _, a := range treaties.Topics(t.key, text) {
				if !slices.Contains(articles, a) {
					articles = append(articles, a)
				}
			}
			g.add(record{State: st, Key: t.key, Action: declarationKind(text), Text: text,
				Article: strings.Join(articles, ";"), Note: note,
				Source: src, URL: untcURL(t.mtdsg), AsOf: "2015-03-14"})
		}
	}
	return nil
}

// derogationNotice reports whether a state's text is a notification
// under article 4(3) of the ICCPR (a derogation, its extension or its
// end) rather than a reservation or declaration: the UNTC page lists
// such notices among the declarations (Peru's 2014 state of emergency,
// "the rights relating to … freedom of movement … will be suspended"),
// but they bind the state to nothing and limit no article for good.
// It is known by its words: a state of emergency or a derogation,
// together with rights suspended or article 4(3) named. A text that
// also reserves or interprets is kept whole, as the reservation it holds
// must not be lost (France's reservation to article 4(1) speaks of the
// state of emergency, but suspends nothing and names no paragraph 3).
func derogationNotice(text string) bool {
	t := strings.ToLower(text)
	emergency := strings.Contains(t, "state of emergency") || strings.Contains(t, "derogat")
	notified := strings.Contains(t, "suspended") || article43.MatchString(t)
	kept := strings.Contains(t, "reserv") || strings.Contains(t, "interpret") || strings.Contains(t, "understand")
	return emergency && notified && !kept
}

// article43 names article 4(3), under which derogations are notified.
var article43 = regexp.MustCompile(`article 4\s*\(3\)|article 4,? paragraph 3|paragraph 3 of article 4`)

// seeChapter is an entry that points to another chapter's text:
// "See chapter IV.3." (Egypt's declaration on both Covenants).
var seeChapter = regexp.MustCompile(`See chapter (IV|V)\.([0-9]+)\.?`)

// signatureStatement is a statement made on signature that reserves the
// right to communicate reservations or declarations on ratification
// (Germany, CAT): what the state said on ratifying follows it.
var signatureStatement = regexp.MustCompile(`^[^.]*\breserves? the right to (?:communicate|make|formulate)[^.]*\bupon ratification\b[^.]*\.`)

// The scrape lost the line breaks between a text's paragraphs, gluing
// "society.The", "(2)That" and a heading "Article 3" to the sentence that
// follows it; unglue puts back a space there, and changes nothing else.
//
// It also puts back the space around a list's item markers, which the
// scrape glued to the words on both sides: "bound by:a)Article 7" is
// "bound by: a) Article 7", "State of Qatar :1) partially withdraws …,
// and2) withdraws" is "… : 1) partially withdraws …, and 2) withdraws".
var (
	glueSentence = regexp.MustCompile(`([a-z0-9)][.;:])([A-Z(])`)
	glueNumber   = regexp.MustCompile(`(\([0-9a-z]{1,4}\))([A-Z])`)
	glueHeading  = regexp.MustCompile(`(\b[Aa]rticle [0-9]+)([A-Z][a-z])`)
	// A marker "a)" or "1)" glued to the punctuation, or the word "and",
	// before it, and to the word after it.
	glueBefore = regexp.MustCompile(`([.;:"“”]|\band|\bor)([a-z]\)|[0-9]{1,2}\))`)
	glueAfter  = regexp.MustCompile(`(\s[a-z]\)|\s[0-9]{1,2}\))([A-Za-z])`)
)

func unglue(s string) string {
	s = glueSentence.ReplaceAllString(s, "$1 $2")
	s = glueNumber.ReplaceAllString(s, "$1 $2")
	s = glueBefore.ReplaceAllString(s, "$1 $2")
	s = glueAfter.ReplaceAllString(s, "$1 $2")
	return glueHeading.ReplaceAllString(s, "$1 $2")
}

// declarationKind names what a state's text is by its own words.
func declarationKind(text string) string {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "reserv"):
		return "reservation"
	case strings.Contains(t, "understand"):
		return "understanding"
	}
	return "declaration"
}

// sourcesHeader is the header every sources/*.csv file starts with; a
// file may add columns after these, which are ignored.
var sourcesHeader = []string{"state", "treaty", "action", "date", "effective", "article", "text", "source", "source_url", "as_of"}

var sourceActions = map[string]bool{
	"signature": true, "ratification": true, "accession": true, "succession": true, "consent": true,
	"denunciation": true, "ceased": true, "declaration-art22": true, "withdrawal-art22": true,
	"geographic-limitation": true, "limitation-withdrawn": true,
	"reservation": true, "declaration": true, "understanding": true,
	"not-party": true,
}

// sources reads the hand-compiled, sourced facts in dir/*.csv (one file
// per source or subject: un-*.csv, coe-*.csv, oas-*.csv, au-*.csv). These
// lists are partial: a state missing from one is unknown, never "not a
// party", so no file makes a treaty covered.
func (g *generator) sources(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return err
	}
	slices.Sort(files)
	for _, file := range files {
		rows, err := readCSV(file)
		if err != nil {
			return err
		}
		name := filepath.Base(file)
		if len(rows) == 0 || len(rows[0]) < len(sourcesHeader) || !slices.Equal(rows[0][:len(sourcesHeader)], sourcesHeader) {
			return fmt.Errorf("%s: the header must start %s", name, strings.Join(sourcesHeader, ","))
		}
		for i, row := range rows[1:] {
			line := i + 2
			if len(row) < len(sourcesHeader) {
				return fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(row), len(sourcesHeader))
			}
			r := record{State: strings.TrimSpace(row[0]), Key: row[1], Action: row[2], Date: row[3], Effective: row[4],
				Article: row[5], Text: strings.Join(strings.Fields(row[6]), " "), Source: row[7], URL: row[8], AsOf: row[9]}
			if now, ok := renamed[r.State]; ok {
				r.State = now
			}
			if !g.states[r.State] {
				return fmt.Errorf("%s:%d: unknown state %q: use the UN name as records/states.csv spells it", name, line, r.State)
			}
			if !sourceActions[r.Action] {
				return fmt.Errorf("%s:%d: unknown action %q", name, line, r.Action)
			}
			for _, d := range []string{r.Date, r.Effective, r.AsOf} {
				if _, err := time.Parse("2006-01-02", d); d != "" && err != nil {
					return fmt.Errorf("%s:%d: %v", name, line, err)
				}
			}
			if r.Source == "" || r.AsOf == "" {
				return fmt.Errorf("%s:%d: every fact needs its source and as_of", name, line)
			}
			if r.Action == "denunciation" && r.Effective == "" && r.Date == "" {
				return fmt.Errorf("%s:%d: a denunciation needs its date or the date it took effect", name, line)
			}
			g.add(r)
		}
	}
	return nil
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
