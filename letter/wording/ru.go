package wording

import (
	"fmt"
	"strconv"
	"strings"
)

// Case is a Russian grammatical case.
type Case int

const (
	Nom  Case = iota // именительный: кто? что?
	Gen              // родительный: кого? чего?
	Dat              // дательный: кому? чему?
	Acc              // винительный: кого? что?
	Ins              // творительный: кем? чем?
	Prep             // предложный: о ком? о чем?
)

var caseNames = map[string]Case{"nom": Nom, "gen": Gen, "dat": Dat, "acc": Acc, "ins": Ins, "prep": Prep}

// ParseCase reads a case by its short name, as templates give it: "nom",
// "gen", "dat", "acc", "ins" or "prep".
func ParseCase(s string) (Case, error) {
	if c, ok := caseNames[s]; ok {
		return c, nil
	}
	return 0, fmt.Errorf("unknown case %q: use nom, gen, dat, acc, ins or prep", s)
}

// Gender is the grammatical gender a numeral or adjective agrees with.
type Gender int

const (
	Masc Gender = iota
	Fem
	Neut
)

var ruMonths = [...]struct{ nom, gen, prep string }{
	{"январь", "января", "январе"}, {"февраль", "февраля", "феврале"},
	{"март", "марта", "марте"}, {"апрель", "апреля", "апреле"},
	{"май", "мая", "мае"}, {"июнь", "июня", "июне"},
	{"июль", "июля", "июле"}, {"август", "августа", "августе"},
	{"сентябрь", "сентября", "сентябре"}, {"октябрь", "октября", "октябре"},
	{"ноябрь", "ноября", "ноябре"}, {"декабрь", "декабря", "декабре"},
}

// nbsp keeps a day with its month and a year with "г." on one line.
const nbsp = "\u00a0"

// RuDate writes a date as Russian official letters do, "29 февраля 2012 г.";
// with month 0 only the year, "2012 г."; with day 0 the month and year,
// "июль 2012 г." (nominative; RuInDate gives "в июле 2012 г.").
func RuDate(year, month, day int) string {
	switch {
	case month == 0:
		return strconv.Itoa(year) + nbsp + "г."
	case day == 0:
		return ruMonths[month-1].nom + " " + strconv.Itoa(year) + nbsp + "г."
	}
	return strconv.Itoa(day) + nbsp + ruMonths[month-1].gen + " " + strconv.Itoa(year) + nbsp + "г."
}

// RuInDate writes when something happened: "29 февраля 2012 г.",
// "в июле 2012 г.", "в 2012 г.". A full date takes no preposition.
func RuInDate(year, month, day int) string {
	switch {
	case month == 0:
		return "в " + strconv.Itoa(year) + nbsp + "г."
	case day == 0:
		return "в " + ruMonths[month-1].prep + " " + strconv.Itoa(year) + nbsp + "г."
	}
	return RuDate(year, month, day)
}

// Cardinal numbers 0–99 in every case. Each row: nom, gen, dat, acc, ins, prep
// (acc as for things; people take the genitive, see RuNumber).
var ruUnits = [20][6]string{
	{"ноль", "ноля", "нолю", "ноль", "нолем", "ноле"},
	{"один", "одного", "одному", "один", "одним", "одном"},
	{"два", "двух", "двум", "два", "двумя", "двух"},
	{"три", "трех", "трем", "три", "тремя", "трех"},
	{"четыре", "четырех", "четырем", "четыре", "четырьмя", "четырех"},
	{"пять", "пяти", "пяти", "пять", "пятью", "пяти"},
	{"шесть", "шести", "шести", "шесть", "шестью", "шести"},
	{"семь", "семи", "семи", "семь", "семью", "семи"},
	{"восемь", "восьми", "восьми", "восемь", "восемью", "восьми"},
	{"девять", "девяти", "девяти", "девять", "девятью", "девяти"},
	{"десять", "десяти", "десяти", "десять", "десятью", "десяти"},
	{"одиннадцать", "одиннадцати", "одиннадцати", "одиннадцать", "одиннадцатью", "одиннадцати"},
	{"двенадцать", "двенадцати", "двенадцати", "двенадцать", "двенадцатью", "двенадцати"},
	{"тринадцать", "тринадцати", "тринадцати", "тринадцать", "тринадцатью", "тринадцати"},
	{"четырнадцать", "четырнадцати", "четырнадцати", "четырнадцать", "четырнадцатью", "четырнадцати"},
	{"пятнадцать", "пятнадцати", "пятнадцати", "пятнадцать", "пятнадцатью", "пятнадцати"},
	{"шестнадцать", "шестнадцати", "шестнадцати", "шестнадцать", "шестнадцатью", "шестнадцати"},
	{"семнадцать", "семнадцати", "семнадцати", "семнадцать", "семнадцатью", "семнадцати"},
	{"восемнадцать", "восемнадцати", "восемнадцати", "восемнадцать", "восемнадцатью", "восемнадцати"},
	{"девятнадцать", "девятнадцати", "девятнадцати", "девятнадцать", "девятнадцатью", "девятнадцати"},
}

