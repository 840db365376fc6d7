package letter

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"unicode"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/internal/lazyregexp"
	ru "github.com/appeal-letters/appeal/letter/wording"
	"github.com/appeal-letters/appeal/treaties"
)

// A letter in Russian is composed from the case in Russian (cases.Case.In)
// with the templates of wording/ru.tmpl and wording/law.ru.tmpl. The
// templates receive plain values: the person's pronouns, a state (which
// the template puts in the case it needs), numbers, dates; package wording
// inflects them. Treaty clauses are quoted in their Russian text where
// appeal has one that was checked, and otherwise in English, an authentic
// language, and the letter says which.

// ruFuncs are what the Russian templates call.
var ruFuncs = template.FuncMap{
	"cap":  capitalise,
	"last": func(i int, list []string) bool { return i == len(list)-1 },
	// agree picks the form that agrees with the person's pronouns, and
	// the neutral wording for "they": {{agree .P "задержан" "задержана" ""}}.
	"agree": func(p cases.Pronouns, masc, fem, neutral string) string {
		return ru.RuAgree(string(p), masc, fem, neutral)
	},
	// pron is a pronoun in a case ("gen"), "" for they; pronp the form after a preposition.
	"pron":  func(p cases.Pronouns, c string) string { return ruPronoun(p, c, false) },
	"pronp": func(p cases.Pronouns, c string) string { return ruPronoun(p, c, true) },
	// count counts a noun of ru.Nouns in a case: {{count 4 "ребенок" "acc"}}.
	"count": func(n int, noun, c string) (string, error) {
		k, err := ru.ParseCase(c)
		if err != nil {
			return "", err
		}
		nn, ok := ru.Nouns[noun]
		if !ok {
			return "", fmt.Errorf("no noun %q to count", noun)
		}
		return ru.RuCount(n, nn, k), nil
	},
	// state is a state's name in a case: {{state .Holding "gen"}}; in,
	// to and agreeState as ru.RuState's In, To and Agree.
	"state": func(s ru.RuState, c string) (string, error) {
		k, err := ru.ParseCase(c)
		return s.Form(k), err
	},
	"in": func(s ru.RuState) string { return s.In() },
	// at is a place the case gives in the prepositional after "в" or "во":
	// {{at .HeldAt}} = "во временном изоляторе".
	"at": ru.RuIn,
	"to": func(s ru.RuState) string { return s.To() },
	"agreeState": func(s ru.RuState, masc, fem, neut, plural string) string {
		return s.Agree(masc, fem, neut, plural)
	},
	// poss puts the person with a noun: "его депортацию", and for "they"
	// "депортацию указанного лица", so that no sentence lacks its person.
	"poss": func(p cases.Pronouns, noun string) string {
		if s := ruPronoun(p, "gen", false); s != "" {
			return s + " " + noun
		}
		return noun + " указанного лица"
	},
	// dat is the person in the dative: "ему", "ей", "указанному лицу".
	"dat": func(p cases.Pronouns) string {
		if s := ruPronoun(p, "dat", false); s != "" {
			return s
		}
		return "указанному лицу"
	},
	// agreeTreaty picks the word that agrees with a treaty's name:
	// {{agreeTreaty .Treaty "его" "ее" "его" "этого договора"}}; the last
	// where the name's gender is not known (a treaty from --treaties).
	"agreeTreaty": func(tt *treaties.TreatyText, masc, fem, neut, unknown string) string {
		g, ok := ruTreatyGender(tt)
		switch {
		case !ok:
			return unknown
		case g == ru.Fem:
			return fem
		case g == ru.Neut:
			return neut
		}
		return masc
	},
	"years": ru.RuYears,
	"nbsp":  func() string { return "\u00a0" },
	"join":  ruJoin,
	"stop": func(s string) string {
		if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…") {
			return s
		}
		return s + "."
	},
}

// ruTreatyHeads are the nouns a treaty's Russian name starts with, after
// its adjectives ("Международный пакт", "Факультативный протокол").
var ruTreatyHeads = map[string]ru.Gender{
	"конвенция": ru.Fem, "декларация": ru.Fem, "хартия": ru.Fem,
	"пакт": ru.Masc, "протокол": ru.Masc, "договор": ru.Masc, "устав": ru.Masc,
	"соглашение": ru.Neut,
}

// ruTreatyGender is the gender of a treaty's Russian name, by its head
// noun; false for a name appeal does not know (an English one).
func ruTreatyGender(tt *treaties.TreatyText) (ru.Gender, bool) {
	if tt == nil {
		return 0, false
	}
	for _, w := range strings.Fields(strings.ToLower(tt.Name)) {
		if g, ok := ruTreatyHeads[w]; ok {
			return g, true
		}
		if !isRuAdjectiveWord(w) {
			break
		}
	}
	return 0, false
}

func ruPronoun(p cases.Pronouns, c string, afterPreposition bool) string {
	k, err := ru.ParseCase(c)
	if err != nil {
		panic(err) // the templates are checked by the tests
	}
	s, _ := ru.RuPronoun(string(p), k, afterPreposition)
	return s
}

// ruJoin lists items as Russian prose: "а", "а и б", "а, б и в".
func ruJoin(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " и " + items[len(items)-1]
}

var wordingRu = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(ruFuncs).ParseFS(wordingFS, "wording/*ru.tmpl"))
})

// Russian are the labels of a letter in Russian.
var Russian = Labels{
	Reference:  "Исх.\u00a0№",
	Subject:    "Тема:",
	Enclosures: "Приложения:",
	CC:         "Копии:",
	Page:       "Страница {page} из {pages}",
	Annex:      "Правовые положения",
	Original:   "Оригинал на русском языке",
}

// In English, the offices that are "Excellency" in a Russian letter:
// heads of state and government, foreign ministers and ambassadors.
// Other ministers are "Уважаемый господин Министр!".
var ruExcellencyEn = lazyregexp.New(`(?i)\b(president|prime minister|ambassador|king|queen|emir|sultan|head of state|chancellor|bundeskanzler(in)?|foreign minister|minister (of|for) foreign affairs|foreign secretary)\b`)

// Offices by a title given in Russian, as its head names them: the
// person's own office, the first noun after its adjectives ("Генеральный
// прокурор Объединенных Арабских Эмиратов" is a prosecutor, "Советник
// Посольства" a counsellor, "Руководитель Администрации Президента" a
// head of an office), with the words that make it what it is ("Министр
// иностранных дел", "Временный поверенный в делах").
var (
	// ruExcellentOffices take "Ваше Превосходительство": heads of state
	// and government, foreign ministers and ambassadors.
	ruExcellentOffices = []string{"президент", "премьер-министр", "министр иностранных дел", "министр по иностранным делам",
		"председатель правительства", "председатель кабинета министров", "глава государства", "глава правительства",
		"посол", "король", "королева", "эмир", "султан", "канцлер"}
	// ruEnvoyOffices convey a letter's requests to their government rather than decide.
	ruEnvoyOffices = []string{"посол", "консул", "поверенный в делах", "постоянный представитель"}
	// ruAdvocateOffices speak for people's rights to the authorities, and
	// decide nothing themselves: ombudsmen.
	ruAdvocateOffices = []string{"уполномоченный по правам человека", "уполномоченный по правам ребенка", "уполномоченный при президенте",
		"омбудсмен", "омбудсман", "народный защитник", "народный адвокат", "общественный защитник", "защитник прав человека",
		"докладчик", "эксперт", "рабочая группа", "депутат", "член парламента", "член европейского парламента", "сенатор", "член совета федерации", "член конгресса"}
)

// ruOfficeHead is the head of a Russian title in lower case, from its
// first noun on ("министр иностранных дел республики беларусь"), with
// the office of offices it starts, or "" where it names none of them.
func ruOfficeHead(title string, offices []string) string {
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(title, "ё", "е")), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",.;:()«»\"", r)
	})
	for i, w := range words {
		rest := strings.Join(words[i:], " ") + " "
		for _, o := range offices {
			if strings.HasPrefix(rest, o+" ") {
				return o
			}
		}
		// An adjective ("Генеральный", "Чрезвычайный и Полномочный") comes
		// before the head; the first other word is the head.
		if w != "и" && !isRuAdjectiveWord(w) {
			return ""
		}
	}
	return ""
}

