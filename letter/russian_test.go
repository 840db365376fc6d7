package letter

import (
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
)

// ruCase is baseCase written in Russian: every value is Russian text.
func ruCase() *cases.Case {
	c := baseCase()
	c.Letter.Language = "ru"
	c.Letter.Subject = "Обращение"
	c.Recipients = []cases.Recipient{{Honorific: "Mr", Name: "Аскар Даулбаев"}}
	c.Recipient = c.Recipients[0]
	c.Sender.Organisation = "Друзья обвиняемых"
	c.Detainee.Name = "Азиз Каримов"
	c.Requests = []string{"не допустить выдачи"}
	return c
}

// TestRussianSentences composes Russian letters over custody, proceeding,
// pronouns, family and age, and checks the sentences each must contain and
// what it must never say: for "they" no word that shows a gender.
func TestRussianSentences(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *cases.Case)
		want   []string
		never  []string
	}{
		{"he, detained, requested, accused", func(c *cases.Case) { c.Accusation = "обвинения в мошенничестве" },
			[]string{"Нам стало известно, что Азиз Каримов задержан и находится под стражей в Казахстане в связи с запросом Узбекистана о выдаче. Основание запроса — обвинения в мошенничестве."},
			[]string{"задержана"}},
		{"she", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Detainee.Honorific = cases.She, "Ms"
			c.Asks = []string{"no-removal"}
		},
			[]string{"Азиз Каримов задержана и находится под стражей", "отказать Узбекистану в выдаче указанного лица"}, []string{"задержан и", "г-жи Каримов", "в ее выдаче"}},
		{"she, a name that declines", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Detainee.Honorific, c.Detainee.Name = cases.She, "Ms", "Гульнора Юсупова"
			c.Asks = []string{"no-removal"}
		}, []string{"отказать Узбекистану в выдаче г-жи Юсуповой"}, nil},
		{"he: the extradition ask names him, not a pronoun that could be the state's", func(c *cases.Case) {
			c.Detainee.Name, c.Detainee.Honorific = "Аскар Калиев", "Mr"
			c.Asks = []string{"no-removal"}
			c.Status.Awaiting = "решения Генеральной прокуратуры"
		}, []string{"отказать Узбекистану в выдаче г-на Калиева", "ожидает решения Генеральной прокуратуры о его выдаче Узбекистану."},
			[]string{"в его выдаче", "по вопросу о", "выдаче в Узбекистан"}},
		{"they: nothing shows a gender", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Asks = []string{"no-removal", "lawyer", "release", "family"}
			c.Family.Spouse, c.Family.SpousePregnant = "wife", true
		},
			[]string{"что Азиз Каримов находится под стражей в Казахстане", "отказать Узбекистану в выдаче указанного лица;",
				"обеспечить указанному лицу незамедлительный и регулярный доступ к адвокату по собственному выбору;",
				"принять решение об освобождении указанного лица из-под стражи",
				"разрешить указанному лицу регулярно общаться с семьей",
				"Жена указанного лица ждет ребенка."},
			[]string{"задержан", "г-н", "г-жа", " его ", " ее ", " ему ", " ей ", "Г-н", "в выдаче;", "обеспечить незамедлительный", "разрешить регулярно"}},
		{"they, deportation: every sentence has its person", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "China"
			c.Status.Detained = no()
			c.Asks = []string{"no-removal", "family"}
		}, []string{"власти Казахстана намерены осуществить депортацию указанного лица в Китай.", "остановить депортацию указанного лица в Китай;"},
			[]string{"осуществить депортацию в", "остановить депортацию в"}},
		{"they, extradition at liberty", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Status.Detained = no()
		}, []string{"Узбекистан добивается выдачи указанного лица."}, []string{"добивается выдачи."}},
		{"deportation to the Russian Federation", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Russian Federation"
		}, []string{"власти Казахстана намерены осуществить его депортацию в Российскую Федерацию."}, []string{"запрос"}},
		{"not in custody, removal to Cuba", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "removal", "", "Cuba"
			c.Status.Detained = no()
		}, []string{"Азиз Каримов находится в Казахстане и не содержится под стражей; власти Казахстана намерены осуществить его выдворение на Кубу."}, []string{"задержан"}},
		{"four children, pregnant wife", func(c *cases.Case) {
			c.Family.Children, c.Family.Spouse, c.Family.SpousePregnant = 4, "wife", true
		}, []string{"Г-н Каримов воспитывает четверых детей; его жена ждет ребенка."}, nil},
		{"a partner, pregnant", func(c *cases.Case) {
			c.Family.Spouse, c.Family.SpousePregnant = "partner", true
		}, []string{"Его гражданская супруга ждет ребенка."}, []string{"партнер"}},
		{"a partner", func(c *cases.Case) {
			c.Family.Spouse = "partner"
		}, []string{"Г-н Каримов состоит в фактических брачных отношениях."}, []string{"партнер"}},
		{"dependants only: no \"также\"", func(c *cases.Case) {
			c.Family.Dependants = []string{"свою младшую сестру"}
		}, []string{"Он содержит свою младшую сестру."}, []string{"также содержит"}},
		{"children and dependants", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 2, []string{"свою младшую сестру"}
		}, []string{"Он также содержит свою младшую сестру."}, nil},
		{"one child", func(c *cases.Case) { c.Family.Children = 1 }, []string{"воспитывает одного ребенка."}, nil},
		{"a charge of three years", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Республики Узбекистан", Article: "244-1", MaxYears: 3}}
		}, []string{"Г-н Каримов обвиняется в совершении преступления, предусмотренного статьей 244-1 Уголовного кодекса Республики Узбекистан, за которое предусмотрено наказание в виде лишения свободы на срок до трех лет."}, nil},
		{"two charges, a numbered list", func(c *cases.Case) {
			c.Charges = []cases.Charge{
				{Code: "Уголовный кодекс Республики Узбекистан", Article: "229-2", Offence: "нарушение порядка преподавания религиозных вероучений", MaxYears: 3},
				{Code: "Уголовный кодекс Республики Узбекистан", Article: "159", MaxPenalty: "двадцать лет лишения свободы"},
			}
		}, []string{"Г-н Каримов обвиняется в совершении следующих преступлений:",
			"преступления, предусмотренного статьей 229-2 Уголовного кодекса Республики Узбекистан («нарушение порядка преподавания религиозных вероучений»), за которое предусмотрено наказание в виде лишения свободы на срок до трех лет;",
			"преступления, предусмотренного статьей 159 Уголовного кодекса Республики Узбекистан, максимальное наказание за которое — двадцать лет лишения свободы."}, nil},
		{"a charge of twenty-one years", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "УК", Article: "1", MaxYears: 21}}
		}, []string{"статьей 1 УК, за которое предусмотрено наказание в виде лишения свободы на срок до двадцати одного года."}, nil},
		{"age in figures, a child named as one", func(c *cases.Case) { c.Detainee.Age = 15 }, []string{"несовершеннолетний Азиз Каримов, 15 лет, задержан"}, []string{"пятнадцать"}},
		{"born on a date: the year and the age", func(c *cases.Case) {
			c.Detainee.Born = cases.Date{Year: 2010, Month: 2, Day: 3}
			c.Letter.Date = cases.Date{Year: 2026, Month: 11, Day: 20}
		}, []string{"несовершеннолетний Азиз Каримов, 2010 года рождения (16 лет), задержан"}, nil},
		{"a child, they", func(c *cases.Case) { c.Detainee.Age, c.Detainee.Pronouns = 15, cases.They }, []string{"Азиз Каримов, 15 лет, находится"}, []string{"несовершеннолетн"}},
		{"held since a date", func(c *cases.Case) {
			c.Status.HeldAt, c.Status.Since = "СИЗО-1 г. Алматы", cases.Date{Year: 2025, Month: 10, Day: 3}
		}, []string{"С 3 октября 2025 г. г-н Каримов находится в СИЗО-1 г. Алматы."}, nil},
		{"held since a month: the genitive", func(c *cases.Case) {
			c.Status.HeldAt, c.Status.Since = "СИЗО-1 г. Алматы", cases.Date{Year: 2026, Month: 2}
		}, []string{"С февраля 2026 г. г-н Каримов находится"}, []string{"С февраль"}},
		{"in custody since a date, no place: said once", func(c *cases.Case) {
			c.Status.Since = cases.Date{Year: 2026, Month: 11, Day: 1}
		}, []string{"Г-н Каримов задержан 1 ноября 2026 г."}, []string{"находится под стражей с"}},
		{"in custody since a month, they", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Status.Since = cases.Date{Year: 2026, Month: 2}
		}, []string{"Азиз Каримов находится под стражей с февраля 2026 г."}, nil},
		{"deportation: charges at home, no \"Основание преследования\"; alternatives to detention", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Uzbekistan"
			c.Detainee.Pronouns, c.Detainee.Honorific = cases.She, "Ms"
			c.Accusation = "обвинения в «экстремизме»"
			c.Status.Awaiting = "решения Управления по вопросам миграции"
			c.Asks = []string{"release"}
			c.Risks = []cases.Risk{{Finding: "Пытки распространены", Source: "Доклад"}}
		}, []string{"В Узбекистане ей предъявлены обвинения в «экстремизме».", "рассмотреть альтернативы содержанию под стражей",
			"ожидает решения Управления по вопросам миграции о ее депортации в Узбекистан.",
			"угроза, которой г-жа Каримов может подвергнуться в Узбекистане в случае депортации."},
			[]string{"Основание", "меры пресечения", "по вопросу о", "подвергнется"}},
		{"a deadline in a month: the genitive after «не позднее»", func(c *cases.Case) {
			c.Status.Deadline = cases.Date{Year: 2099, Month: 2}
		}, []string{"Решение о выдаче ожидается не позднее февраля 2099 г."}, []string{"февраль"}},
		{"a transfer in a month", func(c *cases.Case) {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2099, Month: 2}, "transfer"
		}, []string{"может состояться уже в феврале 2099 г."}, nil},
		{"a deadline: a hearing", func(c *cases.Case) {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 10}, "hearing"
		}, []string{"Судебное заседание по делу о выдаче назначено на 10 марта 2026 г.", "безотлагательно"}, nil},
		{"a trial, detained", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "trial", "", ""
			c.Accusation = "обвинения в экстремизме"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 10}, "decision"
			c.Asks = []string{"no-removal", "lawyer"}
		}, []string{"Азиз Каримов задержан и находится под стражей в Казахстане в ожидании суда. Основание преследования — обвинения в экстремизме.",
			"Приговор ожидается не позднее 10 марта 2026 г.", "обеспечить ему незамедлительный"}, []string{"отказать", "по вопросу о"}},
		{"a trial, at liberty, they", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "trial", "", ""
			c.Status.Detained = no()
			c.Detainee.Pronouns = cases.They
		}, []string{"Азиз Каримов находится в Казахстане и не содержится под стражей; в отношении указанного лица ведется уголовное преследование, дело рассматривается судом."}, nil},
		{"an ambassador conveys", func(c *cases.Case) {
			c.Recipients[0].Title = "Посол Республики Казахстан в Германии"
			c.Recipient = c.Recipients[0]
		}, []string{"Поэтому просим Вас передать властям Казахстана нашу просьбу не допустить выдачи."}, nil},
		{"a supporter writes as I", func(c *cases.Case) {}, []string{"Обращаюсь к Вам", "Мне стало известно", "Благодарю Вас"}, []string{"Благодарим"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ruCase()
			tt.change(c)
			opt := Options{}
			if strings.Contains(tt.name, "supporter") {
				opt.Signer = &Signer{Name: "Анна Иванова"}
			}
			l, err := Compose(c, opt)
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, b := range l.Body {
				switch b := b.(type) {
				case *Paragraph:
					all = append(all, b.Text)
				case *List:
					all = append(all, b.Items...)
				}
			}
			// No-break spaces are the printers' business here: compare words.
			text := strings.ReplaceAll(strings.Join(all, "\n"), "\u00a0", " ")
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("letter lacks %q:\n%s", w, text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(text, n) {
					t.Errorf("letter says %q:\n%s", n, text)
				}
			}
		})
	}
}

