package letter

import (
	"strings"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
)

// Forms of address: how a letter greets its recipient, closes, and names
// a person after the first time. The rules are those of English
// correspondence with officials (see the README, "Forms of address").

// particles belong to the family name that follows them: "van der Berg",
// "de la Cruz", "al-Masri" is one word already.
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "dos": true, "das": true, "du": true, "la": true, "le": true,
	"ter": true, "ten": true, "zu": true, "al": true, "el": true, "bin": true, "ibn": true,
	"bint": true, "ben": true, "abu": true, "y": false,
}

// postNominals follow a name and are never part of it: "MP", "QC", "PhD".
var postNominals = map[string]bool{
	"MP": true, "MEP": true, "QC": true, "KC": true, "PhD": true, "MBE": true, "OBE": true,
	"CBE": true, "KBE": true, "DBE": true, "MSP": true, "MS": false, "TD": true, "Jr": true,
	"Jr.": true, "Sr": true, "Sr.": true, "Esq": true, "Esq.": true, "JP": true, "MLA": true, "MPP": true,
}

var koreanGiven = lazyregexp.New(`^[A-Z][a-z]+-[a-z]+$`)

var parenthesised = lazyregexp.New(`\s*[(（][^)）]*[)）]`)

// plainName is a name without post-nominals or a parenthesised part (a
// title, or the name in another script): "Jane Smith MP" → "Jane Smith",
// "Ivan Petrov (Иван Петров)" → "Ivan Petrov".
func plainName(name string) string {
	name = parenthesised.ReplaceAllString(name, "")
	words := strings.Fields(strings.ReplaceAll(name, ",", " "))
	for len(words) > 1 && postNominals[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// familyName guesses the family name in a full name written given name
// first: the last word with any particles before it ("van der Berg"). It
// reports whether the guess may well be wrong: a name of three or more
// words (two family names, as in Spanish: "García López"), or a name that
// looks written family name first ("Wang Lihua").
func familyName(name string) (family string, doubtful bool) {
	words := strings.Fields(plainName(name))
	if len(words) == 0 {
		return "", false
	}
	i := len(words) - 1
	for i > 0 && particles[strings.ToLower(words[i-1])] {
		i--
	}
	if len(words) == 2 && koreanGiven.MatchString(words[1]) {
		// "Kim Chol-su": a Korean given name, hyphenated, after the family name.
		return words[0], true
	}
	family = strings.Join(words[i:], " ")
	given := words[:i]
	doubtful = len(given) > 1 || (len(given) == 1 && familyFirst[words[0]]) || hasHan(name)
	return family, doubtful
}

// familyFirst are common family names of languages that write the family
// name first (Chinese, Korean, Vietnamese): a name that starts with one is
// probably written that way, and the salutation must not guess.
var familyFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin
		Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
		Jiang Yu Du Ye Cheng Wei Su Lü Ding Ren Lu Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia
		Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao
		Wan Qian Dai Mo Kong Xiang Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le
		Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly`) {
		m[n] = true
	}
	return m
}()

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF {
			return true
		}
	}
	return false
}

// excellency reports whether a recipient is addressed in the second person
// by a style, "Your Excellency," or a monarch's "Your Majesty," or "Your
// Highness,": see honour.
func excellency(r cases.Recipient) bool {
	return honour(r) != ""
}

// honour is the style a recipient is addressed by: "Excellency" for "H.E."
// and the offices that take it (head of state or government, minister,
// ambassador), "Majesty" for a king, queen or sultan, "Highness" for an
// emir, "Royal Highness" for a crown prince; "" for anyone else.
func honour(r cases.Recipient) string {
	h := strings.ToLower(strings.TrimSpace(r.Honorific))
	switch {
	case strings.HasPrefix(h, "h.m") || strings.Contains(h, "majesty"):
		return "Majesty"
	case strings.HasPrefix(h, "h.r.h") || strings.Contains(h, "royal highness"):
		return "Royal Highness"
	case strings.HasPrefix(h, "h.h") || strings.Contains(h, "highness"):
		return "Highness"
	case strings.HasPrefix(h, "h.e") || strings.HasPrefix(h, "he ") || h == "he" || strings.Contains(h, "excellency"):
		return "Excellency"
	}
	m := excellencyOffice.FindString(r.Title)
	if m == "" || notExcellency.MatchString(r.Title) || subNational.MatchString(r.Title) {
		return ""
	}
	switch strings.ToLower(m) {
	case "king", "queen", "sultan":
		return "Majesty"
	case "emir":
		return "Highness"
	case "president":
		// The president of a state, not of a council, an office or a court.
		if presidentOfBody.MatchString(r.Title) {
			return ""
		}
	}
	if crownPrince.MatchString(r.Title) {
		return "Royal Highness"
	}
	return "Excellency"
}

// honourPrefix is what goes before the name in the address: "H.E.",
// "H.M.", "H.H.", "H.R.H.".
func honourPrefix(style string) string {
	switch style {
	case "Majesty":
		return "H.M."
	case "Highness":
		return "H.H."
	case "Royal Highness":
		return "H.R.H."
	}
	return "H.E."
}

var (
	excellencyOffice = lazyregexp.New(`(?i)\b(president|prime minister|minister|ambassador|king|queen|emir|sultan|crown prince|head of state|federal chancellor|bundeskanzler(in)?)\b`)
	notExcellency    = lazyregexp.New(`(?i)\b(vice|deputy|assistant|presidential|court|tribunal|judge)\b`)
	// presidentOfBody: a president of a body, not of a state.
	// subNational: an office of a region, province or federal state, not
	// of the state: "State Minister of the Interior of Bavaria".
	subNational     = lazyregexp.New(`(?i)\b(state minister|regional|provincial|cantonal|municipal|county|province|region|canton|land|länder|bavaria|bavarian|city|mayor|governor|oblast|krai)\b`)
	presidentOfBody = lazyregexp.New(`(?i)\b(council|office|agency|bureau|commission|committee|authority|board|service|department|university|association|chamber|institute|bar|senate|assembly|parliament|region|province|club|federal office)\b`)
	crownPrince     = lazyregexp.New(`(?i)\bcrown prince\b`)
)

// styles are honorifics that are forms of a title, not a title to put
// before a family name: "Dear The Rt Hon Smith" is wrong.
var styles = lazyregexp.New(`(?i)^(the\s+)?(rt\.?\s+|right\s+)?(hon\.?|honourable|honorable)$`)

// salutation greets the recipient: "Your Excellency,", "Dear Mr Daulbayev,",
// "Dear Ms García López,", "Dear Judge Smith,"; guess says why the default
// may be wrong, for validate ("" when it is not a guess).
func salutation(r cases.Recipient) (s, guess string) {
	if r.Salutation != "" {
		return prose(r.Salutation), ""
	}
	if style := honour(r); style != "" {
		return "Your " + style + ",", ""
	}
	h := honorific(r.Honorific)
	name := clean(plainName(r.Name))
	if name == "" {
		name = clean(r.Name)
	}
	switch {
	case h == "":
		return "Dear " + name + ",", "recipient.honorific is not given, so the salutation greets the full name (\"Dear " + name + ",\"); give honorific (Mr, Ms, Dr …), or set recipient.salutation"
	case styles.MatchString(h):
		family, _ := familyName(r.Name)
		return "Dear " + name + ",", "\"" + h + "\" is a style, not a title to put before a family name; the salutation is \"Dear " + name + ",\": set recipient.salutation, by name (\"Dear Ms " + family + ",\" or \"Dear Mr " + family + ",\") or by office (" + officeSalutation(r.Title) + ", closing \"Yours faithfully,\")"
	case r.FamilyName != "":
		return "Dear " + h + " " + clean(r.FamilyName) + ",", ""
	}
	family, doubtful := familyName(r.Name)
	if family == "" {
		return "Dear Sir or Madam,", "recipient.name \"" + clean(r.Name) + "\" has no name to greet, so the salutation is \"Dear Sir or Madam,\"; give the official's name, or set recipient.salutation"
	}
	s = "Dear " + h + " " + family + ","
	if doubtful {
		guess = "the salutation takes \"" + family + "\" as the family name (\"" + s + "\"); if it is not, set family_name to the family name as written in name"
	}
	return s, guess
}

// officeSalutation suggests how to greet a recipient by their office, from
// their own title: "Dear Home Secretary," for the Home Secretary, "Dear
// Cabinet Secretary," for the Cabinet Secretary for the Interior, "Dear
// Secretary," for the Secretary of Homeland Security; a title too long to
// greet by gets the pattern only.
func officeSalutation(title string) string {
	t := clean(title)
	t = strings.TrimPrefix(strings.TrimPrefix(t, "The "), "the ")
	if i := strings.IndexAny(t, ",;("); i >= 0 {
		t = t[:i]
	}
	for _, sep := range []string{" of ", " for ", " to ", " and ", " at ", " in "} {
		if i := strings.Index(t, sep); i >= 0 {
			t = t[:i]
		}
	}
	t = strings.TrimSpace(t)
	if words := strings.Fields(t); len(words) == 0 || len(words) > 3 || !officeWord[strings.ToLower(words[len(words)-1])] {
		return "\"Dear\" and the office, e.g. \"Dear Minister,\""
	}
	return "e.g. \"Dear " + t + ",\""
}

// closing is the complimentary close that goes with the salutation:
// "Yours sincerely," after "Dear" and a name, "Yours faithfully," after
// "Dear Sir or Madam", an office or any greeting that is not by name ("My
// Lady,", "Sir,"), and the diplomatic form after "Your Excellency,".
func closing(salutation string, v voice) string {
	switch {
	case salutation == "Your Excellency," || salutation == "Your Majesty," || salutation == "Your Highness," || salutation == "Your Royal Highness,":
		return "Please accept, " + strings.TrimSuffix(salutation, ",") + ", the assurances of " + v.Our_ + " highest consideration."
	case strings.Contains(salutation, "Excellency"):
		return "Please accept, Your Excellency, the assurances of " + v.Our_ + " highest consideration."
	case strings.Contains(salutation, "Sir") || strings.Contains(salutation, "Madam") || byOffice(salutation) || !strings.HasPrefix(salutation, "Dear "):
		return "Yours faithfully,"
	}
	return "Yours sincerely,"
}

// byOffice reports a salutation that greets an office, not a name: "Dear
// Prosecutor General,", "Dear Home Secretary,", "Dear Presiding Judge,";
// but "Dear Judge Kowalska," greets her by name.
func byOffice(salutation string) bool {
	rest, ok := strings.CutPrefix(salutation, "Dear ")
	if !ok {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(rest, ","))
	if len(words) == 0 || honorificWords[strings.TrimSuffix(words[0], ".")] {
		return false
	}
	for _, w := range words {
		if officeWord[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// honorificWords are the titles that go before a name: a salutation that
// begins with one greets by name, and a capital after a date that is one
// is not a word to lower.
var honorificWords = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Prof": true,
	"Professor": true, "Judge": true, "Justice": true, "Pastor": true, "Father": true, "Sheikh": true, "Imam": true, "Rabbi": true}

// officeWord names an office in a salutation.
var officeWord = map[string]bool{"minister": true, "secretary": true, "prosecutor": true, "general": true, "director": true,
	"judge": true, "president": true, "commissioner": true, "ambassador": true, "chair": true, "chairman": true,
	"chairperson": true, "governor": true, "ombudsman": true, "ombudsperson": true, "officer": true, "head": true,
	"chief": true, "attorney": true, "registrar": true, "representative": true, "consul": true, "deputy": true}

var envoyTitle = lazyregexp.New(`(?i)\b(ambassador|chargé d'affaires|charge d'affaires|consul|consul-general|consul general|high commissioner|permanent representative)\b`)

// advocatePhrases name, in lower case, offices that take a case up but
// decide nothing in it; advocateWords are such offices' abbreviations,
// matched as whole words.
var (
	advocatePhrases = []string{"ombudsman", "ombudswoman", "ombudsperson", "public defender", "people's advocate",
		"human rights defender", "commissioner for human rights", "commissioner for children's rights",
		"human rights commissioner", "children's commissioner", "special rapporteur", "independent expert",
		"working group", "high commissioner for human rights", "member of parliament", "member of the parliament",
		"member of the european parliament", "senator", "congressman", "congresswoman", "congressmember", "member of congress"}
	advocateWords = map[string]bool{"MP": true, "MEP": true}
)

// advocateTitle reports a title or body's name among advocatePhrases.
func advocateTitle(title string) bool {
	l := strings.ToLower(title)
	for _, p := range advocatePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		if advocateWords[w] {
			return true
		}
	}
	return false
}

// advocate reports a recipient who can take the case up with the holding
// state's authorities but decides nothing in it: an ombudsman, a UN
// mandate holder, a member of parliament, or an official of a state with
// no part in the case (not an envoy, who conveys the requests to their own
// government).
func (w *writer) advocate(r cases.Recipient) bool {
	if envoy(r) {
		return false
	}
	if advocateTitle(r.Title) || r.Title == "" && advocateTitle(r.Organisation) {
		return true
	}
	if r.Country == "" || w.c.HoldingState == "" {
		return false
	}
	// An official of the state that asks for the person, or would
	// receive them, has a part in the case of their own.
	there, ok := w.opt.Records.State(r.Country)
	for _, s := range []string{w.c.HoldingState, w.c.RequestingState, w.c.DestinationState} {
		if st, known := w.opt.Records.State(s); known && st == there {
			return false
		}
	}
	return ok
}

// envoy reports whether the recipient represents a state abroad: an
// ambassador or consul conveys a request to their government, and does not
// decide it.
func envoy(r cases.Recipient) bool {
	return envoyTitle.MatchString(r.Title) && !strings.Contains(strings.ToLower(r.Title), "united nations high commissioner")
}