var ruTens = [10][6]string{
	2: {"двадцать", "двадцати", "двадцати", "двадцать", "двадцатью", "двадцати"},
	3: {"тридцать", "тридцати", "тридцати", "тридцать", "тридцатью", "тридцати"},
	4: {"сорок", "сорока", "сорока", "сорок", "сорока", "сорока"},
	5: {"пятьдесят", "пятидесяти", "пятидесяти", "пятьдесят", "пятьюдесятью", "пятидесяти"},
	6: {"шестьдесят", "шестидесяти", "шестидесяти", "шестьдесят", "шестьюдесятью", "шестидесяти"},
	7: {"семьдесят", "семидесяти", "семидесяти", "семьдесят", "семьюдесятью", "семидесяти"},
	8: {"восемьдесят", "восьмидесяти", "восьмидесяти", "восемьдесят", "восемьюдесятью", "восьмидесяти"},
	9: {"девяносто", "девяноста", "девяноста", "девяносто", "девяноста", "девяноста"},
}

// "один" and "два" change with gender.
var ruOneFem = [6]string{"одна", "одной", "одной", "одну", "одной", "одной"}
var ruOneNeut = [6]string{"одно", "одного", "одному", "одно", "одним", "одном"}

// RuNumber writes n in words in case c, agreeing with gender g, as a
// careful writer does in running text: in words below one hundred, in
// figures from there on ("120"). animate makes the accusative that of
// people ("двух сыновей", not "два сыновей").
func RuNumber(n int, g Gender, c Case, animate bool) string {
	if n < 0 || n >= 100 {
		return strconv.Itoa(n)
	}
	if c == Acc && animate && n%10 != 0 && n%10 < 5 && !(n > 10 && n < 20) && !(n%10 == 1 && g == Fem) {
		// "одного сына", "двух сыновей", "двадцать одного сына": the
		// units take the genitive; but a compound number ending in two,
		// three or four stays as in the nominative ("двадцать два
		// ребенка", not "двадцать двух детей").
		switch {
		case n < 20:
			return unit(n, g, Gen)
		case n%10 == 1:
			return ruTens[n/10][Nom] + " " + unit(1, g, Gen)
		}
		return ruTens[n/10][Nom] + " " + unit(n%10, g, Nom)
	}
	if n < 20 {
		return unit(n, g, c)
	}
	if n%10 == 0 {
		return ruTens[n/10][c]
	}
	return ruTens[n/10][c] + " " + unit(n%10, g, c)
}

func unit(n int, g Gender, c Case) string {
	switch {
	case n == 1 && g == Fem:
		return ruOneFem[c]
	case n == 1 && g == Neut:
		return ruOneNeut[c]
	case n == 2 && g == Fem && (c == Nom || c == Acc):
		return "две"
	}
	return ruUnits[n][c]
}

// A Noun is a Russian noun in each case, singular and plural, as the
// counting functions need it.
type Noun struct {
	Sg, Pl  [6]string
	Gender  Gender
	Animate bool
	// People counts with collective numerals from 2 to 10 ("четверо
	// детей", "троих детей"), as Russian counts children.
	People bool
}

