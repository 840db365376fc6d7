package treaties

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func eventString(e *Event) string {
	if e == nil {
		return "<nil>"
	}
	if e.Date.IsZero() {
		return string(e.Action)
	}
	return string(e.Action) + " " + e.Date.Format("2006-01-02")
}

// TestStatusFacts spot-checks facts from the UNTC tables (2015), the OHCHR
// exports (2023) and ratifications.csv, across continents and verbs.
func TestStatusFacts(t *testing.T) {
	r := BuiltinRecords()
	for _, tt := range []struct {
		state, treaty string
		signed, bound string // "action date", "" for none
		party         bool
	}{
		// Central Asia
		{"Kazakhstan", "refugee-convention", "", "accession 1999-01-15", true},
		{"Kazakhstan", "refugee-protocol", "", "accession 1999-01-15", true},
		{"Kazakhstan", "cat", "", "accession 1998-08-26", true},
		{"Kazakhstan", "iccpr", "signature 2003-12-02", "ratification 2006-01-24", true},
		{"Kazakhstan", "crc", "signature 1994-02-16", "ratification 1994-08-12", true},
		{"Uzbekistan", "refugee-convention", "", "", false},
		{"Uzbekistan", "refugee-protocol", "", "", false},
		// Europe
		{"Germany", "refugee-convention", "signature 1951-11-19", "ratification 1953-12-01", true},
		{"Germany", "refugee-protocol", "", "accession 1969-11-05", true},
		{"Germany", "cat", "signature 1986-10-13", "ratification 1990-10-01", true},
		{"Czech Republic", "refugee-convention", "", "succession 1993-05-11", true},
		{"Croatia", "cat", "", "succession 1992-10-12", true},
		{"Bosnia and Herzegovina", "iccpr", "", "succession 1993-09-01", true},
		{"Russian Federation", "echr", "", "ratification 1998-05-05", false},
		{"Russian Federation", "refugee-convention", "", "accession 1993-02-02", true},
		{"Türkiye", "refugee-convention", "signature 1951-08-24", "ratification 1962-03-30", true},
		{"Türkiye", "refugee-protocol", "", "accession 1968-07-31", true},
		// Americas
		{"United States of America", "iccpr", "signature 1977-10-05", "ratification 1992-06-08", true},
		{"United States of America", "crc", "signature 1995-02-16", "", false},
		{"United States of America", "cat", "signature 1988-04-18", "ratification 1994-10-21", true},
		{"Brazil", "refugee-convention", "signature 1952-07-15", "ratification 1960-11-16", true},
		{"Brazil", "refugee-protocol", "", "accession 1972-04-07", true},
		{"Argentina", "refugee-convention", "", "accession 1961-11-15", true},
		{"Mexico", "iccpr", "", "accession 1981-03-23", true},
		// Africa
		{"Nigeria", "refugee-convention", "", "accession 1967-10-23", true},
		{"Nigeria", "cat", "signature 1988-07-28", "ratification 2001-06-28", true},
		{"South Africa", "cat", "signature 1993-01-29", "ratification 1998-12-10", true},
		{"Egypt", "cat", "", "accession 1986-06-25", true},
		{"Eritrea", "iccpr", "", "accession 2002-01-22", true},
		{"Angola", "cat", "signature 2013-09-24", "consent 2019-10-02", true}, // after 2015: OHCHR, verb unknown
		// Asia and the Pacific
		{"China", "iccpr", "signature 1998-10-05", "", false},
		{"China", "cat", "signature 1986-12-12", "ratification 1988-10-04", true},
		{"India", "refugee-convention", "", "", false},
		{"India", "iccpr", "", "accession 1979-04-10", true},
		{"Japan", "cat", "", "accession 1999-06-29", true},
		{"Iran (Islamic Republic of)", "refugee-convention", "", "accession 1976-07-28", true},
		{"Fiji", "refugee-convention", "", "succession 1972-06-12", true},
		{"Fiji", "cat", "signature 2016-03-01", "consent 2016-03-14", true},
		{"Australia", "refugee-protocol", "", "accession 1973-12-13", true},
		// Record keys work as well as treaty ids.
		{"Kazakhstan", "REF1951", "", "accession 1999-01-15", true},
		{"Kazakhstan", "ICCPR-OP1", "signature 2007-09-25", "ratification 2009-06-30", true},
	} {
		st, ok := r.State(tt.state)
		if !ok {
			t.Errorf("State(%q) not found", tt.state)
			continue
		}
		s := r.Status(st, tt.treaty)
		if !s.Known {
			t.Errorf("Status(%q, %q).Known = false", tt.state, tt.treaty)
		}
		want := func(w string) string {
			if w == "" {
				return "<nil>"
			}
			return w
		}
		if got := eventString(s.Signed); got != want(tt.signed) {
			t.Errorf("Status(%q, %q).Signed = %v, want %v", tt.state, tt.treaty, got, want(tt.signed))
		}
		if got := eventString(s.Bound); got != want(tt.bound) {
			t.Errorf("Status(%q, %q).Bound = %v, want %v", tt.state, tt.treaty, got, want(tt.bound))
		}
		if s.Party() != tt.party {
			t.Errorf("Status(%q, %q).Party() = %v, want %v", tt.state, tt.treaty, s.Party(), tt.party)
		}
		for _, e := range []*Event{s.Signed, s.Bound, s.Left} {
			if e != nil && (e.Source == "" || e.AsOf == "") {
				t.Errorf("Status(%q, %q): %s has Source %q, AsOf %q; want both", tt.state, tt.treaty, eventString(e), e.Source, e.AsOf)
			}
		}
	}
}