// TestRussianLaw: a clause with a checked Russian text is quoted in
// Russian and says what kind of text it is; one without is quoted in
// English and says so; verbs agree with the state.
func TestRussianLaw(t *testing.T) {
	c := ruCase()
	c.HoldingState = "Russian Federation"
	c.Clauses = []string{"udhr-14", "cat-3.1", "iccpr-7"}
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var paras, quotes, sources []string
	for _, b := range l.Body {
		switch b := b.(type) {
		case *Paragraph:
			paras = append(paras, b.Text)
		case *Quote:
			quotes = append(quotes, strings.Join(b.Paragraphs, " "))
			sources = append(sources, b.Source)
		}
	}
	text := strings.ReplaceAll(strings.Join(paras, "\n"), "\u00a0", " ")
	for _, w := range []string{
		"Напоминаем о положениях Всеобщей декларации прав человека, принятой Генеральной Ассамблеей Организации Объединенных Наций. Статья 14 Всеобщей декларации прав человека гласит:",
		// The USSR, whose treaty obligations the Russian Federation continues, ratified.
		"3 марта 1987 г. Союз Советских Социалистических Республик, обязательства которого по договорам продолжает Российская Федерация, ратифицировал Конвенцию против пыток",
		"1 октября 1991 г. Союз Советских Социалистических Республик сделал заявление в соответствии со статьей 22",
		"Пункт 1 статьи 3 Конвенции против пыток гласит (текст на английском языке, одном из аутентичных языков договора):",
		"продолжает Российская Федерация, также ратифицировал Международный пакт о гражданских и политических правах",
		"Союз Советских Социалистических Республик выразил согласие на обязательность для себя первого Факультативного протокола и тем самым признал компетенцию",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("law lacks %q:\n%s", w, text)
		}
	}
	if len(quotes) != 3 || !strings.HasPrefix(quotes[0], "1. Каждый человек имеет право искать убежища") || !strings.HasPrefix(quotes[1], "No State Party shall expel") {
		t.Errorf("quotations = %q", quotes)
	}
	for i := range sources {
		sources[i] = strings.ReplaceAll(sources[i], "\u00a0", " ")
	}
	if !strings.HasSuffix(sources[0], "статья 14; текст ООН на русском языке") || !strings.HasSuffix(sources[1], "пункт 1 статьи 3; текст на английском языке, одном из аутентичных языков договора") {
		t.Errorf("sources = %q", sources)
	}
	if l.Labels.Page != "Страница {page} из {pages}" || l.Salutation != "Уважаемый господин Даулбаев!" || l.Closing != "С уважением," {
		t.Errorf("labels %q, salutation %q, closing %q", l.Labels.Page, l.Salutation, l.Closing)
	}
}