// isRuAdjectiveWord reports one word with the ending of an adjective in
// the nominative: "генеральный", "временный", "полномочная".
func isRuAdjectiveWord(w string) bool {
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ruExcellent reports a Russian title whose office takes "Ваше Превосходительство".
func ruExcellent(title string) bool { return ruOfficeHead(title, ruExcellentOffices) != "" }

// ruCountry is the recipient with its country as appeal's records name
// it, where the case gives it in Russian («Литва»), for advocate.
func (w *writer) ruCountry(r cases.Recipient) cases.Recipient {
	if _, ok := w.opt.Records.State(r.Country); ok || r.Country == "" {
		return r
	}
	for _, en := range ru.RuStateNames() {
		if s, _ := ru.RuStateNamed(en); strings.EqualFold(s.Forms[ru.Nom], strings.TrimSpace(r.Country)) {
			r.Country = en
			break
		}
	}
	return r
}

// ruAdvocate reports a Russian title of an ombudsman, who cannot grant
// a letter's requests but can call on the authorities to.
func ruAdvocate(title string) bool { return ruOfficeHead(title, ruAdvocateOffices) != "" }

// ruEnvoy reports a Russian title of an ambassador, consul or chargé d'affaires.
func ruEnvoy(title string) bool { return ruOfficeHead(title, ruEnvoyOffices) != "" }

// ruMinister reports a Russian title whose head is a minister: "Министр
// юстиции", "Федеральный министр внутренних дел", not "Заместитель министра".
func ruMinister(title string) bool { return ruOfficeHead(title, []string{"министр"}) != "" }

// ruProceedings are the nouns of each proceeding, in the cases the
// wording needs: nom, gen, acc, prep.
var ruProceedings = map[string][4]string{
	"":            {"выдача", "выдачи", "выдачу", "выдаче"},
	"extradition": {"выдача", "выдачи", "выдачу", "выдаче"},
	"deportation": {"депортация", "депортации", "депортацию", "депортации"},
	"expulsion":   {"высылка", "высылки", "высылку", "высылке"},
	"removal":     {"выдворение", "выдворения", "выдворение", "выдворении"},
	"return":      {"принудительное возвращение", "принудительного возвращения", "принудительное возвращение", "принудительном возвращении"},
	"trial":       {"судебный процесс", "судебного процесса", "судебный процесс", "судебном процессе"},
}

// ruFacts is what the Russian templates receive about the person and the case.
type ruFacts struct {
	P cases.Pronouns
	// We is true for an organisation ("мы"), false for a supporter ("я").
	We bool
	// Campaign is the campaign a supporter writes in support of, in the
	// genitive, where the case says so (sender.campaign); "" otherwise:
	// "кампании «Свободу политзаключенным Беларуси»" for an organisation
	// named "Кампания «…»", else "кампании, которую проводит Amnesty
	// International", a clause (CampaignClause) a comma closes mid-sentence.
	Campaign       string
	CampaignClause bool

	FullName, Original, ShortName string
	// NameGen is the short name in the genitive ("г-на Калиева") where its
	// form is certain, else "указанного лица".
	NameGen     string
	Desc        string // "христианский пастор"; may be ""
	Nationality string // as the case gives it, e.g. "гражданин Узбекистана"
	Age         int    // as the case gives it, or as the date of birth makes it exactly; -1 if not known
	// AgeText is the age as the letter prints it: "15 лет", and a baby's
	// in months ("5 месяцев"); "" where it is not known, or less than a month.
	AgeText string
	// AgeGen is the age after "в возрасте": "52 лет", "21 года", "6 месяцев".
	AgeGen string
	// AgeInBrackets is the age in brackets after the name, where no year
	// of birth is given: "24 года". After a name in its own script, which
	// has brackets of its own and may be written right to left, the age is
	// set off by commas, an apposition (AgeApposition: ", 46 лет"), as is
	// a child's with "they": ", несовершеннолетнее лицо в возрасте 15 лет".
	AgeInBrackets, AgeApposition string
	BornYear                     int // the year of birth; 0 if not given
	Minor                        bool

	Detained bool
	HeldAt   string
	// Since is the date custody began in the genitive ("с февраля 2026 г."),
	// SinceIn as a time ("1 ноября 2026 г.", "в феврале 2026 г.").
	Since, SinceIn string

	Holding, Requesting, Destination ru.RuState
	HasRequesting                    bool
	Proceeding                       [4]string // nom, gen, acc, prep
	Requested                        bool
	// Trial: the proceeding is a trial in the holding state, with no destination.
	Trial bool
	// Envoy: the recipient is an ambassador or consul, asked to convey the requests.
	Envoy bool
	// Advocate: the recipient is an ombudsman, asked to call on the
	// authorities to do what the letter asks.
	Advocate bool

	Accusation, Awaiting string
	// Awaits is what Awaiting names, "decision" or "hearing", so that the
	// deadline does not name the proceeding again; "" otherwise.
	Awaits string
	// Convicted is when a court convicted the person, in a trial, as a
	// time ("14 марта 2025 г.", "в 2025 г."); "" if not convicted.
	// Sentence follows "приговорил к": "шести годам лишения свободы".
	Convicted, Sentence string
	// Charged: the accusation reads after "предъявлены" ("обвинения в …").
	Charged bool
	// ChargedAtHome: the charges are under the holding state's own code.
	ChargedAtHome bool
	// AwaitingSaysIt is set when Awaiting names the proceeding already, or
	// when "о своей выдаче …" could not follow it for certain (ruAwaitingAbout).
	AwaitingSaysIt bool
	// Deadline is the date after "назначено на"; DeadlineBy after "не
	// позднее" (genitive: "февраля 2026 г."), DeadlineIn as a time
	// ("в феврале 2026 г.").
	Deadline, DeadlineBy, DeadlineIn string
	DeadlineEvent                    string

	Events  []event
	Charges []string
	// ChargesAre names what the charges are, in the genitive plural:
	// «преступлений», «правонарушений» (a code of administrative
	// offences, КоАП), «деяний» for both.
	ChargesAre string
	Children   int
	// Spouse is the person's spouse: "жена", "муж", "partner"; "" if none.
	Spouse string
	// Expecting is who is pregnant, as the subject of "ждет ребенка": "его
	// жена", "жена указанного лица", "женщина, с которой он состоит в
	// фактических брачных отношениях,".
	Expecting string
	// Own is "своей" or "своем", agreeing with the proceeding's noun
	// after "о" where the person is the subject: "о своей выдаче".
	Own string
	// Married is how the family sentence says the person has a spouse who
	// is not pregnant: "женат", "замужем", "состоит в браке", "состоит в фактических брачных отношениях".
	Married  string
	Pregnant bool
	Supports []string
	Risks    []string
	Asks     []string
}

// composeRussian writes the letter in Russian; c is the case in Russian.
func composeRussian(c *cases.Case, opt Options, excellent, envoyRecipient bool) (*Letter, error) {
	w := &writer{c: c, opt: opt}
	r := w.recipientCase()
	salute, _ := ruSalutation(r, excellent)
	f := w.ruFacts()
	f.Envoy = envoyRecipient || ruEnvoy(r.Title)
	f.Advocate = !f.Envoy && (ruAdvocate(r.Title) || w.advocate(w.ruCountry(r)))
	l := &Letter{
		Language:   "ru",
		Sender:     w.letterhead(),
		Date:       ruDate(w.letterDate()),
		Recipient:  w.ruRecipient(),
		Reference:  clean(c.Letter.Reference),
		Subject:    w.ruSubject(),
		Salutation: salute,
		Closing:    clean(c.Sender.Closing),
		Enclosures: cleanAll(c.Enclosures),
		CC:         cleanAll(c.CC),
		Title:      clean(c.Letter.Subject),
		Author:     clean(c.Sender.Organisation),
		Labels:     Russian,
	}
	if l.Closing == "" {
		l.Closing = "С уважением,"
		if strings.Contains(salute, "Превосходительство") {
			l.Closing = w.ruWords("closing-excellency", f)
		}
	}
	if len(l.Enclosures) == 1 {
		l.Labels.Enclosures = "Приложение:"
	}
	l.Signatures = w.signatures()
	l.Body = w.ruBody(f)
	l.Annex = w.annex
	l.Brief = w.c.Letter.Style == "brief"
	if len(w.errs) > 0 {
		return nil, w.errs
	}
	return l, nil
}

// ruSalutation greets the recipient r of a Russian letter; excellent is
// set where the case as written (its English title, or H.E.) calls for
// "Ваше Превосходительство". guess says why the greeting may be wrong,
// for validate ("" when it is not a guess).
func ruSalutation(r cases.Recipient, excellent bool) (salute, guess string) {
	if s := clean(r.Salutation); s != "" {
		return s, ""
	}
	if excellent || ruExcellent(r.Title) {
		return "Ваше Превосходительство!", ""
	}
	return ruGreeting(r)
}

// ruPatronymic matches a name written «Имя Отчество Фамилия», whose last
// word is surely the family name.
var ruPatronymic = lazyregexp.New(`^\pL+\s+\pL+(вич|вна|чна|ична|оглы|кызы|улы|угли|қизи)\s+\pL+$`)

// ruExcellentCase reports a recipient, as the case writes them, whom a
// Russian letter calls "Ваше Превосходительство": a head of state or
// government, a foreign minister or an ambassador by an English title, or
// anyone the case calls H.E., as the English letter does.
func ruExcellentCase(r cases.Recipient) bool {
	return ruExcellencyEn.MatchString(r.Title) && !notExcellency.MatchString(r.Title) ||
		excellency(cases.Recipient{Honorific: r.Honorific})
}

// ruGreeting greets a recipient who is not "Excellency": a minister by
// office ("Уважаемый господин Министр!"), anyone else by family name
// ("Уважаемая госпожа Смирнова!"). With no honorific that shows gender,
// "Уважаемый" cannot agree: the letter greets the full name as the
// English letter does, with both endings ("Уважаемый(-ая) Томас Келлер!").
// A name of one word may be a given name, which "госпожа" cannot go
// with: the letter greets the office ("Уважаемая госпожа Генеральный
// прокурор!"), or with no office the name alone ("Уважаемая Жанна!").
func ruGreeting(r cases.Recipient) (salute, guess string) {
	family := clean(r.FamilyName)
	name := clean(r.Name)
	oneWord := family == "" && len(strings.Fields(name)) == 1 && !ru.RuFamilyEnding(name)
	doubtful := false
	if family == "" {
		family, doubtful = familyName(r.Name)
		doubtful = doubtful && !ruPatronymic.MatchString(name)
	}
	office := ruOfficeTitle(r.Title)
	switch {
	case ruMinister(r.Title):
		family, doubtful = "Министр", false
	case oneWord && office != "":
		family = office
	}
	if s, err := ru.RuSalutation(r.Honorific, family); err == nil && !strings.Contains(s, "Превосходительство") {
		if oneWord && office == "" && !ruMinister(r.Title) {
			s = strings.Fields(s)[0] + " " + name + "!"
		}
		switch {
		case oneWord && !ruMinister(r.Title):
			guess = fmt.Sprintf("recipient.name %q is one word, which may be a given name, so the Russian letter greets %q; give family_name, or recipient.salutation in Russian", name, s)
		case doubtful:
			guess = fmt.Sprintf("the Russian letter takes «%s» as the family name («%s»); if it is not, set family_name to the family name as written in name", family, s)
		}
		return s, guess
	}
	why := "recipient.honorific is not given"
	if h := clean(r.Honorific); h != "" {
		why = fmt.Sprintf("recipient.honorific %q shows no gender", h)
	}
	// The office's noun is masculine whoever holds it, and "Уважаемый"
	// agrees with it: "Уважаемый Министр!", "Уважаемый Генеральный прокурор!".
	if ruMinister(r.Title) {
		office = "Министр"
	}
	if office != "" {
		s := "Уважаемый " + office + "!"
		return s, why + ", so the Russian letter greets the office, \"" + s + "\"; give honorific Mr or Ms for \"Уважаемый господин …\" or \"Уважаемая госпожа …\", or recipient.salutation in Russian"
	}
	if name == "" {
		name = clean(r.Title)
	}
	s := "Уважаемый(-ая) " + name + "!"
	return s, why + ", so the Russian letter greets \"" + s + "\" with both endings; give honorific Mr or Ms, or recipient.salutation in Russian"
}

// ruOfficeTitle is a Russian title up to its head noun, to greet an
// official by: "Генеральный прокурор Туркменистана" → "Генеральный
// прокурор"; "" where the head is not one of the known offices.
func ruOfficeTitle(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		lw := strings.ToLower(w)
		if isRuAdjectiveWord(lw) || lw == "и" {
			continue
		}
		if _, ok := ru.RuTitleDat(lw); !ok {
			return ""
		}
		return ru.Capitalise(strings.Join(words[:i+1], " "))
	}
	return ""
}

// ruFaithPhrase reports a faith phrased to follow a noun directly: in
// the genitive ("мусульманского вероисповедания", "евангельской веры")
// or with a preposition ("из общины баптистов").
func ruFaithPhrase(faith string) bool {
	first, _, _ := strings.Cut(strings.ToLower(faith), " ")
	switch first {
	case "из", "с", "со", "без":
		return true
	}
	for _, e := range []string{"ого", "его", "ой", "ей", "ых", "их"} {
		if strings.HasSuffix(first, e) {
			return true
		}
	}
	return false
}

func isRuAdjective(s string) bool {
	for _, e := range []string{"ий", "ый", "ой", "ая", "яя", "ое", "ее"} {
		if strings.HasSuffix(s, e) && !strings.Contains(s, " ") {
			return true
		}
	}
	return false
}

func ruDate(d cases.Date) string { return ru.RuDate(d.Year, d.Month, d.Day) }

func ruInDate(d cases.Date) string { return ru.RuInDate(d.Year, d.Month, d.Day) }

// ruRecipient is the address block, title first, in the dative as Russian
// letters address an official: "Генеральному прокурору Республики
// Казахстан", "г-ну А. Даулбаеву". Where the title or the name cannot be
// declined for certain (a title appeal does not know, a name with no
// honorific that shows gender), the block stays in the nominative:
// "Федеральный министр внутренних дел", "Томас Келлер".
func (w *writer) ruRecipient() []string {
	r := w.recipientCase()
	title, name := clean(r.Title), clean(r.Name)
	// "госпожа" does not go before a name of one word, which may be a given name.
	if h, ok := ru.RuHonorific(r.Honorific); ok && name != "" && (len(strings.Fields(name)) > 1 || r.FamilyName != "" || ru.RuFamilyEnding(name)) {
		name = h + " " + name
	}
	if t, n, why := ruDative(r); why == "" {
		title, name = t, n
	}
	lines := []string{ru.Capitalise(title), name, clean(r.Organisation)}
	lines = append(lines, cleanAll(r.Address)...)
	lines = append(lines, strings.ToUpper(clean(r.Country)))
	var out []string
	for _, s := range lines {
		if s != "" {
			out = append(out, ruSpaces(s))
		}
	}
	return out
}

// ruParticles are words in a name that are no given name, to make an initial of.
var ruParticles = map[string]bool{"бин": true, "ибн": true, "бен": true, "аль": true, "ал": true, "эль": true, "фон": true, "фан": true,
	"ван": true, "дер": true, "де": true, "ди": true, "дель": true, "да": true, "ле": true, "ла": true, "граф": true, "графиня": true,
	"барон": true, "баронесса": true, "князь": true, "княгиня": true, "шейх": true}

// ruPatronymicWords end a Turkic patronymic written as a word of its own
// ("Гейдар оглу"): no given name, so no initial.
var ruPatronymicWords = map[string]bool{"оглы": true, "оглу": true, "огли": true, "кызы": true, "гызы": true, "қызы": true, "улы": true, "ұлы": true, "угли": true, "қизи": true, "кизи": true}

// ruExcellencyPrefix is an honorific's "H.E." before a gender's: "H.E. Mr".
var ruExcellencyPrefix = lazyregexp.New(`(?i)^(h\.\s*e\.?|he\b|his excellency|her excellency|excellency)\s*`)

// ruAddressee reads how a Russian address names a recipient: the gender
// their honorific shows ("Mr", "H.E. Ms") or, for one the case calls
// H.E., the name shows (ru.RuGenderOfName), and whether the case calls
// them H.E.; ok is false where no gender is certain.
func ruAddressee(r cases.Recipient) (g ru.Gender, excellent, ok bool) {
	h := clean(r.Honorific)
	if m := ruExcellencyPrefix.FindString(h); m != "" {
		excellent, h = true, h[len(m):]
	}
	switch w, _ := ru.RuHonorific(h); w {
	case "господин":
		return ru.Masc, excellent, true
	case "госпожа":
		return ru.Fem, excellent, true
	}
	if !excellent {
		return 0, false, false
	}
	g, ok = ru.RuGenderOfName(clean(r.Name), ruFamily(r))
	return g, excellent, ok
}

// ruFamily is the recipient's family name: family_name, else the last word of the name.
func ruFamily(r cases.Recipient) string {
	if family := clean(r.FamilyName); family != "" {
		return family
	}
	family, _ := familyName(r.Name)
	return family
}

// ruDative is the recipient's title and name in the dative: "Президенту
// Азербайджанской Республики", "Его Превосходительству господину
// И.\u00a0Алиеву", "г-же В.\u00a0Михайлов-Морару". why says, for validate,
// why it could not be formed for certain ("" where it was).
func ruDative(r cases.Recipient) (title, name, why string) {
	title = clean(r.Title)
	if title != "" {
		var ok bool
		if title, ok = ru.RuTitleDat(title); !ok {
			return "", "", fmt.Sprintf("appeal does not know how the title %q declines", clean(r.Title))
		}
		title = ru.Capitalise(title) // it starts a line: "депутат …" is "Депутату …"
	}
	full := clean(r.Name)
	if full == "" {
		if title == "" {
			return "", "", "there is no title or name"
		}
		return title, "", ""
	}
	family := ruFamily(r)
	g, excellent, ok := ruAddressee(r)
	if !ok {
		if excellent {
			return "", "", fmt.Sprintf("recipient.honorific %q shows no gender, nor does the name: give honorific \"H.E. Mr\" or \"H.E. Ms\"", clean(r.Honorific))
		}
		if clean(r.Honorific) == "" {
			return "", "", "recipient.honorific is not given: give Mr or Ms"
		}
		return "", "", fmt.Sprintf("recipient.honorific %q shows no gender: give honorific Mr or Ms", clean(r.Honorific))
	}
	hon := "г-ну"
	switch {
	case excellent && g == ru.Fem:
		hon = "Ее Превосходительству госпоже"
	case excellent:
		hon = "Его Превосходительству господину"
	case g == ru.Fem:
		hon = "г-же"
	}
	if clean(r.FamilyName) == "" && len(strings.Fields(full)) == 1 && !ru.RuFamilyEnding(full) {
		return "", "", fmt.Sprintf("recipient.name %q is one word, which may be a given name: give family_name", full)
	}
	dat, ok := ru.RuSurname(family, g, ru.Dat)
	if !ok {
		return "", "", fmt.Sprintf("appeal cannot be sure how the family name %q declines (give recipient.family_name if it is not the last word)", family)
	}
	if !strings.Contains(full, family) {
		return "", "", fmt.Sprintf("recipient.family_name %q is not in the name %q", family, full)
	}
	var initials []string
	for _, given := range strings.Fields(strings.Replace(full, family, "", 1)) {
		if ruPatronymicWords[strings.ToLower(given)] {
			continue // "Ильхам Гейдар оглу": the patronymic is "Г."
		}
		if r := []rune(given); unicode.IsLower(r[0]) || ruParticles[strings.ToLower(given)] {
			// A particle or title ("бин", "фон", "Граф") makes initials no name: the family name alone.
			initials = nil
			break
		}
		// A double given name has both initials: "Касым-Жомарт" is "К.-Ж.".
		var parts []string
		for _, part := range strings.Split(given, "-") {
			if r := []rune(part); len(r) > 0 {
				parts = append(parts, string(r[0])+".")
			}
		}
		if len(parts) > 0 {
			initials = append(initials, strings.Join(parts, "-"))
		}
	}
	name = hon + "\u00a0" + strings.Join(append(initials, dat), "\u00a0")
	return title, name, ""
}