func TestStatusMechanisms(t *testing.T) {
	r := BuiltinRecords()
	for _, tt := range []struct {
		state, treaty string
		action        Action
		date          string // "" for an undated event
		present       bool
	}{
		{"Kazakhstan", "cat", Declaration22, "2008-02-21", true},
		{"Kazakhstan", "iccpr", OptionalProtocol1, "2009-06-30", true},
		{"Russian Federation", "cat", Declaration22, "1991-10-01", true},
		{"Türkiye", "cat", Declaration22, "1988-08-02", true},
		{"Türkiye", "iccpr", OptionalProtocol1, "2006-11-24", true},
		{"Türkiye", "refugee-convention", GeographicLimitation, "", true},
		{"Türkiye", "refugee-protocol", GeographicLimitation, "", true},
		{"Germany", "cat", Declaration22, "2001-10-19", true},
		{"Argentina", "cat", Declaration22, "1986-09-24", true},
		{"Uzbekistan", "iccpr", OptionalProtocol1, "1995-09-28", true},
		{"China", "cat", Declaration22, "", false},
		{"Egypt", "cat", Declaration22, "", false},
		{"Kazakhstan", "refugee-convention", GeographicLimitation, "", false},
	} {
		st, _ := r.State(tt.state)
		e, ok := r.Status(st, tt.treaty).Mechanism(tt.action)
		if ok != tt.present {
			t.Errorf("Status(%q, %q).Mechanism(%s) present = %v, want %v", tt.state, tt.treaty, tt.action, ok, tt.present)
			continue
		}
		if !ok {
			continue
		}
		if tt.date == "" && !e.Date.IsZero() || tt.date != "" && !e.Date.Equal(day(tt.date)) {
			t.Errorf("Status(%q, %q).Mechanism(%s).Date = %v, want %q", tt.state, tt.treaty, tt.action, e.Date, tt.date)
		}
		if e.Source == "" || e.AsOf == "" {
			t.Errorf("Status(%q, %q).Mechanism(%s) has no source or as-of date", tt.state, tt.treaty, tt.action)
		}
	}
	st, _ := r.State("Türkiye")
	if e, _ := r.Status(st, "refugee-convention").Mechanism(GeographicLimitation); !strings.Contains(e.Text, "events occurring in Europe") {
		t.Errorf("Türkiye geographic limitation Text = %q, want it to say %q", e.Text, "events occurring in Europe")
	}
}

func TestRussiaECHR(t *testing.T) {
	r := BuiltinRecords()
	st, _ := r.State("Russia")
	s := r.Status(st, "echr")
	if !s.Known || eventString(s.Bound) != "ratification 1998-05-05" || !s.Left.In().Equal(day("2022-09-16")) || s.Party() {
		t.Errorf("Status(Russia, echr) = Known %v, Bound %v, Left %v, Party %v; want true, ratification 1998-05-05, ceased 2022-09-16, false",
			s.Known, eventString(s.Bound), eventString(s.Left), s.Party())
	}
}