// TestRussianNeedsRussianValues: a case whose values are English only
// makes no Russian letter, and says which values lack Russian.
func TestRussianNeedsRussianValues(t *testing.T) {
	c := baseCase()
	c.Letter.Language = "ru"
	c.Recipient = c.Recipients[0]
	_, err := Compose(c, Options{})
	if err == nil || !strings.Contains(err.Error(), "requests[0] is in Latin letters only, and the letter is in ru") {
		t.Errorf("Compose of an English case in Russian: %v", err)
	}
}

func TestRuCite(t *testing.T) {
	lib := Options{}
	lib.defaults(baseCase())
	for id, want := range map[string]string{
		"cat-3":                   "статья\u00a03",
		"refugee-convention-33.1": "пункт\u00a01 статьи\u00a033",
		"refugee-convention-1a":   "раздел\u00a0A статьи\u00a01",
		"refugee-convention-1a.2": "пункт\u00a02 раздела\u00a0A статьи\u00a01",
		"refugee-protocol-1":      "статья\u00a0I",
	} {
		cl, ok := lib.Library.Clause(id)
		if !ok {
			t.Errorf("no clause %s", id)
			continue
		}
		if got := ruCite(cl); got != want {
			t.Errorf("ruCite(%s) = %q, want %q", id, got, want)
		}
	}
}