func (w *writer) ruSubject() string {
	s := clean(w.c.Letter.Subject)
	dl := w.c.Status.Deadline
	if dl.IsZero() || strings.HasPrefix(strings.ToUpper(s), "СРОЧНО") {
		return s
	}
	if days := daysBetween(w.letterDate(), dl); days >= 0 && days <= 14 {
		return "СРОЧНО. " + s
	}
	return s
}

// ruState is a state's name, in full the first time a letter names the
// state and by its short name, where it has one, after that.
func (w *writer) ruState(name string) ru.RuState {
	if st, ok := w.opt.Records.State(name); ok {
		if s, ok := ru.RuStateNamed(st.Name); ok {
			if s.Short != nil && w.named[st.Name] {
				return *s.Short
			}
			if w.named == nil {
				w.named = map[string]bool{}
			}
			w.named[st.Name] = true
			return s
		}
	}
	// A state appeal does not know is printed as the case gives it.
	n := clean(name)
	return ru.RuState{Forms: [6]string{n, n, n, n, n, n}}
}

func (w *writer) ruFacts() *ruFacts {
	c := w.c
	d := c.Detainee
	f := &ruFacts{
		P:  d.Pronouns,
		We: w.voice() == plural,

		FullName:      clean(d.Name),
		Original:      clean(d.NameOriginal),
		Nationality:   clean(d.Nationality),
		Detained:      c.Detained(),
		HeldAt:        trimStop(clean(c.Status.HeldAt)),
		Holding:       w.ruState(c.HoldingState),
		Requesting:    w.ruState(c.RequestingState),
		HasRequesting: c.RequestingState != "",
		Destination:   w.ruState(c.Destination()),
		Proceeding:    ruProceedings[c.Proceeding],
		Accusation:    trimStop(clean(c.Accusation)),
		Awaiting:      trimStop(clean(c.Status.Awaiting)),
		Asks:          c.Asks,
		Children:      c.Family.Children,
		Pregnant:      c.Family.SpousePregnant,
	}
	f.Campaign, f.CampaignClause = ruCampaign(w.campaign())
	f.AwaitingSaysIt = ruNamesRemoval(f.Awaiting) || !ruAwaitingAbout(f.Awaiting)
	f.Trial = c.Proceeding == "trial"
	if words := strings.Fields(strings.ToLower(f.Accusation)); len(words) > 0 {
		f.Charged = strings.HasPrefix(words[0], "обвинени") || len(words) > 1 && strings.HasPrefix(words[1], "обвинени")
	}
	f.Requested = (c.Proceeding == "" || c.Proceeding == "extradition") && c.RequestingState != ""
	if f.Original == f.FullName {
		f.Original = ""
	}
	if d := c.Status.Since; !d.IsZero() {
		f.Since = unbroken(ru.RuGenDate(d.Year, d.Month, d.Day))
		f.SinceIn = unbroken(ruInDate(d))
	}
	// After the first time: "г-н Джаббарбергенов", "г-жа …" for a person
	// the case gives an honorific; else, and for "they", whose title would
	// say a gender, the whole name.
	f.ShortName = clean(d.ShortName)
	if f.ShortName == "" && d.Honorific == "" {
		f.ShortName = f.FullName
	}
	if f.ShortName == "" {
		family := clean(d.FamilyName)
		if family == "" {
			family, _ = familyName(d.Name)
		}
		switch d.Pronouns {
		case cases.He:
			f.ShortName = "г-н\u00a0" + family
		case cases.She:
			f.ShortName = "г-жа\u00a0" + family
		default:
			f.ShortName = f.FullName
		}
	}
	f.NameGen = "указанного лица"
	for _, h := range [][3]string{{"г-н\u00a0", "г-на\u00a0", "he"}, {"г-жа\u00a0", "г-жи\u00a0", "she"}} {
		family, ok := strings.CutPrefix(strings.Replace(f.ShortName, "г-н ", "г-н\u00a0", 1), h[0])
		if !ok || string(d.Pronouns) != h[2] {
			continue
		}
		g := ru.Masc
		if h[2] == "she" {
			g = ru.Fem
		}
		if gen, ok := ru.RuSurname(family, g, ru.Gen); ok {
			f.NameGen = h[1] + gen
		}
	}
	// The faith goes before the role as an adjective ("христианский
	// пастор"), after it as a phrase ("журналист мусульманского
	// вероисповедания"); a nationality phrased "из …" follows the role
	// ("антивоенный активист из России").
	faith, role := clean(d.Faith), clean(d.Role)
	switch {
	case faith != "" && isRuAdjective(faith):
		f.Desc = strings.TrimSpace(faith + " " + role)
	case role != "" && faith != "" && !ruFaithPhrase(faith):
		// A faith named by a noun is set off: "предприниматель,
		// мусульманин-суннит", "пастор, Свидетель Иеговы".
		f.Desc = role + ", " + faith
	default:
		f.Desc = strings.TrimSpace(role + " " + faith)
	}
	if strings.HasPrefix(f.Nationality, "из ") && f.Desc != "" {
		f.Desc, f.Nationality = f.Desc+" "+f.Nationality, ""
	}
	today := w.letterDate()
	age, exact := ageOf(d, today)
	f.Age = -1
	if exact {
		f.Age = age
	}
	switch {
	case f.Age > 0:
		f.AgeText = ru.RuYears(f.Age)
		f.AgeGen = ruGenCount(f.Age, "года", "лет")
	case f.Age == 0 && d.Born.Day != 0:
		months := (today.Year-d.Born.Year)*12 + today.Month - d.Born.Month
		if today.Day < d.Born.Day {
			months--
		}
		if months > 0 {
			f.AgeText = strconv.Itoa(months) + "\u00a0" + ru.RuCountedNoun(months, ru.Nouns["месяц"], ru.Nom)
			f.AgeGen = ruGenCount(months, "месяца", "месяцев")
		}
	}
	f.BornYear = d.Born.Year
	f.Minor = age >= 0 && age < 18 && (exact || age < 17)
	switch {
	case f.AgeText == "" || f.BornYear != 0:
	case f.Minor && ru.RuAgree(string(d.Pronouns), "m", "f", "") == "":
		f.AgeApposition = ", несовершеннолетнее лицо в возрасте " + f.AgeGen
	case f.Original != "":
		f.AgeApposition = ", " + f.AgeText
	default:
		f.AgeInBrackets = f.AgeText
	}
	if dl := c.Status.Deadline; !dl.IsZero() && !dl.Before(today) {
		f.Deadline = unbroken(ruDate(dl))
		f.DeadlineBy = unbroken(ru.RuGenDate(dl.Year, dl.Month, dl.Day))
		f.DeadlineIn = unbroken(ruInDate(dl))
		f.DeadlineEvent = c.Status.DeadlineEvent
		if f.DeadlineEvent == "" {
			f.DeadlineEvent = "decision"
		}
	}
	for _, e := range c.Events {
		if what := trimStop(clean(e.What)); what != "" {
			what, _ = ruLowerFirst(what, ruEventWords)
			f.Events = append(f.Events, event{unbroken(ruInDate(e.Date)), what})
		}
	}
	if cv := c.Status.Convicted; !cv.IsZero() && f.Trial {
		f.Convicted, f.Sentence = unbroken(ruInDate(cv)), trimStop(clean(c.Status.Sentence))
	}
	f.ChargedAtHome = !f.Trial && !f.Requested && w.chargedAtHome()
	f.Awaits = awaitedKind(f.Awaiting, ruAwaitsHearing, ruAwaitsDecision)
	prev := ""
	admin := 0
	for _, ch := range c.Charges {
		f.Charges = append(f.Charges, ruCharge(ch, prev))
		prev = clean(ch.Code)
		if ruAdministrative(ch.Code) {
			admin++
		}
	}
	switch {
	case admin > 0 && admin == len(c.Charges):
		f.ChargesAre = "правонарушений"
	case admin > 0:
		f.ChargesAre = "деяний"
	default:
		f.ChargesAre = "преступлений"
	}
	f.Spouse = map[string]string{"wife": "жена", "husband": "муж", "partner": "partner"}[c.Family.Spouse]
	switch {
	case f.Spouse == "partner":
		who, ok := ru.RuPronoun(string(d.Pronouns), ru.Nom, false)
		if !ok {
			who = "указанное лицо"
		}
		f.Expecting = "женщина, с которой " + who + " состоит в фактических брачных отношениях,"
	case f.Spouse != "":
		f.Expecting = f.Spouse + " указанного лица"
		if s, ok := ru.RuPronoun(string(d.Pronouns), ru.Gen, false); ok {
			f.Expecting = s + " " + f.Spouse
		}
	}
	f.Own = "своей"
	if strings.HasSuffix(f.Proceeding[0], "е") {
		f.Own = "своем" // "о своем выдворении"
	}
	switch {
	case c.Family.Spouse == "wife" && d.Pronouns == cases.He:
		f.Married = "женат"
	case c.Family.Spouse == "husband" && d.Pronouns == cases.She:
		f.Married = "замужем"
	case c.Family.Spouse == "partner":
		f.Married = "состоит в фактических брачных отношениях"
	case c.Family.Spouse != "":
		f.Married = "состоит в браке"
	}
	// Each person once: a spouse or children the dependants name are not
	// said again as the family («женат», «воспитывает двоих детей»); a
	// spouse who is expecting a child still is.
	if ruNamesSpouse(c.Family.Dependants) && !c.Family.SpousePregnant {
		f.Married = ""
	}
	if f.Children > 0 && ruChildrenNamed(c.Family.Dependants, f.Children) >= f.Children {
		f.Children = 0
	}
	if deps := ruDependants(c.Family.Dependants); len(deps) > 0 {
		f.Supports = []string{ruJoinClosed(deps)}
	}
	for _, r := range c.Risks {
		s := trimStop(clean(r.Finding)) + " (" + trimStop(clean(r.Source))
		if !r.Date.IsZero() {
			s += ", " + unbroken(ruDate(r.Date))
		}
		f.Risks = append(f.Risks, s+").")
	}
	return f
}

// ruCampaign is the campaign of an organisation, in the genitive after "в
// поддержку": an organisation whose name is a campaign's ("Кампания
// «…»", "кампания за освобождение …") by its name, "кампании «…»", so
// that "кампании" is not said twice; any other by the clause "кампании,
// которую проводит …" (clause true).
func ruCampaign(org string) (phrase string, clause bool) {
	if org == "" {
		return "", false
	}
	first, rest, _ := strings.Cut(org, " ")
	if strings.EqualFold(first, "кампания") && rest != "" {
		return "кампании " + rest, false
	}
	return "кампании, которую проводит " + org, true
}

// ruAwaitingAbout reports a status.awaiting that "о своей выдаче …" can
// follow: a decision of a body ("решения Генеральной прокуратуры",
// "решения Управления по вопросам миграции"), not
// one that says where ("рассмотрения апелляции в Апелляционном совете по
// иммиграционным делам"), after which "о своем выдворении" would attach
// to the wrong noun, nor anything but a decision ("рассмотрения жалобы").
func ruAwaitingAbout(awaiting string) bool {
	words := strings.Fields(strings.ToLower(awaiting))
	if len(words) == 0 || words[0] != "решения" && words[0] != "окончательного" {
		return false
	}
	for _, w := range words[1:] {
		switch w {
		case "в", "во", "на", "при", "у", "о", "об", "из", "после", "до":
			return false
		}
	}
	return true
}

// ruAwaitsDecision and ruAwaitsHearing match an awaited text that is one
// decision or one hearing: «решения Министра юстиции о выдаче»,
// «рассмотрения дела в судебном заседании».
var (
	ruAwaitsDecision = lazyregexp.New(`^(окончательного\s+)?(решения|постановления|приговора)(\s|$)`)
	ruAwaitsHearing  = lazyregexp.New(`^(очередного\s+)?(судебного\s+)?заседания(\s|$)`)
)

// ruRemovalStems begin the words that name sending a person away, in
// every case of them: "выдачи", "экстрадиционного", "депортации".
var ruRemovalStems = []string{"выдач", "экстрадиц", "депортац", "высылк", "выслат", "выдворен", "возвращени", "передач", "реадмисс"}

// ruNamesRemoval reports a text whose decision is about sending the
// person away already ("решения суда о применении экстрадиционного
// ареста", "решения о его депортации", "экстрадиционной проверки"), so
// that the status sentence does not name it again. A noun of removal
// counts after "о" or "об", or right after "по" or "вопросу", where the
// decision's subject is said; not in the name of the body that decides
// ("решения Управления экстрадиции …", "… по вопросам экстрадиции").
func ruNamesRemoval(text string) bool {
	about, prev := false, ""
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == "о" || w == "об" {
			about = true
		}
		if strings.HasPrefix(w, "экстрадиционн") || strings.HasPrefix(w, "депортационн") {
			return true
		}
		for _, s := range ruRemovalStems {
			if strings.HasPrefix(w, s) && (about || prev == "по" || prev == "вопросу") {
				return true
			}
		}
		prev = w
	}
	return false
}