// Nouns appeal counts in letters. The templates name them: {{ruCount 4 "ребенок" "nom"}}.
var Nouns = map[string]Noun{
	"год": {Sg: [6]string{"год", "года", "году", "год", "годом", "годе"},
		Pl: [6]string{"годы", "лет", "годам", "годы", "годами", "годах"}, Gender: Masc},
	"месяц": {Sg: [6]string{"месяц", "месяца", "месяцу", "месяц", "месяцем", "месяце"},
		Pl: [6]string{"месяцы", "месяцев", "месяцам", "месяцы", "месяцами", "месяцах"}, Gender: Masc},
	"день": {Sg: [6]string{"день", "дня", "дню", "день", "днем", "дне"},
		Pl: [6]string{"дни", "дней", "дням", "дни", "днями", "днях"}, Gender: Masc},
	"ребенок": {Sg: [6]string{"ребенок", "ребенка", "ребенку", "ребенка", "ребенком", "ребенке"},
		Pl: [6]string{"дети", "детей", "детям", "детей", "детьми", "детях"}, Gender: Masc, Animate: true, People: true},
	"страница": {Sg: [6]string{"страница", "страницы", "странице", "страницу", "страницей", "странице"},
		Pl: [6]string{"страницы", "страниц", "страницам", "страницы", "страницами", "страницах"}, Gender: Fem},
}

// collective numerals двое … десятеро: nom, gen, dat, acc (people), ins, prep.
var ruCollective = [11][6]string{
	2:  {"двое", "двоих", "двоим", "двоих", "двоими", "двоих"},
	3:  {"трое", "троих", "троим", "троих", "троими", "троих"},
	4:  {"четверо", "четверых", "четверым", "четверых", "четверыми", "четверых"},
	5:  {"пятеро", "пятерых", "пятерым", "пятерых", "пятерыми", "пятерых"},
	6:  {"шестеро", "шестерых", "шестерым", "шестерых", "шестерыми", "шестерых"},
	7:  {"семеро", "семерых", "семерым", "семерых", "семерыми", "семерых"},
	8:  {"восьмеро", "восьмерых", "восьмерым", "восьмерых", "восьмерыми", "восьмерых"},
	9:  {"девятеро", "девятерых", "девятерым", "девятерых", "девятерыми", "девятерых"},
	10: {"десятеро", "десятерых", "десятерым", "десятерых", "десятерыми", "десятерых"},
}

// RuCount writes n of a noun in case c with the agreement Russian needs:
// "один ребенок", "четверо детей", "пять лет", "трех лет", "двадцать
// один год", "тремя годами", "120 лет".
func RuCount(n int, noun Noun, c Case) string {
	if noun.People && n >= 2 && n <= 10 {
		// "четверо детей": after the nominative the noun is genitive
		// plural; in the other cases it agrees ("четверым детям").
		nc := plCase(c, noun)
		if c == Nom {
			nc = Gen
		}
		return ruCollective[n][c] + " " + noun.Pl[nc]
	}
	return RuNumber(n, noun.Gender, c, noun.Animate) + " " + RuCountedNoun(n, noun, c)
}

// RuCountedNoun is the form of noun that follows the number n in case c:
// 1 "год", 3 "года", 5 "лет"; in the oblique cases the plural of that case
// ("трем годам"), except after a number ending in one ("одному году").
func RuCountedNoun(n int, noun Noun, c Case) string {
	last, lastTwo := n%10, n%100
	one := last == 1 && lastTwo != 11
	few := last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)
	// An animate accusative after a compound number ending in two, three
	// or four is as after the nominative: "двадцать два ребенка".
	direct := c == Nom || (c == Acc && (!noun.Animate || few && n > 20))
	switch {
	case one:
		return noun.Sg[c]
	case direct && few:
		return noun.Sg[Gen]
	case direct:
		return noun.Pl[Gen]
	}
	return noun.Pl[plCase(c, noun)]
}

