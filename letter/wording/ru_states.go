package wording

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed states.ru.csv
var statesRuCSV string

// A RuState is a state's Russian name in the cases a letter needs.
type RuState struct {
	Forms [6]string // by Case; the accusative is the nominative (a state is a thing)
	// On is true for states Russian puts "на" before, as islands: "на Кубе".
	On bool
	// Short is the name a letter uses once it has named the state in
	// full, nil where that is the full name again.
	Short *RuState
}

// Form is the name in case c: RuStateForms("Kazakhstan").Form(Gen) = "Казахстана".
func (s RuState) Form(c Case) string { return s.Forms[c] }

// In is where something is or happens: "в Казахстане", "во Франции", "на Кубе".
func (s RuState) In() string { return s.with(s.Forms[Prep]) }

// To is where someone is sent: "в Узбекистан", "в Российскую Федерацию", "на Кубу".
func (s RuState) To() string { return s.with(s.Forms[Acc]) }

func (s RuState) with(name string) string {
	switch {
	case s.On:
		return "на " + name
	case needsVo(name):
		return "во " + name
	}
	return "в " + name
}

// Plural reports a name a verb agrees with in the plural: "Соединенные
// Штаты присоединились".
func (s RuState) Plural() bool { return s.number() == 'p' }

// Agree picks the past-tense form of a verb that agrees with the state's
// name: masc "присоединился", fem "присоединилась", neut "присоединилось",
// plural "присоединились".
func (s RuState) Agree(masc, fem, neut, plural string) string {
	return map[rune]string{'m': masc, 'f': fem, 'n': neut, 'p': plural}[s.number()]
}

// number is the gender or number of the name's head noun: the last word
// that declines before any part that stays as it is.
func (s RuState) number() rune {
	nom, gen := strings.Fields(s.Forms[Nom]), strings.Fields(s.Forms[Gen])
	head := ""
	for i := range nom {
		if i < len(gen) && nom[i] != gen[i] {
			head = nom[i]
			// "Гвинея-Бисау": the part that declines is the head.
			n, g := strings.Split(nom[i], "-"), strings.Split(gen[i], "-")
			for j := range n {
				if j < len(g) && n[j] != g[j] {
					head = n[j]
				}
			}
		}
	}
	switch {
	case head == "":
		return 'n' // a name that does not decline: "Конго присоединилось"
	case head == "Беларусь":
		return 'f'
	case strings.HasSuffix(head, "ы") || strings.HasSuffix(head, "Острова"):
		return 'p'
	case strings.HasSuffix(head, "а") || strings.HasSuffix(head, "я"):
		return 'f'
	case strings.HasSuffix(head, "о") || strings.HasSuffix(head, "е"):
		return 'n'
	}
	return 'm'
}

// RuIn puts "в" before a place in the prepositional, "во" where Russian
// writes it: "в следственном изоляторе", "во временном изоляторе".
func RuIn(place string) string {
	if needsVo(place) {
		return "во " + place
	}
	return "в " + place
}

// needsVo: "в" becomes "во" before в or ф and a consonant ("во Франции",
// "во Вьетнаме"), as Russian writes it.
func needsVo(word string) bool {
	r := []rune(strings.ToLower(word))
	if len(r) < 2 || (r[0] != 'в' && r[0] != 'ф') {
		return false
	}
	return !strings.ContainsRune("аеёиоуыэюя", r[1])
}

var ruStates = sync.OnceValue(func() map[string]RuState {
	m, err := parseRuStates(statesRuCSV)
	if err != nil {
		panic("wording: states.ru.csv: " + err.Error())
	}
	return m
})

// RuStateNamed returns the Russian name of a state by its name in
// treaties/records/states.csv ("Kazakhstan", "Iran (Islamic Republic of)").
func RuStateNamed(name string) (RuState, bool) {
	s, ok := ruStates()[name]
	return s, ok
}

// RuStateNames lists the states that have a Russian name, by their English name.
func RuStateNames() []string {
	var out []string
	for k := range ruStates() {
		out = append(out, k)
	}
	return out
}