// ruCharge is a charge as it follows "обвиняется в совершении":
// "преступления, предусмотренного статьей 229-2 Уголовного кодекса
// Республики Узбекистан («…»), за которое предусмотрено наказание в виде
// лишения свободы на срок до трех лет". An article given by its part or
// paragraph ("часть 2 статьи 282") is put after "предусмотренного" in the
// instrumental ("частью 2 статьи 282"); one appeal cannot read is cited
// in brackets after the offence (validate warns). A charge under the
// code of the charge before it (prevCode) cites «того же кодекса».
// ruAdministrative reports a code of administrative offences: «Кодекс
// Российской Федерации об административных правонарушениях», «КоАП».
func ruAdministrative(code string) bool {
	l := strings.ToLower(code)
	return strings.Contains(l, "административн") || strings.Contains(l, "коап")
}

func ruCharge(ch cases.Charge, prevCode string) string {
	code, codeOK := ruCodeGen(clean(ch.Code))
	if codeOK && clean(ch.Code) == prevCode {
		code = "того же кодекса" // the charge before named it
	}
	offence := ""
	if ch.Offence != "" {
		offence = "«" + trimStop(clean(ch.Offence)) + "»"
	}
	// An administrative offence (КоАП) is no crime.
	what := "преступления"
	if ruAdministrative(ch.Code) {
		what = "правонарушения"
	}
	var s string
	if art, ok := ruArticleIns(clean(ch.Article)); ok {
		s = what + ", предусмотренного " + art + " "
		if codeOK {
			s += code
		} else {
			s += "(" + clean(ch.Code) + ")"
		}
		if offence != "" {
			s += " (" + offence + ")"
		}
	} else {
		cite := strings.TrimSpace(clean(ch.Code) + ", " + clean(ch.Article))
		cite = strings.Trim(cite, ", ")
		if offence != "" {
			cite = offence + "; " + cite
		}
		s = what + " (" + cite + ")"
	}
	switch {
	case ch.MaxYears > 0:
		s += ", за которое предусмотрено наказание в виде лишения свободы на срок до " + ru.RuCount(ch.MaxYears, ru.Nouns["год"], ru.Gen)
	case ch.MaxPenalty != "":
		s += ", максимальное наказание за которое — " + trimStop(clean(ch.MaxPenalty))
	}
	return s
}

// ruArticleWords are the words an article's reference is made of, in any
// case or abbreviated, with their instrumental ("частью 2 статьи 282");
// ruArticleGen are those that follow another in the genitive.
var (
	ruArticleWords = map[string]string{
		"статья": "статьей", "статьи": "статьей", "статье": "статьей", "статью": "статьей", "статьей": "статьей", "статьёй": "статьей", "ст.": "статьей",
		"часть": "частью", "части": "частью", "частью": "частью", "ч.": "частью",
		"пункт": "пунктом", "пункта": "пунктом", "пункту": "пунктом", "пунктом": "пунктом", "пункте": "пунктом", "п.": "пунктом",
		"подпункт": "подпунктом", "подпункта": "подпунктом", "подпунктом": "подпунктом", "пп.": "подпунктом",
		"абзац": "абзацем", "абзаца": "абзацем", "абзацем": "абзацем",
	}
	ruArticleGen = map[string]bool{"статьи": true, "ст.": true, "части": true, "ч.": true, "пункта": true, "п.": true, "подпункта": true, "пп.": true, "абзаца": true}
)

// ruArticleIns is an article's reference as it follows "предусмотренного":
// "229-2" → "статьей 229-2"; "часть 2 статьи 282", "Части 2 статьи 282"
// → "частью 2 статьи 282"; "пункт «б» части 2 статьи 105" → "пунктом «б»
// части 2 статьи 105"; "ст. 174" → "статьей 174". It reports false for a
// reference it cannot read so: words, or an order it does not know
// ("статья 282 часть 2").
func ruArticleIns(article string) (string, bool) {
	words := strings.Fields(article)
	switch {
	case len(words) == 0:
		return "", false
	case len(words) == 1 && startsWithDigit(words[0]):
		return "статьей\u00a0" + words[0], true
	}
	head, ok := ruArticleWords[strings.ToLower(strings.ReplaceAll(words[0], "ё", "е"))]
	if !ok {
		head, ok = ruArticleWords[strings.ToLower(words[0])]
	}
	if !ok || len(words)%2 != 0 {
		return "", false
	}
	// A number (or letter) after each word, each further word in the genitive.
	for i := 1; i < len(words); i++ {
		lw := strings.ToLower(words[i])
		_, isWord := ruArticleWords[lw]
		if i%2 == 1 && (isWord || !ruDesignator(words[i])) || i%2 == 0 && !ruArticleGen[lw] {
			return "", false
		}
	}
	return head + "\u00a0" + strings.Join(words[1:], " "), true
}