// plCase is the case of a plural noun after a number: an animate
// accusative is the genitive.
func plCase(c Case, noun Noun) Case {
	if c == Acc && !noun.Animate {
		return Nom
	}
	return c
}

// RuAgree picks the word that agrees with a person's pronouns: masc for
// "he", fem for "she", and for "they" (or none) the neutral wording, which
// the template gives so that no gender is guessed: {{agree .Pronouns
// "задержан" "задержана" "находится под стражей"}}.
func RuAgree(pronouns, masc, fem, neutral string) string {
	switch pronouns {
	case "he":
		return masc
	case "she":
		return fem
	}
	return neutral
}

var ruPronouns = map[string][2][6]string{
	// Alone, and after a preposition ("о нем", "с ней", "у него").
	"he":  {{"он", "его", "ему", "его", "им", "нем"}, {"он", "него", "нему", "него", "ним", "нем"}},
	"she": {{"она", "ее", "ей", "ее", "ей", "ней"}, {"она", "нее", "ней", "нее", "ней", "ней"}},
}

// RuPronoun is the personal pronoun for "he" or "she" in case c, in its
// form after a preposition where afterPreposition ("у него"). For "they"
// it reports false: Russian "они" would say there are several people, so
// the template names the person instead.
func RuPronoun(pronouns string, c Case, afterPreposition bool) (string, bool) {
	forms, ok := ruPronouns[pronouns]
	if !ok {
		return "", false
	}
	if afterPreposition {
		return forms[1][c], true
	}
	return forms[0][c], true
}

// ruHonorifics maps the English honorifics a case gives to the Russian
// forms of address, with their gender. Dr and others have no gender, so a
// Russian salutation needs Mr, Ms or an explicit salutation.
var ruHonorifics = map[string]struct {
	word   string
	gender Gender
}{
	"mr": {"господин", Masc}, "ms": {"госпожа", Fem}, "mrs": {"госпожа", Fem}, "miss": {"госпожа", Fem},
}

func honorificKey(h string) string {
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(h), "."))
}

// RuHonorific gives the Russian form of address for an English
// honorific: "Mr" → "господин", "Ms" → "госпожа"; false for one with no
// Russian equivalent that shows gender ("Dr").
func RuHonorific(honorific string) (string, bool) {
	h, ok := ruHonorifics[honorificKey(honorific)]
	return h.word, ok
}

// RuSalutation is how a Russian letter greets its reader: "Уважаемый
// господин Даулбаев!", "Уважаемая госпожа Иванова!", and "Ваше
// Превосходительство!" for H.E. The family name stays in the nominative,
// as Russian address requires. It fails where the honorific does not show
// gender, since "Уважаемый" must agree: the case then gives a salutation.
func RuSalutation(honorific, familyName string) (string, error) {
	if honorificKey(honorific) == "h.e" {
		return "Ваше Превосходительство!", nil
	}
	h, ok := ruHonorifics[honorificKey(honorific)]
	if !ok {
		return "", fmt.Errorf("no Russian salutation for honorific %q: give recipient.honorific Mr or Ms, or recipient.salutation in Russian", honorific)
	}
	dear := "Уважаемый"
	if h.gender == Fem {
		dear = "Уважаемая"
	}
	return dear + " " + h.word + " " + familyName + "!", nil
}

// RuPageOf is the page number a long letter carries: "Страница 2 из 3".
func RuPageOf(page, pages int) string {
	return "Страница " + strconv.Itoa(page) + " из " + strconv.Itoa(pages)
}

// RuGenDate is a date in the genitive, as it follows "с", "до" or "не
// позднее": "3 октября 2025 г.", "февраля 2026 г.", "2026 г.".
func RuGenDate(year, month, day int) string {
	if month != 0 && day == 0 {
		return ruMonths[month-1].gen + " " + strconv.Itoa(year) + nbsp + "г."
	}
	return RuDate(year, month, day)
}

// RuYears is an age in figures, as letters give it: "15 лет", "21 год", "3 года".
func RuYears(n int) string {
	return strconv.Itoa(n) + nbsp + RuCountedNoun(n, Nouns["год"], Nom)
}