func TestStatusUnknown(t *testing.T) {
	r := BuiltinRecords()
	kz, _ := r.State("Kazakhstan")
	for _, id := range []string{"udhr", "no-such-treaty", ""} {
		if s := r.Status(kz, id); s.Known || s.Bound != nil || s.Party() {
			t.Errorf("Status(Kazakhstan, %q) = %+v, want unknown", id, s)
		}
	}
	// Unverified and derived rows of ratifications.csv are left out:
	// Kazakhstan's 2015 CRPD ratification stays a signature only.
	if s := r.Status(kz, "CRPD"); s.Bound != nil {
		t.Errorf("Status(Kazakhstan, CRPD).Bound = %v, want <nil> (the row is DERIVED)", eventString(s.Bound))
	}
	for _, name := range []string{"Kyrgyzstan", "Uzbekistan"} {
		st, _ := r.State(name)
		if s := r.Status(st, "CRPD"); s.Bound != nil {
			t.Errorf("Status(%s, CRPD).Bound = %v, want <nil> (the row is UNVERIFIED)", name, eventString(s.Bound))
		}
	}
}

func TestStateLookup(t *testing.T) {
	r := BuiltinRecords()
	for _, tt := range []struct{ in, name, iso2, iso3 string }{
		{"Kazakhstan", "Kazakhstan", "KZ", "KAZ"},
		{"kazakhstan", "Kazakhstan", "KZ", "KAZ"},
		{"KZ", "Kazakhstan", "KZ", "KAZ"},
		{"kaz", "Kazakhstan", "KZ", "KAZ"},
		{"Turkey", "Türkiye", "TR", "TUR"},
		{"Turkiye", "Türkiye", "TR", "TUR"},
		{"TÜRKIYE", "Türkiye", "TR", "TUR"},
		{"Russia", "Russian Federation", "RU", "RUS"},
		{"Iran", "Iran (Islamic Republic of)", "IR", "IRN"},
		{"USA", "United States of America", "US", "USA"},
		{"United States", "United States of America", "US", "USA"},
		{"US", "United States of America", "US", "USA"},
		{"UK", "United Kingdom of Great Britain and Northern Ireland", "GB", "GBR"},
		{"Britain", "United Kingdom of Great Britain and Northern Ireland", "GB", "GBR"},
		{"United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "GB", "GBR"},
		{"Vietnam", "Viet Nam", "VN", "VNM"},
		{"Viet Nam", "Viet Nam", "VN", "VNM"},
		{"Syria", "Syrian Arab Republic", "SY", "SYR"},
		{"South Korea", "Republic of Korea", "KR", "KOR"},
		{"North Korea", "Democratic People's Republic of Korea", "KP", "PRK"},
		{"Bolivia", "Bolivia (Plurinational State of)", "BO", "BOL"},
		{"Venezuela", "Venezuela (Bolivarian Republic of)", "VE", "VEN"},
		{"Tanzania", "United Republic of Tanzania", "TZ", "TZA"},
		{"Moldova", "Republic of Moldova", "MD", "MDA"},
		{"Laos", "Lao People's Democratic Republic", "LA", "LAO"},
		{"Czechia", "Czech Republic", "CZ", "CZE"},
		{"Ivory Coast", "Côte d'Ivoire", "CI", "CIV"},
		{"Cote d’Ivoire", "Côte d'Ivoire", "CI", "CIV"},
		{"Swaziland", "Eswatini", "SZ", "SWZ"},
		{"St. Lucia", "Saint Lucia", "LC", "LCA"},
		{"Burma", "Myanmar", "MM", "MMR"},
		{"South Sudan", "South Sudan", "SS", "SSD"},
		{"Holy See", "Holy See", "VA", "VAT"},
	} {
		st, ok := r.State(tt.in)
		if !ok || st.Name != tt.name || st.ISO2 != tt.iso2 || st.ISO3 != tt.iso3 {
			t.Errorf("State(%q) = %+v, %v; want {%s %s %s}", tt.in, st, ok, tt.name, tt.iso2, tt.iso3)
		}
	}
	if st, ok := r.State("Atlantis"); ok {
		t.Errorf("State(%q) = %+v, want not found", "Atlantis", st)
	}
	for _, tt := range []struct{ in, want string }{
		{"Kazakstan", "Kazakhstan"},
		{"Uzbekstan", "Uzbekistan"},
		{"Turky", "Türkiye"},
	} {
		if got := r.SuggestState(tt.in); !slices.Contains(got, tt.want) || len(got) > 3 {
			t.Errorf("SuggestState(%q) = %q, want %q among at most 3", tt.in, got, tt.want)
		}
	}
}

// TestStateCodes checks the generated ISO codes against x/text, and that
// every state appears once.
func TestStateCodes(t *testing.T) {
	states := BuiltinRecords().States()
	if len(states) < 190 {
		t.Errorf("len(States()) = %d, want every UNTC/OHCHR participant (≈198)", len(states))
	}
	seen := map[string]string{}
	for _, st := range states {
		if st.Name == "European Union" {
			if st.ISO2 != "" || st.ISO3 != "" {
				t.Errorf("European Union has ISO codes %s/%s, want none", st.ISO2, st.ISO3)
			}
			continue
		}
		reg, err := language.ParseRegion(st.ISO2)
		if err != nil || reg.ISO3() != st.ISO3 {
			t.Errorf("%s: ISO2 %q → ISO3 %q, records say %q (%v)", st.Name, st.ISO2, reg.ISO3(), st.ISO3, err)
		}
		if prev, ok := seen[st.ISO2]; ok {
			t.Errorf("%s and %s share ISO code %s", prev, st.Name, st.ISO2)
		}
		seen[st.ISO2] = st.Name
	}
}

// TestPassageSentences: a passage is cut only where a sentence ends, not at
// the full stop of an abbreviation or a number.
func TestPassageSentences(t *testing.T) {
	text := "(4) The Government declares that article 13 cannot derogate from chapter IV of Order No. 45-2658 of 2 November 1945 concerning aliens. (5) Article 14 is read with the St. Vincent rules. Article 19 is accepted."
	for _, tt := range []struct{ article, want string }{
		{"13", "(4) The Government declares that article 13 cannot derogate from chapter IV of Order No. 45-2658 of 2 November 1945 concerning aliens."},
		{"14", "(5) Article 14 is read with the St. Vincent rules."},
		{"19", "Article 19 is accepted."},
	} {
		if got := Passage(text, tt.article); got != tt.want {
			t.Errorf("Passage(…, %s) = %q, want %q", tt.article, got, tt.want)
		}
	}
}

// TestTouchesWholeArticle: a statement on a whole article bears on its
// sections; one on another instrument's article bears on none.
func TestTouchesWholeArticle(t *testing.T) {
	for _, tt := range []struct {
		articles []string
		article  string
		want     bool
	}{
		{[]string{"1"}, "1A", true},
		{[]string{"1b"}, "1A", false},
		{[]string{"1"}, "12", false},
		{[]string{"1.2"}, "1A", false},
		{[]string{"33"}, "33", true},
	} {
		if got := touches(tt.articles, tt.article, ""); got != tt.want {
			t.Errorf("touches(%v, %s) = %v, want %v", tt.articles, tt.article, got, tt.want)
		}
	}
}

// TestHeadingInAnItem: "the following reservation" inside a numbered item
// names that item, not the items after it.
func TestHeadingInAnItem(t *testing.T) {
	e := Event{Action: "reservation", Source: "UNTC status page MTDSG IV-4, declarations and reservations, as scraped 2015-03-14",
		Text: "(2) The Government of the Republic enters the following reservation concerning article 4, paragraph 1: the circumstances shall be understood as those of the Constitution. (3) The Government of the Republic declares that article 13 cannot derogate from its law on aliens."}
	got := passages("ICCPR", e, "13", "")
	if len(got) != 1 || got[0].Kind != "" {
		t.Errorf("passages on article 13 = %+v, want one passage of no kind", got)
	}
	if got := passages("ICCPR", e, "4", ""); len(got) != 1 || got[0].Kind != Reservation {
		t.Errorf("passages on article 4 = %+v, want one reservation", got)
	}
}

// TestSignedOnlyLeftOut: a statement made on signature that only keeps the
// right to say more on ratification, glued by the scrape to the text made
// on ratification, is not quoted.
func TestSignedOnlyLeftOut(t *testing.T) {
	text := `Reservation:"The Islamic Republic of Iran is making reservation to the articles and provisions which may be contrary to the Islamic Shariah, and preserves the right to make such particular declaration, upon its ratification".Reservation:"The Government of the Islamic Republic of Iran reserves the right not to apply any provisions or articles of the Convention that are incompatible with Islamic Laws and the international legislation in effect."`
	got := generalPassage(text)
	if strings.Contains(got, "preserves the right") || !strings.HasPrefix(got, "The Government of the Islamic Republic of Iran reserves the right not to apply") {
		t.Errorf("generalPassage = %q, want the ratification's text alone, without its label", got)
	}
}