// ruDesignator reports a number or letter that names a part, paragraph
// or article: "2", "229-2", "280.3", "«б»", "\"б\"", "б".
func ruDesignator(s string) bool {
	if startsWithDigit(s) {
		return true
	}
	s = strings.Trim(s, "«»\"'()")
	return s != "" && len([]rune(s)) <= 2 && strings.IndexFunc(s, unicode.IsLetter) == 0
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// ruCodeGen is a code's name in the genitive, as it follows "статьей 1":
// "Уголовного кодекса Республики Узбекистан"; an abbreviation ("УК РФ")
// stays as it is. It reports false for a name it cannot decline for certain.
func ruCodeGen(code string) (string, bool) {
	words := strings.Fields(code)
	if len(words) == 0 {
		return "", false
	}
	if w := words[0]; strings.ToUpper(w) == w {
		return code, true
	}
	heads := map[string]string{"кодекс": "кодекса", "закон": "закона", "кодекса": "кодекса"}
	for i, w := range words {
		lw := strings.ToLower(w)
		if g, ok := heads[lw]; ok {
			if w != lw {
				g = capitalise(g)
			}
			words[i] = g
			return strings.Join(words, " "), true
		}
		r := []rune(w)
		switch {
		case strings.HasSuffix(lw, "ый") || strings.HasSuffix(lw, "ой") || strings.HasSuffix(lw, "кий"):
			words[i] = string(r[:len(r)-2]) + "ого"
		default:
			return "", false
		}
	}
	return "", false
}

func (w *writer) ruSay(name string, data any) {
	if text := w.ruWords(name, data); text != "" {
		w.blocks = append(w.blocks, &Paragraph{Text: ruSpaces(text)})
	}
}

// ruWords executes a Russian paragraph; a sentence that ends with a date
// ends with its "г." (execute's oneStop drops the second full stop).
func (w *writer) ruWords(name string, data any) string {
	return w.execute("ru", name, data)
}

func (w *writer) ruBody(f *ruFacts) []Block {
	c := w.c
	if c.Letter.Style != "brief" {
		// As in English, a brief letter starts with the person.
		w.ruSay("opening", f)
	} else if f.Campaign != "" {
		w.ruSay("campaign", f)
	}
	w.ruSay("situation", f)
	if len(f.Events) > 0 {
		w.ruSay("events", f)
	}
	if len(f.Charges) > 0 {
		w.ruSay("charges", f)
	}
	if len(f.Charges) > 1 {
		items := slices.Clone(f.Charges)
		punctuateList(items)
		w.blocks = append(w.blocks, &List{Ordered: true, Items: items})
	}
	w.ruSay("status", f)
	if len(f.Risks) > 0 {
		w.ruSay("risks", f)
		w.blocks = append(w.blocks, &List{Items: f.Risks})
	}
	w.extras("facts")
	w.ruRequests(f)
	if g := engagedGroups(c.Engaged); len(g.Groups) > 0 {
		w.ruSay("engaged", struct {
			engagedList
			We  bool
			Org string
		}{g, f.We, w.contactsOf()})
	}
	w.extras("requests")
	if c.Letter.Style == "brief" {
		law, annex := w.ruBriefLaw()
		w.blocks = append(w.blocks, law...)
		w.annex = annex
	} else {
		w.blocks = append(w.blocks, w.ruLaw()...)
	}
	w.extras("law")
	if m := c.Commitment; m != nil {
		date := ""
		if !m.Date.IsZero() {
			date = unbroken(ruInDate(m.Date))
		}
		w.ruSay("commitment", struct {
			Occasion, Date, Statement string
			We, Also                  bool
		}{trimStop(clean(m.Occasion)), date, trimStop(clean(m.Statement)), f.We, len(engagedGroups(c.Engaged).Groups) > 0})
	}
	w.ruSay("closing", f)
	for _, b := range w.blocks {
		if l, ok := b.(*List); ok {
			for i := range l.Items {
				l.Items[i] = ruSpaces(l.Items[i])
			}
		}
	}
	return w.blocks
}

func (w *writer) ruRequests(f *ruFacts) {
	var items []string
	for _, a := range f.Asks {
		if !askFits(a, f.Detained, f.Trial) {
			continue // validate says so, as in English
		}
		if s := w.ruWords("ask-"+a, f); s != "" {
			items = append(items, s)
		}
	}
	for _, r := range w.c.Requests {
		if r = trimStop(clean(r)); r != "" {
			r, _ = ruLowerFirst(r, ruRequestWord)
			items = append(items, r)
		}
	}
	if len(items) == 0 {
		return
	}
	data := struct {
		We       bool
		Items    []string
		Envoy    bool
		Advocate bool
		Holding  ru.RuState
	}{f.We, items, f.Envoy, f.Advocate, f.Holding}
	if len(items) == 1 {
		w.ruSay("request-one", data)
		return
	}
	punctuateList(items)
	w.ruSay("request-many", data)
	w.blocks = append(w.blocks, &List{Ordered: true, Items: items})
}

// ruTreatyFacts is the data of the paragraph on a state's standing under one treaty.
type ruTreatyFacts struct {
	// Resolution and Adopted are the resolution that adopted a
	// declaration and its day: "217 A (III)", "10 декабря 1948 г.".
	Resolution, Adopted string
	State               ru.RuState
	// Holder is the state now bound, where another state made the act
	// for it (State is then that other state): the USSR for the Russian
	// Federation. ActorNote follows State's name: ", обязательства
	// которого по договорам продолжает Российская Федерация,".
	Holder    ru.RuState
	ActorNote string
	// Predecessor is the state a successor succeeded, whose act Action
	// and Date then name; Succeeded is the day the successor notified its
	// succession and Effective the day it took effect ("" where not known).
	Predecessor          ru.RuState
	Succeeded, Effective string
	Treaty               *treaties.TreatyText
	// Action is how the state joined: "ratification", "accession",
	// "succession" or "other"; Rejoined for a state that left and acceded again.
	Action                       string
	Rejoined                     bool
	Date, InForce, Signed, Left  string
	Protocol                     *treaties.TreatyText
	ProtocolAction, ProtocolDate string
	// SameDate: the treaty and its protocol were joined the same way on the same day.
	SameDate bool
	// ProtocolBy is who joined the protocol: the state, or a predecessor
	// that made the act for it.
	ProtocolBy ru.RuState
	Also       bool
	// Via is the treaty through which the state applies Treaty's articles
	// From to To, by its Provision ("статья I (1)").
	Via *treaties.TreatyText
	// ViaStated: how and when the state joined Via was stated before.
	ViaStated  bool
	From, To   int
	Provision  string
	Limited    string // "dateline", "europe", "both" or ""
	Outside    string // the organisation the state is not a member of, in the genitive
	Mechanisms []string
	// We is true for an organisation ("мы ссылаемся"), false for a supporter ("я ссылаюсь").
	We bool
}

// ruOrganisations are the regional organisations, in the genitive.
var ruOrganisations = map[string]string{
	"Council of Europe":               "Совета Европы",
	"Organization of American States": "Организации американских государств",
	"African Union":                   "Африканского союза",
}

// ruLaw cites each treaty as the English letter does (the same plans: who
// is bound, through what, with what limits), in Russian: the holding
// state's standing, then each clause, in Russian where appeal has its
// checked Russian text, else in English with a note saying so, then the
// state's reservations touching it.
func (w *writer) ruLaw() []Block {
	var blocks []Block
	quoted := map[string]quotedPassage{} // reservation passages quoted, by passage
	plans := w.lawPlans()
	state := w.holding()
	for _, s := range w.lawSteps(plans) {
		p := s.p
		standing := ""
		if s.standing {
			standing = w.ruStanding(state, p, s.also)
		}
		if s.argue {
			standing = strings.TrimSpace(standing + " " + w.ruArgument(state, p, plans))
		}
		tt := w.ruTreaty(p.treaty)
		for j, cl := range p.clauses {
			text, inRussian := w.opt.Library.ClauseIn(cl, "ru")
			intro := w.ruWords("quote-intro", struct {
				Cite, Treaty string
				English      bool
				Authentic    bool
			}{ruCite(cl), tt.ShortGen, !inRussian, slicesContains(p.treaty.Languages, "English")})
			if o := w.optInOf(p, cl); o.refused() {
				// The standing, given above, dated the withdrawal.
				_, said := p.status.Mechanism(treaties.Withdrawal22)
				intro = w.ruWords("opt-in-missing", struct {
					State           ru.RuState
					Cite            string
					Treaty          *treaties.TreatyText
					Withdrawn, Said bool
				}{w.ruState(state.Name), ruCite(cl), tt, o.withdrawn != nil, said && s.standing}) + " " + intro
			}
			if j == 0 && standing != "" {
				intro = standing + " " + intro
			}
			blocks = append(blocks, &Paragraph{Text: intro})
			q := &Quote{Source: clean(fmt.Sprintf("%s (%s), %s", tt.Name, ruUnbroken(tt.Concluded), ruCite(cl)))}
			if inRussian {
				q.Paragraphs = cleanAll(text.Paragraphs)
				q.Source += "; " + ruTextStatus(tt)
			} else {
				q.Paragraphs = cleanAll(cl.Paragraphs)
				q.Source += "; " + ruEnglish(p.treaty)
			}
			blocks = append(blocks, q)
			if r := w.protocolRule(p, cl); r != nil {
				blocks = append(blocks, &Paragraph{Text: w.ruWords("protocol-rule", struct {
					State           ru.RuState
					Provision, Cite string
					Quoted          bool
				}{w.ruState(state.Name), ruProvision(r.rel.Provision), ruCiteGen(cl), r.text != nil})})
				if r.text != nil {
					blocks = append(blocks, w.ruQuote(r.text))
				}
			}
			if w.c.Letter.Reservations != "omit" {
				for _, r := range w.ruReservations(p, cl) {
					if earlier, ok := quoted[r.passage]; ok {
						blocks = append(blocks, &Paragraph{Text: w.ruWords("reservation-again", earlier.again(w.ruState(state.Name), ruCiteGen(cl), cl))})
						continue
					}
					quoted[r.passage] = quotedAs(r, ruCiteGen(cl), "статьи "+r.via)
					blocks = append(blocks, &Paragraph{Text: w.ruWords("reservation", struct {
						State              ru.RuState
						Treaty             string
						Cite               string
						Passage            string
						Kind, Via          string
						General, Article42 bool
					}{w.ruState(state.Name), w.ruTreatyNamed(r.treaty).NameDat, ruCiteGen(cl), ruInnerQuotes(r.passage), r.kind, r.via, r.general, r.kind == string(treaties.Reservation) && barsReservation(p.treaty.Records, cl.Article)})})
				}
			}
		}
	}
	return blocks
}

// ruReservations are the reservations touching cl that a Russian letter
// states: those an English one does (see reservations).
func (w *writer) ruReservations(p *treatyPlan, cl *treaties.Clause) []reservationPassage {
	return w.reservations(p, cl)
}

func namesArticle(articles []string, cl *treaties.Clause) bool {
	art := strings.ToLower(cl.Article)
	for _, a := range articles {
		a, para, _ := strings.Cut(a, ".")
		if a == art && (para == "" || cl.Paragraph == "" || para == cl.Paragraph) {
			return true
		}
	}
	return false
}

// ruQuote quotes a clause in Russian where appeal has its checked Russian
// text, else in English, and says which.
func (w *writer) ruQuote(cl *treaties.Clause) *Quote {
	tt := w.ruTreaty(cl.Treaty)
	q := &Quote{Source: clean(fmt.Sprintf("%s (%s), %s", tt.Name, ruUnbroken(tt.Concluded), ruCite(cl)))}
	if text, ok := w.opt.Library.ClauseIn(cl, "ru"); ok {
		q.Paragraphs = cleanAll(text.Paragraphs)
		q.Source += "; " + ruTextStatus(tt)
	} else {
		q.Paragraphs = cleanAll(cl.Paragraphs)
		q.Source += "; " + ruEnglish(cl.Treaty)
	}
	return q
}

// ruAnnexed is a reservation's passage in a brief letter's annex, quoted
// once, as to every article it bears on (in the genitive).
type ruAnnexed struct {
	as     []string
	source func([]string) string
	quote  *Quote
}

// ruBriefLaw is the law of a brief letter, as briefLaw is in English: one
// paragraph that cites each obligation by article and date, with every
// caveat, and the texts in the annex.
func (w *writer) ruBriefLaw() (body, annex []Block) {
	state := w.holding()
	rs := w.ruState(state.Name)
	var cites, standard, other, caveats []string
	argue := false
	stated := map[string]bool{} // record keys whose acceptance a cite has dated, as in English
	annexed := map[string]*ruAnnexed{}
	for _, p := range w.lawPlans() {
		var arts, reserved []string
		var opts []*treaties.Clause
		for _, cl := range p.clauses {
			annex = append(annex, w.ruQuote(cl))
			if w.optInOf(p, cl).needed {
				opts = append(opts, cl)
			} else {
				arts = append(arts, ruCite(cl))
			}
			if w.c.Letter.Reservations == "omit" {
				continue
			}
			for _, r := range w.ruReservations(p, cl) {
				// As in English: a passage is quoted once, as to every
				// article it bears on; a general one, as to the treaty as
				// a whole.
				as := ruCiteGen(cl)
				if r.general {
					as = "договора в целом"
				}
				if !slices.Contains(reserved, as) {
					reserved = append(reserved, as)
				}
				source := func(as []string) string {
					return clean(fmt.Sprintf("%s, %s к %s, в отношении %s (%s); текст на английском языке",
						rs.Form(ru.Nom), ruKindNoun(r.kind), w.ruTreatyNamed(r.treaty).NameDat, ruJoin(as), ruSource(r.source)))
				}
				if q, ok := annexed[r.passage]; ok {
					if !slices.Contains(q.as, as) {
						q.as = append(q.as, as)
						q.quote.Source = q.source(q.as)
					}
					continue
				}
				q := &ruAnnexed{as: []string{as}, source: source}
				q.quote = &Quote{Paragraphs: []string{r.passage}, Source: source(q.as)}
				annexed[r.passage] = q
				annex = append(annex, q.quote)
			}
		}
		f := struct {
			Articles string
			// Which is the relative pronoun that agrees with Articles:
			// "который" (пункт), "которую" (статья), "которые" (several).
			Which                                          string
			Treaty, Via                                    *treaties.TreatyText
			Action, Date, Provision, Limited, Signed, Left string
			Reserved, Outside, InForce                     string
			// Successor is, for a successor state, its predecessor in the
			// instrumental, whose act Action and Date name; Succession the
			// day the state's succession took effect, if known.
			Successor, Succession string
			// Protocol says how and when the state joined the treaty's
			// protocol as well; RuleProvision is the protocol's rule that
			// rewrites a quoted clause (article I(2)), SameDate that it
			// joined both in one act.
			Protocol, RuleProvision   string
			SameDate                  bool
			Declaration, Bound, Known bool
			// By is who made the act, where another did for the state.
			By string
			// Restated: an earlier cite dated the acceptance.
			Restated bool
		}{Articles: ruJoinCites(arts), Which: ruWhich(arts), Treaty: w.ruTreaty(p.treaty), Declaration: p.treaty.Declaration, Bound: p.bound(), Known: p.status.Known,
			Reserved: ruJoin(slices.Compact(reserved))}
		if o := outside(w.opt.Records, state, p.treaty.ID); o != nil {
			f.Outside = ruOrganisations[o.Organisation]
			if f.Outside == "" {
				f.Outside = o.Organisation
			}
		}
		switch {
		case p.via != nil:
			if vt := w.treatyByKey(p.via.Via); vt != nil {
				f.Via = w.ruTreaty(vt)
			}
			f.Action, f.Date = ruAction(p.viaStatus.Bound.Action), ruEventDate(p.viaStatus.Bound)
			f.By = w.ruBy(state, p.viaStatus.Bound)
			if stated[p.via.Via] {
				f.Date, f.By = "", ""
			}
			stated[p.via.Via] = true
			f.Provision = ruProvision(p.via.Provision)
			for _, cl := range p.clauses {
				if r := w.protocolRule(p, cl); r != nil && r.rel.Provision != p.via.Provision {
					f.RuleProvision = ruGenitive(ruProvision(r.rel.Provision))
				}
			}
		case p.status.Party() && stated[p.treaty.Records]:
			f.Restated = true
		case p.status.Party() && p.status.Inherited != nil:
			stated[p.treaty.Records] = true
			f.Action, f.Date = ruAction(p.status.Inherited.Action), ruEventDate(p.status.Inherited)
			if c, ok := w.opt.Records.ActedAs(state, p.status.Inherited.In()); ok {
				f.Successor = ruActors[c.Predecessor].Form(ru.Ins)
				if f.Successor == "" {
					f.Successor = c.Predecessor
				}
			}
			if e := p.status.Bound.Effective; !e.IsZero() {
				f.Succession = unbroken(ruDate(cases.DateOf(e)))
			}
		case p.status.Party():
			stated[p.treaty.Records] = true
			f.Action, f.Date, f.Limited, f.InForce = ruAction(p.status.Bound.Action), ruEventDate(p.status.Bound), w.limited(p), ruInForce(p.status.Bound)
			f.By = w.ruBy(state, p.status.Bound)
			if p.newProtocol() != nil {
				stated[p.protocol.Records] = true
				pa, pd := ruAction(p.protocolStatus.Bound.Action), ruEventDate(p.protocolStatus.Bound)
				f.SameDate = pa == f.Action && pd == f.Date && f.Date != ""
				f.Protocol = w.ruWords("joined-briefly", struct{ Action, Date, By string }{pa, pd, w.ruBy(state, p.protocolStatus.Bound)})
			}
			// The Protocol's rule on the definition is noted even where
			// the Protocol's own cite dated it, unless the case quotes it.
			for _, cl := range p.clauses {
				if r := w.protocolRule(p, cl); r != nil {
					f.RuleProvision = ruGenitive(ruProvision(r.rel.Provision))
				}
			}
		case p.status.Left != nil:
			f.Left = unbroken(ruDate(cases.DateOf(p.status.Left.In())))
		case p.status.Signed != nil:
			f.Signed = ruEventDate(p.status.Signed)
			f.By = w.ruBy(state, p.status.Signed)
		}
		cite := w.ruWords("brief-cite", f)
		switch {
		case len(arts) == 0:
		case briefGroup(p, f.Outside != "") == citedBinding:
			cites = append(cites, cite)
		case briefGroup(p, f.Outside != "") == citedForStandard:
			standard = append(standard, cite)
		default:
			other = append(other, cite)
		}
		for _, cl := range opts {
			o := w.optInOf(p, cl)
			c := w.ruWords("brief-cite-opt-in", struct {
				Articles              string
				Treaty                *treaties.TreatyText
				Date, Withdrawn, By   string
				Accepted, AfterOthers bool
			}{ruCite(cl), w.ruTreaty(p.treaty), ruEventDate(o.accepted), ruWithdrawn(o.withdrawn), w.ruBy(state, o.accepted), o.accepted != nil, len(arts) > 0})
			if o.refused() {
				standard = append(standard, c)
			} else {
				cites = append(cites, c)
			}
		}
		argue = argue || w.needsArgument(p)
	}
	if len(cites)+len(standard)+len(other) == 0 {
		return nil, nil
	}
	if argue {
		caveats = append(caveats, w.ruWords("brief-argument", struct {
			State ru.RuState
			Also  bool
		}{rs, len(cites) > 0}))
	}
	data := struct {
		State                  ru.RuState
		Cites, Standard, Other []string
		Caveats                []string
		Texts                  int
		We                     bool
		// Binding agrees with what binds: "обязательна статья 3",
		// "обязателен пункт 1 статьи 33", "обязательны:" before a list.
		Binding string
		// One cite cited for its standard, or only one other, is named in
		// the accusative after "приводим": "статью 10 …".
		StandardOne, OtherOne bool
		StandardAcc, OtherAcc []string
		StandardEnding        string // "ую", "ий": устанавливающую статью, устанавливающий пункт
	}{State: rs, Cites: cites, Standard: standard, Other: other, Caveats: caveats, Texts: len(annex), We: w.voice() == plural}
	data.Binding = ruBinding(cites)
	if len(standard) == 1 && ruSingleCite(standard[0]) {
		data.StandardOne, data.StandardAcc = true, []string{ruCiteAcc(standard[0])}
		data.StandardEnding = "ую"
		if !strings.HasPrefix(standard[0], "статья") {
			data.StandardEnding = "ий"
		}
	}
	if len(other) == 1 && ruSingleCite(other[0]) {
		data.OtherOne, data.OtherAcc = true, []string{ruCiteAcc(other[0])}
	}
	text := w.ruWords("brief-law", data)
	return []Block{&Paragraph{Text: text}}, annex
}

// ruSingleCite reports a brief letter's cite of one provision: "статья 3
// …", "пункт 1 статьи 33 …", not "статьи 6 и 7 …".
func ruSingleCite(cite string) bool {
	return (strings.HasPrefix(cite, "статья") || strings.HasPrefix(cite, "пункт\u00a0") || strings.HasPrefix(cite, "раздел\u00a0")) &&
		!ruFurtherProvision.MatchString(cite)
}

// ruFurtherProvision finds a second provision in a cite: "пункт 2 статьи
// 19 и статья 14 …", "пункт 1 статьи 3, статьи 22 и 37 …".
var ruFurtherProvision = lazyregexp.New(`(,|\s(и|и\s+также))[\s\x{00a0}]+(стать|пункт|раздел|част)`)

// ruCiteAcc puts a cite of one provision in the accusative: "статью 3 …";
// "пункт" and "раздел" read the same.
func ruCiteAcc(cite string) string {
	if rest, ok := strings.CutPrefix(cite, "статья"); ok {
		return "статью" + rest
	}
	return cite
}

// ruBinding is "обязательны:" before a list of what binds a state, or the
// short adjective agreeing with the one provision: "обязательна статья 3",
// "обязателен пункт 1 статьи 33".
func ruBinding(cites []string) string {
	switch {
	case len(cites) != 1:
		return "обязательны:"
	case !ruSingleCite(cites[0]):
		return "обязательны" // "пункт 2 статьи 19 и статья 14 …"
	}
	if strings.HasPrefix(cites[0], "статья") {
		return "обязательна"
	}
	return "обязателен"
}

// ruWhich is the relative pronoun, in the accusative, that agrees with a
// list of citations: "пункт 1 статьи 33, который", "статью 3, которую",
// "статьи 2 и 33, которые".
func ruWhich(cites []string) string {
	switch {
	case len(cites) != 1:
		return "которые"
	case strings.HasPrefix(cites[0], "статья"):
		return "которую"
	}
	return "который"
}

// ruKindNoun names reservations, understandings or declarations in an
// annex source.
func ruKindNoun(kind string) string {
	switch kind {
	case "reservation":
		return "оговорки"
	case "understanding":
		return "толкования"
	case "declaration":
		return "заявления"
	}
	return "оговорки и заявления"
}

// ruActors are the Russian names of the states that acted for a state
// before it acted in its own name (treaties/continuity.csv), by the
// predecessor's English name.
var ruActors = map[string]ru.RuState{
	"Union of Soviet Socialist Republics": {Forms: [6]string{"Союз Советских Социалистических Республик", "Союза Советских Социалистических Республик",
		"Союзу Советских Социалистических Республик", "Союз Советских Социалистических Республик", "Союзом Советских Социалистических Республик",
		"Союзе Советских Социалистических Республик"}},
	"Ukrainian Soviet Socialist Republic":    {Forms: [6]string{"Украинская ССР", "Украинской ССР", "Украинской ССР", "Украинскую ССР", "Украинской ССР", "Украинской ССР"}},
	"Byelorussian Soviet Socialist Republic": {Forms: [6]string{"Белорусская ССР", "Белорусской ССР", "Белорусской ССР", "Белорусскую ССР", "Белорусской ССР", "Белорусской ССР"}},
	"Federal Republic of Yugoslavia": {Forms: [6]string{"Союзная Республика Югославия", "Союзной Республики Югославии", "Союзной Республике Югославии",
		"Союзную Республику Югославию", "Союзной Республикой Югославией", "Союзной Республике Югославии"}},
	"Serbia and Montenegro": {Forms: [6]string{"Государственный союз Сербия и Черногория", "Государственного союза Сербия и Черногория",
		"Государственному союзу Сербия и Черногория", "Государственный союз Сербия и Черногория", "Государственным союзом Сербия и Черногория",
		"Государственном союзе Сербия и Черногория"}},
	"Czech and Slovak Federal Republic": {Forms: [6]string{"Чешская и Словацкая Федеративная Республика", "Чешской и Словацкой Федеративной Республики",
		"Чешской и Словацкой Федеративной Республике", "Чешскую и Словацкую Федеративную Республику", "Чешской и Словацкой Федеративной Республикой",
		"Чешской и Словацкой Федеративной Республике"}},
}

// ruActor puts in f the state that made the act e for the state, as
// actor does in English.
func (w *writer) ruActor(state treaties.State, e *treaties.Event, f *ruTreatyFacts) {
	if e == nil {
		return
	}
	c, ok := w.opt.Records.ActedAs(state, e.Date)
	if !ok {
		return
	}
	a, ok := ruActors[c.Predecessor]
	if !ok {
		return
	}
	f.Holder = f.State
	f.State = a
	f.ActorNote = w.ruWords("actor", struct {
		State, Holder       ru.RuState
		Continues, Succeeds bool
	}{a, f.Holder, c.Relation == "continues", c.Relation == "succeeds"})
	// The wording is trimmed: " (ныне Беларусь)" keeps its space here.
	if strings.HasPrefix(f.ActorNote, "(") {
		f.ActorNote = " " + f.ActorNote
	}
}

// ruBy is who made the act e for the state, where another state made it
// (the USSR for the Russian Federation) or the state under an earlier
// name, in the instrumental, as a brief mention says it: "ратификация
// Союзом Советских Социалистических Республик — 16 октября 1973 г."; ""
// where the state acted in its own name.
func (w *writer) ruBy(state treaties.State, e *treaties.Event) string {
	if e == nil {
		return ""
	}
	c, ok := w.opt.Records.ActedAs(state, e.Date)
	if !ok {
		return ""
	}
	if a, ok := ruActors[c.Predecessor]; ok {
		return a.Form(ru.Ins)
	}
	return c.Predecessor
}

// ruTreatyNamed is the Russian names of the library's treaty with the
// given short English name, as reservations name it.
func (w *writer) ruTreatyNamed(short string) *treaties.TreatyText {
	for _, t := range w.opt.Library.Treaties() {
		if t.Short == short {
			return w.ruTreaty(t)
		}
	}
	return &treaties.TreatyText{Name: short, NameGen: short, NameDat: short, NameAcc: short, ShortGen: short}
}

// ruStanding says how the state stands under a treaty, as standing does in English.
func (w *writer) ruStanding(state treaties.State, p *treatyPlan, also bool) string {
	t := p.treaty
	tt := w.ruTreaty(t)
	if t.Declaration {
		f := ruTreatyFacts{Treaty: tt, We: w.voice() == plural}
		if res, adopted := adoption(p.treaty.Concluded); !adopted.IsZero() {
			f.Resolution, f.Adopted = res, unbroken(ruDate(adopted))
		}
		return w.ruWords("declaration", f)
	}
	st := p.status
	f := ruTreatyFacts{State: w.ruState(state.Name), Treaty: tt, Also: also, We: w.voice() == plural}
	switch {
	case p.via != nil:
		if vt := w.treatyByKey(p.via.Via); vt != nil {
			f.Via = w.ruTreaty(vt)
		}
		f.Action, f.Date = ruAction(p.viaStatus.Bound.Action), ruEventDate(p.viaStatus.Bound)
		w.ruActor(state, p.viaStatus.Bound, &f)
		f.From, f.To = p.via.From, p.via.To
		f.Provision = ruProvision(p.via.Provision)
		if p.viaStated {
			// The state itself is bound, whoever made the act stated before.
			f.ViaStated, f.State, f.ActorNote = true, w.ruState(state.Name), ""
		}
		return w.ruWords("treaty-via", f)
	case st.Bound != nil && st.Inherited != nil && st.Left == nil:
		// A successor state, as in English.
		f.Action, f.Date = ruAction(st.Inherited.Action), ruEventDate(st.Inherited)
		if c, ok := w.opt.Records.ActedAs(state, st.Inherited.In()); ok {
			f.Predecessor = ruActors[c.Predecessor]
			if f.Predecessor.Forms[0] == "" {
				f.Predecessor = ru.RuState{Forms: [6]string{c.Predecessor, c.Predecessor, c.Predecessor, c.Predecessor, c.Predecessor, c.Predecessor}}
			}
		}
		f.Succeeded = ruEventDate(st.Bound)
		if !st.Bound.Effective.IsZero() {
			f.Effective = unbroken(ruDate(cases.DateOf(st.Bound.Effective)))
		}
		f.Mechanisms = w.ruMechanisms(state, p)
		return w.ruWords("treaty-succeeded", f)
	case st.Bound != nil:
		f.Action, f.Date, f.InForce = ruAction(st.Bound.Action), ruEventDate(st.Bound), ruInForce(st.Bound)
		w.ruActor(state, st.Bound, &f)
		f.Rejoined = st.Rejoined() && st.Bound.Action == treaties.Accession
		if st.Left != nil {
			f.Left = unbroken(ruDate(cases.DateOf(st.Left.In())))
			return w.ruWords("treaty-left", f)
		}
		if p.newProtocol() != nil {
			f.Protocol = w.ruTreaty(p.protocol)
			f.ProtocolAction, f.ProtocolDate = ruAction(p.protocolStatus.Bound.Action), ruEventDate(p.protocolStatus.Bound)
			f.SameDate = f.ProtocolAction == f.Action && f.ProtocolDate == f.Date && f.Date != "" && f.Action != "other" && f.Action != "succession"
			// Who joined the protocol: the state, or a predecessor
			// that made the act for it.
			f.ProtocolBy = w.ruState(state.Name)
			if c, ok := w.opt.Records.ActedAs(state, p.protocolStatus.Bound.Date); ok {
				if a, ok := ruActors[c.Predecessor]; ok {
					f.ProtocolBy = a
				}
			}
		}
		f.Mechanisms = w.ruMechanisms(state, p)
		f.Limited = w.limited(p)
		return w.ruWords("treaty-bound", f)
	case st.Left != nil:
		f.Left = unbroken(ruDate(cases.DateOf(st.Left.In())))
		return w.ruWords("treaty-left", f)
	case st.Signed != nil:
		f.Signed = ruEventDate(st.Signed)
		w.ruActor(state, st.Signed, &f)
		return w.ruWords("treaty-signed", f)
	case outside(w.opt.Records, state, t.ID) != nil:
		o := outside(w.opt.Records, state, t.ID).Organisation
		f.Outside = ruOrganisations[o]
		if f.Outside == "" {
			f.Outside = o
		}
		return w.ruWords("treaty-outside", f)
	case st.Known:
		if pt, ok := w.opt.Library.Treaty(t.Protocol); ok && t.Protocol != "" && !w.status(state, pt.ID).Party() {
			f.Protocol = w.ruTreaty(pt)
		}
		return w.ruWords("treaty-not-party", f)
	}
	return w.ruWords("treaty-other", f)
}

// ruEventDate is the date of e in a Russian letter; "" when only its
// entry into force is known.
func ruEventDate(e *treaties.Event) string {
	if e == nil || e.Date.IsZero() {
		return ""
	}
	return unbroken(ruDate(cases.DateOf(e.Date)))
}

// ruWithdrawn is the day a withdrawal took effect; "" for none.
func ruWithdrawn(e *treaties.Event) string {
	if e == nil || e.In().IsZero() {
		return ""
	}
	return unbroken(ruDate(cases.DateOf(e.In())))
}

func ruInForce(e *treaties.Event) string {
	if e == nil || !e.Date.IsZero() || e.Effective.IsZero() {
		return ""
	}
	return unbroken(ruDate(cases.DateOf(e.Effective)))
}

// ruMechanisms says what the state accepted besides the treaty itself,
// as mechanisms does in English: a declaration withdrawn is not claimed.
func (w *writer) ruMechanisms(state treaties.State, p *treatyPlan) []string {
	var out []string
	bound := p.status.Bound
	st := w.ruState(state.Name)
	say := func(name string, e treaties.Event, rejoined bool, reservation string) {
		if e.Date.IsZero() && e.Effective.IsZero() {
			return
		}
		d := struct {
			Date, Effective, Reservation string
			State                        ru.RuState
			SameDay, Rejoined            bool
		}{Date: ruEventDate(&e), State: st, SameDay: bound != nil && e.Date.Equal(bound.Date), Rejoined: rejoined, Reservation: reservation}
		// An act made for the state by another (the USSR) is that other's.
		if c, ok := w.opt.Records.ActedAs(state, e.Date); ok {
			if a, ok := ruActors[c.Predecessor]; ok {
				d.State = a
			}
		}
		if !e.Effective.IsZero() && !e.Effective.Equal(e.Date) {
			d.Effective = unbroken(ruDate(cases.DateOf(e.Effective)))
		}
		if d.Date == "" {
			d.Date = d.Effective
		}
		out = append(out, w.ruWords(name, d))
	}
	switch p.treaty.Records {
	case "CAT":
		if e, ok := p.status.Accepts(treaties.Declaration22, treaties.Withdrawal22); ok {
			say("mechanism-art22", e, false, "")
		} else if d, ok := p.status.Mechanism(treaties.Declaration22); ok {
			if wd, ok := p.status.Mechanism(treaties.Withdrawal22); ok {
				say("mechanism-art22", d, false, "")
				say("mechanism-art22-withdrawn", wd, false, "")
			}
		} else if wd, ok := p.status.Mechanism(treaties.Withdrawal22); ok {
			say("mechanism-art22-withdrawn", wd, false, "")
		}
	case "ICCPR":
		op := w.status(state, "iccpr-op1")
		switch {
		case op.Party():
			reservation := ""
			for _, r := range op.Reservations {
				if r.Text != "" && !r.Date.IsZero() && r.Date.Equal(op.Bound.Date) {
					reservation = clean(r.Text)
				}
			}
			if d, ok := rejoinedAfter(op); ok {
				out = append(out, w.ruWords("mechanism-op1-rejoined", struct {
					State                                           ru.RuState
					Noticed, Left, Rejoined, Effective, Reservation string
					SameDay                                         bool
				}{st, ruEventDate(&treaties.Event{Date: d.Noticed()}), ruWithdrawn(&d), ruEventDate(op.Bound), ruWithdrawn(op.Bound), reservation, d.Noticed().Equal(op.Bound.Date)}))
				break
			}
			say("mechanism-op1", *op.Bound, op.Rejoined(), reservation)
		case op.Left != nil:
			if h, ok := leftAgain(op); ok {
				out = append(out, w.ruWords("mechanism-op1-left-again", struct {
					State                     ru.RuState
					FirstLeft, Rejoined, Left string
					SameDay, Reservation      bool
				}{st, unbroken(ruDate(cases.DateOf(h.firstLeft))), unbroken(ruDate(cases.DateOf(h.rejoined))), unbroken(ruDate(cases.DateOf(op.Left.In()))),
					h.firstLeft.Equal(h.rejoined), h.reservation}))
				break
			}
			say("mechanism-op1-left", treaties.Event{Date: op.Left.In()}, false, "")
		}
	}
	return out
}

// ruArgument is what binds a state that a non-refoulement clause does not
// bind, or binds only within limits, as argument does in English: the
// customary norm, cited by the symbol and date of the documents that state
// it (their Russian titles were not read), and the CAT and the ICCPR
// where the state is party to them.
func (w *writer) ruArgument(state treaties.State, p *treatyPlan, plans []*treatyPlan) string {
	var also []string
	for _, b := range w.alsoBinding(state, p, plans) {
		also = append(also, w.ruWords("argument-"+strings.ToLower(b.key), struct {
			Treaty       *treaties.TreatyText
			State        ru.RuState
			Action, Date string
			Cited, By    string
		}{w.ruTreaty(b.treaty), w.ruState(state.Name), ruAction(b.bound.Action), ruEventDate(b.bound), ruWhere[b.cited], w.ruBy(state, b.bound)}))
	}
	return w.ruWords("argument", struct {
		State   ru.RuState
		Limited string
		Bound   bool
		Also    []string
	}{w.ruState(state.Name), w.limited(p), p.bound(), also})
}

// ruWhere says where in the letter a treaty is quoted.
var ruWhere = map[string]string{"above": "выше", "below": "ниже"}

func ruAction(a treaties.Action) string {
	switch a {
	case treaties.Ratification, treaties.Acceptance, treaties.Approval:
		return "ratification"
	case treaties.Accession:
		return "accession"
	case treaties.Succession:
		return "succession"
	}
	return "other"
}

// ruCiteGen is ruCite after "в отношении": "статьи 3", "пункта 1 статьи 33".
func ruCiteGen(c *treaties.Clause) string { return ruGenitive(ruCite(c)) }

// ruGenitive puts a citation in the genitive: "пункт 2 статьи I" →
// "пункта 2 статьи I".
func ruGenitive(s string) string {
	for _, r := range [][2]string{{"статья\u00a0", "статьи\u00a0"}, {"пункт\u00a0", "пункта\u00a0"}, {"раздел\u00a0", "раздела\u00a0"}} {
		if strings.HasPrefix(s, r[0]) {
			return r[1] + strings.TrimPrefix(s, r[0])
		}
	}
	return s
}

// ruCite is how a Russian letter refers to a clause: "статья 3", "пункт 1
// статьи 33", "пункт 2 раздела A статьи 1".
func ruCite(c *treaties.Clause) string {
	art := c.Article
	section := ""
	if i := strings.IndexFunc(art, func(r rune) bool { return r >= 'A' && r <= 'Z' }); i > 0 && isDigits(art[:i]) {
		art, section = art[:i], ruSectionLetter.Replace(art[i:])
	}
	switch {
	case section != "" && c.Paragraph != "":
		return "пункт\u00a0" + c.Paragraph + " раздела\u00a0" + section + " статьи\u00a0" + art
	case section != "":
		return "раздел\u00a0" + section + " статьи\u00a0" + art
	case c.Paragraph != "":
		return "пункт\u00a0" + c.Paragraph + " статьи\u00a0" + art
	}
	return "статья\u00a0" + art
}

// ruSectionLetter writes a section of an article as the Russian texts do,
// in the Cyrillic letter where one looks the same: раздел А, В, С.
var ruSectionLetter = strings.NewReplacer("A", "А", "B", "В", "C", "С", "E", "Е")

// ruGenCount is a number of years or months in the genitive, as after "в
// возрасте": "21 года", "52 лет", "11 лет"; one says "года" only after a
// number ending in 1 but not 11.
func ruGenCount(n int, one, many string) string {
	if n%10 == 1 && n%100 != 11 {
		return strconv.Itoa(n) + "\u00a0" + one
	}
	return strconv.Itoa(n) + "\u00a0" + many
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// language is the letter's language: the signer's, else the case's, else English.
func (o *Options) language(c *cases.Case) string {
	switch {
	case o.Signer != nil && o.Signer.Language != "":
		return o.Signer.Language
	case c.Letter.Language != "":
		return c.Letter.Language
	}
	return "en"
}

// composeIn writes the letter in a language other than English, from the
// case's values in that language.
func composeIn(lang string, c *cases.Case, opt Options) (*Letter, error) {
	if lang != "ru" {
		return nil, cases.Diagnostics{c.Diag(cases.SevError, "letter.language", "appeal cannot write letters in %q; it writes en and ru", lang)}
	}
	if ds := c.CheckLanguage(lang).Errors(); len(ds) > 0 {
		return nil, ds
	}
	in, err := c.In(lang)
	if err != nil {
		return nil, err
	}
	// How the recipient is addressed, and whether they decide or convey,
	// is read from the case as written (its English titles).
	w := &writer{c: c, opt: opt}
	r := w.recipientCase()
	// "Excellency" in Russian is for heads of state and government,
	// foreign ministers and ambassadors, and anyone the case calls H.E.
	// A minister of the interior or of justice is "господин Министр"
	// even where the English letter calls them Excellency.
	return composeRussian(in, opt, ruExcellentCase(r), envoy(r))
}

var ruDateWords = lazyregexp.New(`(\d{1,2}) (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) (\d{4}) г\.`)

// ruUnbroken keeps the dates in a text on one line: "10 декабря 1984 г.".
func ruUnbroken(s string) string {
	return ruDateWords.ReplaceAllString(s, "$1\u00a0$2 $3\u00a0г.")
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ruTextStatus says in Russian what kind of Russian text a quotation is.
func ruTextStatus(tt *treaties.TreatyText) string {
	switch tt.Status {
	case treaties.Authentic:
		return "аутентичный текст на русском языке"
	case treaties.Translation:
		if tt.Translator == "" {
			return "перевод на русский язык"
		}
		return "официальный перевод на русский язык (" + tt.Translator + ")"
	case treaties.DeclarationText:
		return "текст ООН на русском языке"
	}
	return "текст на русском языке"
}

// ruTreaty is the treaty's Russian names; a treaty appeal has none for
// (one from --treaties) keeps its own name in every case.
func (w *writer) ruTreaty(t *treaties.Treaty) *treaties.TreatyText {
	if tt, ok := w.opt.Library.TreatyIn(t, "ru"); ok {
		return tt
	}
	n := clean(t.Name)
	return &treaties.TreatyText{Language: "ru", Name: n, Short: n, NameGen: n, NameDat: n, NameAcc: n, ShortGen: n, Concluded: clean(t.Concluded)}
}

// ruAbbrev is an abbreviation that stays on one line with the word after it.
var ruAbbrev = lazyregexp.New(`(^|[\s(«])(ул\.|г\.|д\.|пр\.|№) `)

// ruSpaces keeps "ул.", "г." (a city), "д." and "№" on one line with what
// follows: "ул.\u00a0Орынбор", "г.\u00a0Алматы", "№\u00a02". The "г." of a
// year ends a date and may end a sentence, so it is left as it is.
func ruSpaces(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range ruAbbrev.FindAllStringSubmatchIndex(s, -1) {
		word, end := s[m[4]:m[5]], m[1]
		if word == "г." && ruYearBefore(s[:m[4]]) {
			continue
		}
		b.WriteString(s[last : end-1])
		b.WriteString("\u00a0")
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// ruYearBefore reports a text that ends in a year and a space: "2012 ".
func ruYearBefore(s string) bool {
	s = strings.TrimRight(s, " \u00a0")
	n := 0
	for n < len(s) && n < 4 && s[len(s)-1-n] >= '0' && s[len(s)-1-n] <= '9' {
		n++
	}
	return n == 4
}

var (
	ruUNTC   = lazyregexp.New(`^UNTC status page MTDSG ([IVXL]+)-(\d+(?:-[a-z])?)(, declarations and reservations)?, as scraped (\d{4})-(\d{2})-(\d{2})$`)
	ruOHCHR  = lazyregexp.New(`^OHCHR ratification dashboard export \(([A-Z-]+)\), last updated (\d{4})-(\d{2})-(\d{2})$`)
	ruQuoted = lazyregexp.New("`([^`']{1,200})'")
	// ruArticlePara is a provision by article and paragraph: "article I (1)".
	ruArticlePara = lazyregexp.New(`^article ([IVXL\d]+) ?\((\d+)\)$`)
)

// ruSource cites a record's source in Russian where appeal knows its form:
// "UNTC status page MTDSG IV-4, declarations and reservations, as scraped
// 2015-03-14" is "Сборник договоров ООН, гл. IV.4, оговорки и заявления;
// по состоянию на 14 марта 2015 г.". Any other source is cited as it is.
func ruSource(s string) string {
	if m := ruUNTC.FindStringSubmatch(s); m != nil {
		out := "Сборник договоров ООН, гл.\u00a0" + m[1] + "." + m[2]
		if m[3] != "" {
			out += ", оговорки и заявления"
		}
		return out + "; по состоянию на " + ruAsOf(m[4], m[5], m[6])
	}
	if m := ruOHCHR.FindStringSubmatch(s); m != nil {
		return "УВКПЧ ООН, сведения о ратификации (" + m[1] + "); по состоянию на " + ruAsOf(m[2], m[3], m[4])
	}
	return s
}

func ruAsOf(y, m, d string) string {
	var year, month, day int
	fmt.Sscan(y, &year)
	fmt.Sscan(m, &month)
	fmt.Sscan(d, &day)
	return unbroken(ruDate(cases.Date{Year: year, Month: month, Day: day}))
}

// ruInnerQuotes puts the `…' of an English passage quoted inside «…» in
// the quotation marks Russian nests there: „…“.
func ruInnerQuotes(s string) string {
	return ruQuoted.ReplaceAllString(s, "„$1“")
}

// ruEnglish is what a Russian letter says of a clause it quotes in
// English: an authentic language of the treaty where the treaty's record
// says so, else only the language.
func ruEnglish(t *treaties.Treaty) string {
	if slicesContains(t.Languages, "English") {
		return "текст на английском языке, одном из аутентичных языков договора"
	}
	return "текст на английском языке"
}

// ruJoinCites lists the cited clauses of one treaty, whole articles
// together: "статьи 14 и 18", "пункт 1 статьи 3, статьи 22 и 37",
// "пункт 1 статьи 3 и статья 9".
func ruJoinCites(cites []string) string {
	var out, arts []string
	at := -1
	for _, c := range cites {
		if n, ok := strings.CutPrefix(c, "статья\u00a0"); ok && !strings.ContainsAny(n, " \u00a0") {
			if at < 0 {
				at = len(out)
				out = append(out, "")
			}
			arts = append(arts, n)
			continue
		}
		out = append(out, c)
	}
	switch len(arts) {
	case 0:
		return ruJoin(out)
	case 1:
		out[at] = "статья\u00a0" + arts[0]
		return ruJoin(out)
	}
	out[at] = "статьи\u00a0" + ruJoin(arts)
	return strings.Join(out, ", ")
}

// ruProvision is a treaty provision in Russian: "article I (1)" is
// "пункт 1 статьи I", "article II" "статья II".
func ruProvision(p string) string {
	if m := ruArticlePara.FindStringSubmatch(p); m != nil {
		return "пункт\u00a0" + m[2] + " статьи\u00a0" + m[1]
	}
	return unbroken(strings.Replace(p, "article", "статья", 1))
}

// ruLowerFirst lowers the capital a case's text starts with where it
// goes on a sentence of the letter ("просим Вас: 1. не допустить …",
// "1 марта 2026 г. власти России объявили …"), but only where known says
// its first word is an ordinary one: a name keeps its capital. kept is
// the first word where it has a capital the letter keeps, for validate.
func ruLowerFirst(s string, known func(lower string) bool) (out, kept string) {
	first, rest := s, ""
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		first, rest = s[:i], s[i:] // "Г-н\u00a0Сидоренко" keeps its no-break space
	}
	r := []rune(first)
	if len(r) == 0 || !unicode.Is(unicode.Cyrillic, r[0]) || !unicode.IsUpper(r[0]) {
		return s, ""
	}
	for _, x := range r[1:] {
		if unicode.IsUpper(x) {
			return s, "" // "МВД", "СИЗО": an abbreviation
		}
	}
	lower := strings.ToLower(first)
	if !known(strings.TrimRight(lower, ",:;")) {
		return s, first
	}
	return lower + rest, ""
}

// ruRequestWord reports a word a request may start with that is never a
// name: "не", and a verb in the infinitive ("освободить", "провести").
func ruRequestWord(w string) bool {
	if w == "не" || w == "ни" {
		return true
	}
	for _, e := range []string{"ть", "ться", "чь", "чься", "ти", "тись"} {
		if strings.HasSuffix(w, e) && len([]rune(w)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// ruEventCommon are words an event may start with that are never names.
var ruEventCommon = map[string]bool{
	"он": true, "она": true, "они": true, "его": true, "ее": true, "её": true, "их": true, "ему": true, "ей": true, "им": true,
	"власти": true, "полиция": true, "полицейские": true, "сотрудники": true, "сотрудник": true, "следователь": true,
	"следователи": true, "суд": true, "прокурор": true, "адвокат": true, "адвокаты": true, "неизвестные": true,
	"представители": true, "органы": true, "родственники": true, "семья": true, "жена": true, "муж": true, "мать": true,
	"отец": true, "брат": true, "сестра": true, "сын": true, "дочь": true, "дети": true, "после": true, "затем": true,
	"тогда": true, "когда": true, "в": true, "во": true, "на": true, "по": true, "с": true, "со": true, "к": true, "о": true,
	"об": true, "у": true, "из": true, "при": true, "за": true, "для": true, "и": true, "а": true, "но": true,
	"этот": true, "эта": true, "это": true, "эти": true, "решение": true, "приговор": true, "дело": true,
	"был": true, "была": true, "было": true, "были": true,
	"г-н": true, "г-жа": true, "г-на": true, "г-жи": true, "г-ну": true, "г-же": true, "господин": true, "госпожа": true,
}

func ruEventWords(w string) bool { return ruEventCommon[w] }

// ruAdvise warns where a Russian letter keeps a capital a case's text
// starts with because appeal cannot tell a name from an ordinary word.
func ruAdvise(c *cases.Case) cases.Diagnostics {
	in, err := c.In("ru")
	if err != nil {
		return nil
	}
	var ds cases.Diagnostics
	for i, r := range in.Recipients {
		if c.Letter.Language != "ru" || i >= len(c.Recipients) {
			continue
		}
		path := recipientPath(c, fmt.Sprintf("recipients[%d]", i))
		if _, guess := ruSalutation(r, ruExcellentCase(c.Recipients[i])); guess != "" {
			ds = append(ds, c.Diag(cases.SevWarning, path+".name", "%s", guess))
		}
		if _, _, why := ruDative(r); why != "" && clean(r.Name) != "" {
			ds = append(ds, c.Diag(cases.SevWarning, path+".name",
				"a Russian letter addresses its recipient in the dative («Министру юстиции … / г-же В. Ивановой»); this one stays in the nominative, since %s", why))
		}
	}
	for i, r := range in.Requests {
		if _, kept := ruLowerFirst(trimStop(clean(r)), ruRequestWord); kept != "" && hasCyrillic(r) {
			ds = append(ds, c.Diag(cases.SevWarning, fmt.Sprintf("requests[%d]", i),
				"in Russian a request follows «просим Вас», so it starts in lower case unless it starts with a name; the letter keeps «%s» as written: if it is not a name, write it in lower case", kept))
		}
	}
	ds = append(ds, ruUndeclined(c, in)...)
	ds = append(ds, ruFamilyWarnings(c, in)...)
	for i, ch := range in.Charges {
		a := clean(ch.Article)
		if _, ok := ruArticleIns(a); !ok && a != "" && (hasCyrillic(a) || c.Letter.Language == "ru") {
			ds = append(ds, c.Diag(cases.SevWarning, fmt.Sprintf("charges[%d].article", i),
				"a Russian letter cites a charge as «предусмотренного статьей 282» or «… частью 2 статьи 282»; it cannot read %q so, and cites it in brackets after the offence: give the article's number, or write «часть 2 статьи 282», «пункт «б» части 2 статьи 105»", a))
		}
	}
	for i, e := range in.Events {
		if _, kept := ruLowerFirst(trimStop(clean(e.What)), ruEventWords); kept != "" && hasCyrillic(e.What) {
			ds = append(ds, c.Diag(cases.SevWarning, fmt.Sprintf("events[%d].what", i),
				"in Russian an event follows its date in the sentence («1 марта 2026 г. власти …»), so it starts in lower case unless it starts with a name; the letter keeps «%s» as written: if it is not a name, write it in lower case", kept))
		}
	}
	return ds
}

// ruOwnChildren matches a dependant that is the person's own children, as
// family.children counts them: "троих несовершеннолетних детей", "своих
// детей", "двух сыновей (5 и 7 лет)"; not "детей покойного брата".
var ruOwnChildren = lazyregexp.New(`(?i)^(своих\s+|своего\s+|свою\s+|его\s+|ее\s+|её\s+|их\s+)?([\p{L}-]+\s+){0,2}(детей|сыновей|дочерей|ребенка|ребёнка|сына|дочь)(\s*$|\s*[,(]|\s+в\s+возрасте)`)

// ruUndeclined warns where a case's own Russian text leaves the person's
// family name in the nominative after a form of address that needs
// another case: "приговорил г-на Сатторий" for "г-на Саттория".
func ruUndeclined(c, in *cases.Case) cases.Diagnostics {
	d := in.Detainee
	family := clean(d.FamilyName)
	if family == "" {
		family, _ = familyName(d.Name)
	}
	g := ru.Masc
	hons := [][2]string{{"г-на", "gen"}, {"г-ну", "dat"}, {"господина", "gen"}, {"господину", "dat"}}
	switch d.Pronouns {
	case cases.She:
		g = ru.Fem
		hons = [][2]string{{"г-жи", "gen"}, {"г-же", "dat"}, {"госпожи", "gen"}, {"госпоже", "dat"}}
	case cases.He:
	default:
		return nil
	}
	if family == "" || !hasCyrillic(family) {
		return nil
	}
	given, _, _ := strings.Cut(clean(d.Name), " ")
	givenGen := ""
	if given != family {
		givenGen, _ = ru.RuSurname(given, g, ru.Gen) // a given name in a consonant declines as a family name does
	}
	texts := map[string]string{"letter.subject": in.Letter.Subject, "status.awaiting": in.Status.Awaiting, "accusation": in.Accusation}
	for i, e := range in.Events {
		texts[fmt.Sprintf("events[%d].what", i)] = e.What
	}
	for i, r := range in.Requests {
		texts[fmt.Sprintf("requests[%d]", i)] = r
	}
	var ds cases.Diagnostics
	for _, path := range slices.Sorted(maps.Keys(texts)) {
		words := strings.FieldsFunc(texts[path], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",.;:()«»", r) })
		for i := 0; i+1 < len(words); i++ {
			// "блогера Отабека Сатторий": the given name declined, the family name not.
			if words[i+1] == family && givenGen != "" && givenGen != given && words[i] == givenGen {
				if form, ok := ru.RuSurname(family, g, ru.Gen); ok && form != family {
					ds = append(ds, c.Diag(cases.SevWarning, path, "«%s %s»: the family name declines with the given name; write «%s %s»", words[i], family, words[i], form))
				}
			}
			for _, h := range hons {
				if strings.ToLower(words[i]) != h[0] || words[i+1] != family {
					continue
				}
				k, _ := ru.ParseCase(h[1])
				if form, ok := ru.RuSurname(family, g, k); ok && form != family {
					ds = append(ds, c.Diag(cases.SevWarning, path, "«%s %s»: after «%s» the family name declines; write «%s %s»", words[i], family, words[i], words[i], form))
				}
			}
		}
	}
	return ds
}

func hasCyrillic(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) >= 0
}

// ruOthers names the other recipients in the cc of a Russian letter in
// the dative, as a copy is addressed: "Генеральному прокурору Республики
// Казахстан Б. Даулбаеву"; by the office alone where the name cannot be
// declined for certain ("Уполномоченному по правам человека"), so that
// the list reads one way. Only one whose title does not decline either
// stays as others gives it, in the nominative.
func ruOthers(all *cases.Case, except int, cc []string) []string {
	if len(cc) == 0 {
		return cc
	}
	out := slices.Clone(cc)
	j := 0
	for i, r := range all.Recipients {
		if i == except {
			continue
		}
		title, name, why := ruDative(r)
		switch {
		case why == "" && title != "" && name != "":
			_, name, _ = strings.Cut(name, "\u00a0") // "г-ну\u00a0Б.\u00a0Даулбаеву": no honorific in a list
			out[j] = title + " " + name
		case why == "" && title != "":
			out[j] = title
		default:
			if t, ok := ru.RuTitleDat(clean(r.Title)); ok && t != "" {
				out[j] = ru.Capitalise(t)
			}
		}
		j++
	}
	return out
}

// ruDependants are the people a person supports, in the sender's Russian
// words. An item that only goes on describing the one before («которая
// осталась в Синьцзяне», «в возрасте 15 лет») is how YAML reads «[свою
// жену Гульнар, которая осталась в Синьцзяне]»: it is put back after that
// one, never listed as a person of its own.
func ruDependants(items []string) []string {
	var out []string
	for _, d := range cleanAll(items) {
		d = trimStop(d)
		if rest, ok := strings.CutPrefix(d, "и "); ok && len(out) > 0 {
			d = rest
		}
		if len(out) > 0 && ruContinuesPrevious(d) {
			out[len(out)-1] += ", " + d
			continue
		}
		out = append(out, d)
	}
	return out
}

var ruContinuation = lazyregexp.New(`^(котор\pL*|чей|чья|чье|чьё|чьи|в\s+возрасте|ныне)([^\pL-]|$)|^[0-9]`)

func ruContinuesPrevious(s string) bool { return ruContinuation.MatchString(s) }

// ruJoinClosed lists items as ruJoin does, closing an item with a comma of
// its own before the next: «жену Гульнар, которая осталась в Синьцзяне, и
// мать».
func ruJoinClosed(items []string) string {
	closed := slices.Clone(items)
	for i := 0; i < len(closed)-1; i++ {
		if strings.Contains(closed[i], ", ") {
			closed[i] += ","
		}
	}
	return ruJoin(closed)
}

// ruPeople splits the dependants into the people they name, one phrase
// each: «свою жену Анну и двоих детей» is «свою жену Анну», «двоих детей».
func ruPeople(items []string) []string {
	var out []string
	for _, d := range items {
		for _, p := range ruPeopleSep.Split(trimStop(clean(d)), -1) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

var ruPeopleSep = lazyregexp.New(`,\s*|\s+и\s+`)

// ruSpouseDependant matches a dependant who is the person's spouse:
// «свою жену Анну», «больного мужа»; not «брата мужа», «мать жены» or
// «жену брата».
var ruSpouseDependant = lazyregexp.New(`(?i)^(свою\s+|своего\s+|его\s+|ее\s+|её\s+|их\s+)?(\pL+(ую|ого|его)\s+)?(жену|мужа|супругу|супруга)(\s*$|\s*\(|(?-i:\s+\p{Lu})|\s+в\s+возрасте)`)

// ruChildrenDependant matches a dependant that is the person's own
// children, with the number it gives if any: «двоих детей», «своих
// несовершеннолетних детей»; ruChildDependant one child: «сына», «свою
// младшую дочь»; neither «детей покойного брата».
var (
	ruChildrenDependant = lazyregexp.New(`(?i)^(?:своих\s+|его\s+|ее\s+|её\s+|их\s+)?(?:(\pL+|\d+)\s+)?(?:\pL+(?:их|ых)\s+)?(детей|сыновей|дочерей)(\s*$|\s*\(|\s+в\s+возрасте)`)
	ruChildDependant    = lazyregexp.New(`(?i)^(?:своего\s+|свою\s+|его\s+|ее\s+|её\s+|их\s+)?(?:\pL+(?:ую|ого|его)\s+)?(ребенка|ребёнка|сына|дочь)(\s*$|\s*\(|\s+в\s+возрасте)`)
)

// ruNamesSpouse reports whether some dependant is the person's spouse.
func ruNamesSpouse(items []string) bool {
	return slices.ContainsFunc(ruPeople(items), ruSpouseDependant.MatchString)
}

// ruChildrenNamed counts the children family.children counts that the
// dependants name: one for each child named alone, all of them for «своих
// детей» or «двоих детей» where the number is the count.
func ruChildrenNamed(items []string, children int) int {
	n := 0
	for _, p := range ruPeople(items) {
		if m := ruChildrenDependant.FindStringSubmatch(p); m != nil {
			if k, ok := ruNumberWord(m[1]); !ok || k == children {
				return children
			}
			continue
		}
		if ruChildDependant.MatchString(p) {
			n++
		}
	}
	return n
}

// ruNumberWord reads a number before «детей»: «двоих», «двух», «3»; ok is
// false for a word that is no number («несовершеннолетних»).
func ruNumberWord(w string) (int, bool) {
	if w == "" {
		return 0, false
	}
	if k, err := strconv.Atoi(w); err == nil {
		return k, true
	}
	w = strings.ToLower(w)
	for k := 1; k <= 20; k++ {
		for _, c := range []ru.Case{ru.Nom, ru.Gen, ru.Acc} {
			if first, _, _ := strings.Cut(ru.RuCount(k, ru.Nouns["ребенок"], c), " "); first == w {
				return k, true
			}
			if first, _, _ := strings.Cut(ru.RuNumber(k, ru.Masc, c, true), " "); first == w {
				return k, true
			}
		}
	}
	return 0, false
}

// ruFamilyWarnings says where the Russian letter names a person of the
// family once, through the dependants, and where it still says one twice.
func ruFamilyWarnings(c, in *cases.Case) cases.Diagnostics {
	var ds cases.Diagnostics
	f := in.Family
	for i := 1; i < len(f.Dependants); i++ {
		if d := trimStop(clean(f.Dependants[i])); ruContinuesPrevious(d) && !continuesPrevious(d) {
			ds = append(ds, c.Diag(cases.SevWarning, fmt.Sprintf("family.dependants[%d]", i),
				"«%s» goes on describing the dependant before it, so the Russian letter joins them with a comma; to keep one dependant in one item, quote the whole item: - \"%s, %s\"", d, trimStop(clean(f.Dependants[i-1])), d))
		}
	}
	if n := f.Children; n > 0 {
		named := ruChildrenNamed(f.Dependants, n)
		for i, d := range f.Dependants {
			if i < len(c.Family.Dependants) && (ownChildren.MatchString(strings.TrimSpace(c.Family.Dependants[i])) || ownChild.MatchString(strings.TrimSpace(c.Family.Dependants[i]))) {
				break // the English letter's warning says it
			}
			d = trimStop(clean(d))
			if !slices.ContainsFunc(ruPeople([]string{d}), func(p string) bool {
				return ruChildrenDependant.MatchString(p) || ruChildDependant.MatchString(p)
			}) {
				continue
			}
			path := fmt.Sprintf("family.dependants[%d]", i)
			if named >= n {
				ds = append(ds, c.Diag(cases.SevWarning, path,
					"family.children (%d) counts the children this dependant names («%s»): the Russian letter names them once, through the dependants, and leaves out «воспитывает %s»; check that this is what you mean", n, d, ru.RuCount(n, ru.Nouns["ребенок"], ru.Acc)))
			} else {
				ds = append(ds, c.Diag(cases.SevWarning, path,
					"family.children already gives the children, and the Russian letter says both («воспитывает %s … также содержит %s»); name here only dependants who are not the children counted there",
					ru.RuCount(n, ru.Nouns["ребенок"], ru.Acc), d))
			}
			break
		}
	}
	if f.Spouse != "" {
		for i, d := range f.Dependants {
			if i < len(c.Family.Dependants) && namesSpouse(c.Family.Dependants[i]) {
				break // the English letter's warning says it
			}
			d = trimStop(clean(d))
			if !ruNamesSpouse([]string{d}) {
				continue
			}
			path := fmt.Sprintf("family.dependants[%d]", i)
			if f.SpousePregnant {
				ds = append(ds, c.Diag(cases.SevWarning, path,
					"family.spouse and this dependant («%s») are the same person, and the Russian letter says both («… ждет ребенка … также содержит %s»); say what the spouse needs in a paragraph instead", d, d))
			} else {
				ds = append(ds, c.Diag(cases.SevWarning, path,
					"family.spouse and this dependant («%s») are the same person: the Russian letter names them once, through the dependant, and leaves out that the person is married; check that this is what you mean", d))
			}
			break
		}
	}
	return ds
}