// RuSurname declines a family name in case c (Gen or Dat) for a man or a
// woman, where its ending makes the form certain: "Калиев" → "Калиева",
// "Калиеву"; "Юсупова" → "Юсуповой"; "Йылмаз" → "Йылмаза"; "Цой" →
// "Цоя"; adjectives as adjectives: "Горький" → "Горького", "Заболотний" →
// "Заболотнему", "Вишневская" → "Вишневской". Names in -ых, -их
// ("Черных", "Долгих"), in -зода, -заде ("Рахимзода"), a woman's name
// in a consonant ("Йованович") and names in -о, -и, -у, -е, -ы, -э, -ю
// stay as they are; "Гурий", "Сатторий" decline as "Юрий". A double name
// declines where both its parts are Russian names in -ов, -ин, -ский
// ("Иванова-Петрова" → "Ивановой-Петровой"). It reports false for a name
// whose form it cannot be sure of (a man's name in -а or -я, an -ий whose
// declension the ending does not show, a name of several words).
// fleetingVowel reports a man's family name whose last vowel may drop when
// it declines ("Заяц" → "Зайца", "Орел" → "Орла", "Кравец" → "Кравца"),
// or may not: which, only the bearer knows.
func fleetingVowel(r []rune) bool {
	if len(r) < 3 {
		return false
	}
	tail := string(r[len(r)-2:])
	switch tail {
	case "ец", "ёк", "ок", "ел", "ёл", "ль", "яц":
		return true
	}
	return false
}

func RuSurname(name string, g Gender, c Case) (string, bool) {
	if c == Nom {
		return name, true
	}
	if c != Gen && c != Dat || name == "" || strings.Contains(name, " ") {
		return "", false
	}
	if particle, rest, ok := strings.Cut(name, "-"); ok && len([]rune(particle)) <= 3 && strings.ToLower(particle) == particle {
		// An article or particle, "ан-Нуайми", "ад-Дин": the name after it declines.
		if out, ok := RuSurname(rest, g, c); ok {
			return particle + "-" + out, true
		}
		return "", false
	}
	if parts := strings.Split(name, "-"); len(parts) > 1 {
		if g == Fem && fixedForWoman(parts) {
			return name, true // "Михайлов-Морару": neither part declines for a woman
		}
		out := make([]string, len(parts))
		for i, p := range parts {
			if !russianPattern(p, g) {
				return "", false
			}
			var ok bool
			if out[i], ok = RuSurname(p, g, c); !ok {
				return "", false
			}
		}
		return strings.Join(out, "-"), true
	}
	r := []rune(name)
	last := r[len(r)-1]
	if last < 'а' || last > 'я' {
		return "", false // not a Cyrillic lower-case ending
	}
	if strings.HasSuffix(name, "ых") || strings.HasSuffix(name, "их") {
		return name, true // "Черных", "Долгих": a genitive plural, fixed
	}
	stem := string(r[:len(r)-1])
	two := string(r[:len(r)-2])
	end := func(gen, dat string) string {
		if c == Gen {
			return gen
		}
		return dat
	}
	if g == Fem {
		for _, e := range []string{"ова", "ева", "ёва", "ина", "ына"} {
			if strings.HasSuffix(name, e) {
				return stem + "ой", true
			}
		}
		switch {
		case strings.HasSuffix(name, "яя"):
			return two + "ей", true // "Заболотняя" → "Заболотней"
		case strings.HasSuffix(name, "жая") || strings.HasSuffix(name, "шая") || strings.HasSuffix(name, "чая") || strings.HasSuffix(name, "щая"):
			return "", false // "Рыжая" → "Рыжей", but "Большая" → "Большой"
		case strings.HasSuffix(name, "ая") && len(r) > 3:
			return two + "ой", true // "Вишневская", "Толстая", "Долгая"
		}
		for _, e := range []string{"ов", "ев", "ин", "ын"} {
			if strings.HasSuffix(name, e) {
				return "", false // a Russian man's form: "Каримова" is meant, or not
			}
		}
		if strings.ContainsRune("бвгджзйклмнпрстфхцчшщь", last) {
			return name, true
		}
		if strings.ContainsRune("иоуыэюе", last) {
			return name, true
		}
		return "", false
	}
	vowels := 0
	for _, x := range r {
		if strings.ContainsRune("аеёиоуыэюя", x) {
			vowels++
		}
	}
	switch {
	case strings.ContainsRune("иоуыэюе", last):
		return name, true
	case strings.HasSuffix(name, "зода") || strings.HasSuffix(name, "заде"):
		return name, true // "Рахимзода", "Турсунзаде": fixed, as Russian writes them
	case strings.HasSuffix(name, "ой") && vowels == 1:
		return stem + end("я", "ю"), true // "Цой", "Ной": a noun
	case strings.HasSuffix(name, "ый") || strings.HasSuffix(name, "ой") ||
		strings.HasSuffix(name, "кий") || strings.HasSuffix(name, "гий") || strings.HasSuffix(name, "хий"):
		return two + end("ого", "ому"), true // "Белый", "Толстой", "Горький", "Долгий"
	case strings.HasSuffix(name, "ний") || strings.HasSuffix(name, "жий") || strings.HasSuffix(name, "ший") ||
		strings.HasSuffix(name, "чий") || strings.HasSuffix(name, "щий"):
		return two + end("его", "ему"), true // "Заболотний", "Рыжий"
	case strings.HasSuffix(name, "ий") && len(r) > 3 && strings.ContainsRune("рдлмбпф", r[len(r)-3]):
		return two + end("ия", "ию"), true // "Гурий", "Сатторий": a noun, as "Юрий"
	case strings.HasSuffix(name, "ий"):
		return "", false // "Лисий" → "Лисьего", "Третий" → "Третьего": not certain
	case last == 'й' || last == 'ь':
		return stem + end("я", "ю"), true
	case fleetingVowel(r):
		return "", false // "Кравец" → "Кравца" or "Кравеца", "Орел" → "Орла": the bearer's own
	case strings.ContainsRune("бвгджзклмнпрстфхцчшщ", last):
		return name + end("а", "у"), true
	}
	return "", false
}