// BenchmarkComposeRussian composes the Russian example letter, and the
// same case in English, to compare what Russian composition costs.
func BenchmarkComposeRussian(b *testing.B) {
	for _, lang := range []string{"ru", "en"} {
		b.Run(lang, func(b *testing.B) {
			c, err := cases.Load("../cases/djabbarbergenov-ru.yaml", nil)
			if err != nil {
				b.Fatal(err)
			}
			c.Letter.Language = lang
			for b.Loop() {
				if _, err := Compose(c, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestRussianLawStanding: each way a state can stand under a treaty reads
// in Russian as the English letter states it.
func TestRussianLawStanding(t *testing.T) {
	for _, tc := range []struct {
		state   string
		clauses []string
		want    string
	}{
		{"United States of America", []string{"refugee-convention-33.1"},
			"Соединенные Штаты Америки присоединились к Протоколу, касающемуся статуса беженцев, в силу которого обязались применять статьи 2–34 Конвенции о статусе беженцев (пункт 1 статьи I Протокола)."},
		{"Russian Federation", []string{"echr-3"}, "16 сентября 2022 г. Российская Федерация перестала быть участником Конвенции о защите прав человека и основных свобод."},
		{"Kazakhstan", []string{"echr-3"}, "Казахстан не является членом Совета Европы и участником Конвенции о защите прав человека и основных свобод"},
		{"Uzbekistan", []string{"refugee-convention-33.1"}, "мы ссылаемся на эти договоры как на устанавливаемые ими стандарты."},
		{"Türkiye", []string{"refugee-convention-33.1"}, "Турция сохраняет заявление по подпункту (a) пункта 1 раздела B статьи 1 Конвенции"},
	} {
		c := ruCase()
		c.HoldingState, c.Clauses = tc.state, tc.clauses
		l, err := Compose(c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var text []string
		for _, b := range l.Body {
			if p, ok := b.(*Paragraph); ok {
				text = append(text, strings.ReplaceAll(p.Text, "\u00a0", " "))
			}
		}
		if all := strings.Join(text, "\n"); !strings.Contains(all, tc.want) {
			t.Errorf("%s %v: law lacks %q:\n%s", tc.state, tc.clauses, tc.want, all)
		}
	}
	c := ruCase()
	c.Letter.Style, c.Clauses = "brief", []string{"cat-3", "udhr-14", "udhr-18"}
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var law string
	for _, b := range l.Body {
		if p, ok := b.(*Paragraph); ok && strings.HasPrefix(p.Text, "Для Казахстана обязательны") {
			law = strings.ReplaceAll(p.Text, "\u00a0", " ")
		}
	}
	if want := "Для Казахстана обязательны: статья 3 Конвенции против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания (присоединение — 26 августа 1998 г.). Мы также приводим следующие положения: статьи 14 и 18 Всеобщей декларации прав человека. Тексты приведены в приложении."; law != want {
		t.Errorf("brief law = %q\nwant %q", law, want)
	}
	if len(l.Annex) != 3 || l.Labels.Annex != "Правовые положения" {
		t.Errorf("annex: %d blocks, label %q", len(l.Annex), l.Labels.Annex)
	}
}

// TestRussianAddress: the address block is in the dative where title and
// name decline for certain, else all in the nominative; "Ваше
// Превосходительство" is for heads of state and government, foreign
// ministers and ambassadors; other ministers are "господин Министр"; a
// recipient with no honorific is greeted by full name, not refused.
func TestRussianAddress(t *testing.T) {
	tests := []struct {
		title, titleRu, honorific, name string
		block                           []string
		salutation, closing             string
	}{
		{"Prosecutor General", "Генеральный прокурор Кыргызской Республики", "Mr", "Курманкул Зулушев",
			[]string{"Генеральному прокурору Кыргызской Республики", "г-ну К. Зулушеву"}, "Уважаемый господин Зулушев!", "С уважением,"},
		{"Minister of Justice", "Министр юстиции", "Ms", "Милица Йованович",
			[]string{"Министру юстиции", "г-же М. Йованович"}, "Уважаемая госпожа Министр!", "С уважением,"},
		{"Federal Minister of the Interior", "Федеральный министр внутренних дел", "", "Томас Келлер",
			[]string{"Федеральный министр внутренних дел", "Томас Келлер"}, "Уважаемый(-ая) Томас Келлер!", "С уважением,"},
		{"Minister of Foreign Affairs", "Министр иностранных дел", "Mr", "Иван Петров",
			[]string{"Министру иностранных дел", "г-ну И. Петрову"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Ambassador", "Посол Республики Казахстан", "Mr", "Ержан Окуджава",
			[]string{"Посол Республики Казахстан", "господин Ержан Окуджава"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Head of the Directorate", "Глава управления", "Ms", "Елена Смирнова",
			[]string{"Глава управления", "госпожа Елена Смирнова"}, "Уважаемая госпожа Смирнова!", "С уважением,"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			c := ruCase()
			r := cases.Recipient{Honorific: tt.honorific, Name: tt.name, Title: tt.title}
			c.Recipients = []cases.Recipient{r}
			c.Recipient = r
			in, err := c.In("ru")
			if err != nil {
				t.Fatal(err)
			}
			in.Recipients[0].Title = tt.titleRu
			in.Recipient = in.Recipients[0]
			opt := Options{}
			opt.defaults(in)
			l, err := composeRussian(in, opt, ruExcellencyEn.MatchString(tt.title), false)
			if err != nil {
				t.Fatal(err)
			}
			block := strings.ReplaceAll(strings.Join(l.Recipient, "\n"), "\u00a0", " ")
			if want := strings.Join(tt.block, "\n"); !strings.HasPrefix(block, want) {
				t.Errorf("address block:\n%s\nwant it to start:\n%s", block, want)
			}
			if l.Salutation != tt.salutation || l.Closing != tt.closing {
				t.Errorf("salutation %q, closing %q; want %q, %q", l.Salutation, l.Closing, tt.salutation, tt.closing)
			}
		})
	}
}

func TestRuSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"ул. Орынбор, 8":                   "ул.~Орынбор, 8",
		"(Дом министерств, подъезд № 2)":   "(Дом министерств, подъезд №~2)",
		"в СИЗО-1 г. Алматы.":              "в СИЗО-1 г.~Алматы.",
		"задержан 1 ноября 2026 г. Г-н Ли": "задержан 1 ноября 2026 г. Г-н Ли",
		"в 2026\u00a0г. В Узбекистане":     "в 2026~г. В Узбекистане",
		"г. Москва, ул. Житная, д. 16":     "г.~Москва, ул.~Житная, д.~16",
		"«г. Ташкент»":                     "«г.~Ташкент»",
		"Сборник договоров ООН, гл. IV":    "Сборник договоров ООН, гл. IV",
	} {
		if got := strings.ReplaceAll(ruSpaces(in), "\u00a0", "~"); got != want {
			t.Errorf("ruSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRuSource(t *testing.T) {
	for in, want := range map[string]string{
		"UNTC status page MTDSG IV-4, declarations and reservations, as scraped 2015-03-14": "Сборник договоров ООН, гл. IV.4, оговорки и заявления; по состоянию на 14 марта 2015 г.",
		"UNTC status page MTDSG IV-9-b, as scraped 2015-03-14":                              "Сборник договоров ООН, гл. IV.9-b; по состоянию на 14 марта 2015 г.",
		"OHCHR ratification dashboard export (CAT), last updated 2025-01-31":                "УВКПЧ ООН, сведения о ратификации (CAT); по состоянию на 31 января 2025 г.",
		"a source appeal has no form for":                                                   "a source appeal has no form for",
	} {
		if got := strings.ReplaceAll(ruSource(in), "\u00a0", " "); got != want {
			t.Errorf("ruSource(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := ruInnerQuotes("Canada interprets the phrase `lawfully staying' as"), "Canada interprets the phrase „lawfully staying“ as"; got != want {
		t.Errorf("ruInnerQuotes = %q, want %q", got, want)
	}
	for in, want := range map[string]string{"article I (1)": "пункт 1 статьи I", "article I(1)": "пункт 1 статьи I", "article II": "статья II"} {
		if got := strings.ReplaceAll(ruProvision(in), "\u00a0", " "); got != want {
			t.Errorf("ruProvision(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRuJoinCites(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{[]string{"статья 3"}, "статья 3"},
		{[]string{"статья 14", "статья 18"}, "статьи 14 и 18"},
		{[]string{"пункт 1 статьи 3", "статья 22", "статья 37"}, "пункт 1 статьи 3, статьи 22 и 37"},
		{[]string{"пункт 1 статьи 3", "статья 9"}, "пункт 1 статьи 3 и статья 9"},
		{[]string{"статья 3", "статья 9", "статья 37"}, "статьи 3, 9 и 37"},
	} {
		in := make([]string, len(tt.in))
		for i, c := range tt.in {
			in[i] = strings.Replace(c, "статья ", "статья\u00a0", 1)
		}
		if got := strings.ReplaceAll(ruJoinCites(in), "\u00a0", " "); got != tt.want {
			t.Errorf("ruJoinCites(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRussianExcellency: the English letter calls any minister
// Excellency; the Russian one only a head of state or government, a
// foreign minister or an ambassador, even where the case says H.E.
func TestRussianExcellency(t *testing.T) {
	for _, tt := range []struct {
		honorific, title, salutation string
	}{
		{"H.E.", "", "Уважаемый(-ая) Томас Келлер!"},
		{"Mr", "", "Уважаемый господин Министр!"},
		{"H.E.", "Minister of Foreign Affairs", "Ваше Превосходительство!"},
		{"Mr", "Ambassador of Germany", "Ваше Превосходительство!"},
	} {
		c, err := cases.Load("../cases/example-removal-ru.yaml", nil)
		if err != nil {
			t.Fatal(err)
		}
		c.Recipient.Honorific = tt.honorific
		if tt.title != "" {
			c.Recipient.Title = tt.title
		}
		c.Recipients[0] = c.Recipient
		l, err := Compose(c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if l.Salutation != tt.salutation {
			t.Errorf("%s %q: salutation %q, want %q", tt.honorific, tt.title, l.Salutation, tt.salutation)
		}
	}
}