func parseRuStates(data string) (map[string]RuState, error) {
	var lines []string
	for _, l := range strings.Split(data, "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	r := csv.NewReader(strings.NewReader(strings.Join(lines, "\n")))
	rows, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "name,ru,on,gen,dat,ins,prep,short" {
		return nil, fmt.Errorf("header must be name,ru,on,gen,dat,ins,prep,short")
	}
	m := map[string]RuState{}
	for i, row := range rows[1:] {
		name, ru, on := row[0], row[1], row[2]
		if _, dup := m[name]; dup {
			return nil, fmt.Errorf("row %d: %q twice", i+2, name)
		}
		if on != "" && on != "на" {
			return nil, fmt.Errorf("row %d: on must be empty or на", i+2)
		}
		s := RuState{On: on == "на"}
		if row[3] != "" {
			// Every name given so has its accusative the same as its nominative.
			nom := strings.NewReplacer("=", "", "|", "").Replace(ru)
			s.Forms = [6]string{nom, row[3], row[4], nom, row[5], row[6]}
		} else {
			s.Forms = declineName(ru)
		}
		if short := row[7]; short != "" {
			s.Short = &RuState{Forms: declineName(short), On: s.On}
		}
		m[name] = s
	}
	return m, nil
}

// declineName declines a state's name by the endings of its words, as in
// "Российская Федерация", "Соединенные Штаты |Америки": the words before
// "|" decline (adjectives by their own endings, the last word of each
// phrase joined by "и" as the noun), the rest stays; a word after "="
// never declines ("=Конго").
func declineName(marked string) [6]string {
	declined, fixed, _ := strings.Cut(marked, "|")
	var forms [6]string
	words := strings.Fields(declined)
	for c := Nom; c <= Prep; c++ {
		out := make([]string, len(words))
		for i, w := range words {
			switch {
			case strings.HasPrefix(w, "="):
				out[i] = w[1:]
			case w == "и":
				out[i] = w
			case i+1 < len(words) && words[i+1] != "и":
				out[i] = declineAdjective(w, c)
			default:
				out[i] = declineNoun(w, c, plural(words, i))
			}
		}
		forms[c] = strings.Join(out, " ")
		if fixed != "" {
			if strings.HasSuffix(declined, " ") {
				forms[c] += " "
			}
			forms[c] += fixed
		}
	}
	return forms
}

// plural reports whether the noun at i is plural: it ends in -ы, or an
// adjective before it does ("Багамские Острова").
func plural(words []string, i int) bool {
	if strings.HasSuffix(words[i], "ы") {
		return true
	}
	return i > 0 && (strings.HasSuffix(words[i-1], "ые") || strings.HasSuffix(words[i-1], "ие") || strings.HasSuffix(words[i-1], "ы"))
}

func cut(w string, n int) string {
	for ; n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-size]
	}
	return w
}

func lastRunes(w string, n int) string {
	r := []rune(w)
	if len(r) < n {
		return w
	}
	return string(r[len(r)-n:])
}

// declineAdjective: Российская → Российской, Соединенное → Соединенного, Европейский → Европейского,
// Объединенные → Объединенных. The accusative of a thing is its
// nominative, but for the feminine: Российскую.
func declineAdjective(w string, c Case) string {
	if c == Acc && strings.HasSuffix(w, "ая") {
		return cut(w, 2) + "ую"
	}
	if c == Nom || c == Acc {
		return w
	}
	velar := strings.ContainsRune("кгх", []rune(lastRunes(w, 3))[0])
	switch e := lastRunes(w, 2); e {
	case "ая":
		return cut(w, 2) + "ой"
	case "ое", "ый", "ой", "ий":
		y := "ым"
		if e == "ий" && velar {
			y = "им"
		}
		return cut(w, 2) + [...]string{Gen: "ого", Dat: "ому", Ins: y, Prep: "ом"}[c]
	case "ые", "ие":
		y := [...]string{Gen: "ых", Dat: "ым", Ins: "ыми", Prep: "ых"}[c]
		if e == "ие" {
			y = strings.ReplaceAll(y, "ы", "и")
		}
		return cut(w, 2) + y
	}
	if strings.HasSuffix(w, "ы") { // short possessive: Маршалловы, Соломоновы
		return cut(w, 1) + [...]string{Gen: "ых", Dat: "ым", Ins: "ыми", Prep: "ых"}[c]
	}
	return w
}

// declineNoun declines the noun of a state's name by its ending.
func declineNoun(w string, c Case, pl bool) string {
	last := lastRunes(w, 1)
	before := []rune(lastRunes(w, 2))[0]
	if c == Acc && !pl && (last == "я" || last == "а" && !strings.ContainsRune("аеиоуыэюя", before)) {
		// Федерацию, Турцию, Гвинею, Кубу; Антигуа stays.
		return cut(w, 1) + map[string]string{"а": "у", "я": "ю"}[last]
	}
	if c == Nom || c == Acc {
		return w
	}
	if pl {
		stem := cut(w, 1) // Штаты, Острова, Эмираты, Нидерланды
		return stem + [...]string{Gen: "ов", Dat: "ам", Ins: "ами", Prep: "ах"}[c]
	}
	switch {
	case strings.HasSuffix(w, "ия"): // Россия, Федерация
		return cut(w, 1) + [...]string{Gen: "и", Dat: "и", Ins: "ей", Prep: "и"}[c]
	case last == "я": // Гвинея, Эритрея
		return cut(w, 1) + [...]string{Gen: "и", Dat: "е", Ins: "ей", Prep: "е"}[c]
	case last == "а":
		if strings.ContainsRune("аеиоуыэюя", before) { // Антигуа: does not decline
			return w
		}
		gen, ins := "ы", "ой"
		if strings.ContainsRune("гкхжшчщ", before) {
			gen = "и"
		}
		if strings.ContainsRune("жшчщц", before) {
			ins = "ей"
		}
		return cut(w, 1) + [...]string{Gen: gen, Dat: "е", Ins: ins, Prep: "е"}[c]
	case last == "о" || last == "е": // Государство, Королевство
		return cut(w, 1) + [...]string{Gen: "а", Dat: "у", Ins: "ом", Prep: "е"}[c]
	case strings.HasSuffix(w, "ий"): // Маврикий
		return cut(w, 1) + [...]string{Gen: "я", Dat: "ю", Ins: "ем", Prep: "и"}[c]
	case last == "й" || last == "ь": // Китай, Израиль
		return cut(w, 1) + [...]string{Gen: "я", Dat: "ю", Ins: "ем", Prep: "е"}[c]
	case strings.ContainsRune("иуюэ", []rune(last)[0]):
		return w
	}
	return w + [...]string{Gen: "а", Dat: "у", Ins: "ом", Prep: "е"}[c]
}