// fixedForWoman reports the parts of a woman's double family name that
// each keep their form in every case: they end in a consonant
// ("Михайлов") or in -о, -у, -и, -е, -ы, -э, -ю ("Морару").
func fixedForWoman(parts []string) bool {
	for _, p := range parts {
		r := []rune(p)
		if len(r) < 2 || !strings.ContainsRune("бвгджзйклмнпрстфхцчшщьиоуыэюе", r[len(r)-1]) {
			return false
		}
	}
	return true
}

// RuGenderOfName is the gender a name shows for certain, for a recipient
// whose honorific does not ("H.E."): a patronymic ("Садыр Нургожоевич
// Жапаров"; "Ильхам Гейдар оглы Алиев") or a family name of the Russian
// pattern ("Алиев", "Мирзиёев", "Юсупова", "Вишневская"). Names in -ин
// are not read (Мартин may be a woman's), nor any other: false.
func RuGenderOfName(full, family string) (Gender, bool) {
	for _, w := range strings.Fields(full) {
		if w == family {
			continue
		}
		lw := strings.ToLower(w)
		switch lw {
		case "оглы", "улы", "уулу":
			return Masc, true
		case "кызы", "гызы":
			return Fem, true
		}
		for _, e := range []string{"ович", "евич", "ьич", "оглы", "улы", "уулу"} {
			if strings.HasSuffix(lw, e) && len([]rune(lw)) > len([]rune(e))+1 {
				return Masc, true
			}
		}
		for _, e := range []string{"овна", "евна", "ична", "кызы", "гызы"} {
			if strings.HasSuffix(lw, e) && len([]rune(lw)) > len([]rune(e))+1 {
				return Fem, true
			}
		}
	}
	for _, e := range []string{"ова", "ева", "ёва", "ская", "цкая"} {
		if strings.HasSuffix(family, e) && len([]rune(family)) > len([]rune(e))+1 {
			return Fem, true
		}
	}
	for _, e := range []string{"ов", "ев", "ёв", "ский", "цкий"} {
		if strings.HasSuffix(family, e) && len([]rune(family)) > len([]rune(e))+1 {
			return Masc, true
		}
	}
	return 0, false
}

// RuFamilyEnding reports a name whose ending is that of a family name,
// never of a given name: "Даулбаев", "Юсупова", "Шевченко", "Черных",
// "Саакашвили"; a name of one word that ends so is greeted as a family name.
func RuFamilyEnding(name string) bool {
	if russianPattern(name, Masc) || russianPattern(name, Fem) {
		return true
	}
	for _, e := range []string{"енко", "ых", "их", "ян", "янц", "дзе", "швили", "вич", "ук", "юк", "ишин"} {
		if strings.HasSuffix(name, e) && len([]rune(name)) > len([]rune(e))+1 {
			return true
		}
	}
	return false
}

// russianPattern reports a name of a Russian pattern, which declines for
// certain in a double name: "Иванов", "Петрова", "Вишневский".
func russianPattern(name string, g Gender) bool {
	ends := []string{"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"}
	if g == Fem {
		ends = []string{"ова", "ева", "ёва", "ина", "ына", "ская", "цкая"}
	}
	for _, e := range ends {
		if strings.HasSuffix(name, e) && len([]rune(name)) > len([]rune(e)) {
			return true
		}
	}
	return false
}

// ruTitleHeads are the nouns an official's title starts with, in the
// dative; the words after them (the genitive "Республики Казахстан", "по
// вопросам миграции") do not change.
var ruTitleHeads = map[string]string{
	"прокурор": "прокурору", "министр": "министру", "директор": "директору",
	"начальник": "начальнику", "председатель": "председателю", "руководитель": "руководителю",
	"заместитель": "заместителю", "посол": "послу", "президент": "президенту",
	"премьер-министр": "премьер-министру", "судья": "судье", "комиссар": "комиссару",
	"уполномоченный": "уполномоченному", "консул": "консулу", "губернатор": "губернатору",
	"депутат": "депутату", "сенатор": "сенатору", "член": "члену", "мэр": "мэру",
}

// RuTitleDat is an official's title in the dative, as the address block
// of a Russian letter gives it: "Генеральный прокурор Республики
// Казахстан" → "Генеральному прокурору Республики Казахстан". Only
// adjectives in -ый, -ий, -ой before one of the known head nouns are
// declined; any other title reports false, to be left in the nominative.
func RuTitleDat(title string) (string, bool) {
	words := strings.Fields(title)
	for i, w := range words {
		lw := strings.ToLower(w)
		vice, rest, _ := strings.Cut(lw, "-") // "вице-консул": "вице-консулу"
		if head, ok := ruTitleHeads[rest]; ok && vice == "вице" {
			words[i] = w[:len(vice)+1] + head
			return strings.Join(words, " "), true
		}
		if head, ok := ruTitleHeads[lw]; ok {
			if w != lw {
				head = Capitalise(head)
			}
			words[i] = head
			return strings.Join(words, " "), true
		}
		r := []rune(w)
		switch {
		case lw == "и" && i > 0:
			// "Чрезвычайный и Полномочный Посол"
		case strings.HasSuffix(lw, "ый") || strings.HasSuffix(lw, "ой") ||
			strings.HasSuffix(lw, "кий") || strings.HasSuffix(lw, "гий") || strings.HasSuffix(lw, "хий"):
			words[i] = string(r[:len(r)-2]) + "ому"
		case strings.HasSuffix(lw, "ний") || strings.HasSuffix(lw, "ший") || strings.HasSuffix(lw, "щий") ||
			strings.HasSuffix(lw, "жий") || strings.HasSuffix(lw, "чий"):
			words[i] = string(r[:len(r)-2]) + "ему"
		default:
			return "", false
		}
	}
	return "", false
}

// Capitalise upper-cases a text's first letter.
func Capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}
