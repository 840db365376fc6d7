package letter

import (
	"strings"
	"testing"
	"time"

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
		{"two engaged groups make one sentence", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "членами Конгресса США", Names: []string{"Крисом Смитом", "Джимом Макговерном"}}, {Group: "УВКБ ООН"}}
		}, []string{"Мы также поддерживаем постоянную связь с членами Конгресса США, в том числе с Крисом Смитом и Джимом Макговерном, и с УВКБ ООН."}, []string{"а также"}},
		{"a second charge under the same code says «того же кодекса»", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Республики Казахстан", Article: "174"}, {Code: "Уголовный кодекс Республики Казахстан", Article: "179"},
				{Code: "Уголовный кодекс Российской Федерации", Article: "338"}, {Code: "Уголовный кодекс Российской Федерации", Article: "328"}}
		}, []string{"статьей 174 Уголовного кодекса Республики Казахстан", "статьей 179 того же кодекса", "статьей 338 Уголовного кодекса Российской Федерации", "статьей 328 того же кодекса"},
			[]string{"статьей 179 Уголовного", "статьей 328 Уголовного"}},
		{"two groups engaged: «также» once, no comma before «и»", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "Управлением Верховного комиссара ООН по правам человека"}, {Group: "УВКБ ООН"}}
		}, []string{"Мы также поддерживаем постоянную связь с Управлением Верховного комиссара ООН по правам человека и с УВКБ ООН."}, []string{"а также"}},
		{"three groups engaged, the last naming people", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "УВКБ ООН"}, {Group: "ОБСЕ"}, {Group: "рядом депутатов Бундестага", Names: []string{"Михаэлем Брандом", "Ренатой Кюнаст"}}}
		}, []string{"постоянную связь с УВКБ ООН, с ОБСЕ и с рядом депутатов Бундестага, в том числе с Михаэлем Брандом и Ренатой Кюнаст."}, []string{";"}},
		{"three groups engaged, the first naming people", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "рядом депутатов Бундестага", Names: []string{"Михаэлем Брандом", "Ренатой Кюнаст"}}, {Group: "УВКБ ООН"}, {Group: "ОБСЕ"}}
		}, []string{"постоянную связь с рядом депутатов Бундестага, в том числе с Михаэлем Брандом и Ренатой Кюнаст; с УВКБ ООН и с ОБСЕ."}, nil},
		{"three groups engaged", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "УВКПЧ ООН"}, {Group: "УВКБ ООН"}, {Group: "ОБСЕ"}}
		}, []string{"постоянную связь с УВКПЧ ООН, с УВКБ ООН и с ОБСЕ."}, nil},
		{"the United Kingdom is named in full once, then by its short name", func(c *cases.Case) {
			c.HoldingState, c.Clauses = "United Kingdom of Great Britain and Northern Ireland", []string{"refugee-convention-33"}
		}, []string{"находится под стражей в Соединенном Королевстве Великобритании и Северной Ирландии", "Соединенное Королевство ратифицировало Конвенцию о статусе беженцев"},
			[]string{"Соединенное Королевство Великобритании и Северной Ирландии ратифицировало"}},
		{"a trial, convicted, in custody", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Accusation = "trial", "", ""
			c.Detainee.Pronouns, c.Detainee.Honorific = cases.She, "Ms"
			c.Status.Convicted, c.Status.Sentence = cases.Date{Year: 2025, Month: 3, Day: 14}, "шести годам лишения свободы"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 9}, "hearing"
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Республики Казахстан", Article: "174"}}
			c.Asks, c.Requests = []string{"release"}, nil
		}, []string{"Азиз Каримов находится под стражей в Казахстане. 14 марта 2025 г. суд признал ее виновной и приговорил к шести годам лишения свободы.",
			"Приговор вынесен по обвинению в совершении преступления, предусмотренного статьей 174",
			"Судебное заседание по делу назначено на 9 марта 2026 г.",
			"принять решение о ее освобождении из-под стражи."},
			[]string{"в ожидании суда", "обвиняется", "меры пресечения", "Очередное"}},
		{"deportation, charged under the holding state's own code", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "China"
			c.Accusation = "обвинения в незаконном пересечении границы"
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Республики Казахстан", Article: "392"}}
		}, []string{"В Казахстане ему предъявлены обвинения в незаконном пересечении границы."}, []string{"В Китае ему"}},
		{"a deadline refers back to the decision awaited", func(c *cases.Case) {
			c.Status.Awaiting = "решения Генеральной прокуратуры"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 15}, "decision"
		}, []string{"Решение ожидается не позднее 15 марта 2026 г."}, []string{"Решение о выдаче ожидается"}},
		{"the deadline follows the decision awaited, the family after it", func(c *cases.Case) {
			c.Status.Awaiting = "решения Генеральной прокуратуры"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 15}, "decision"
			c.Family = cases.Family{Children: 2}
		}, []string{"о своей выдаче Узбекистану. Решение ожидается не позднее 15 марта 2026 г. Г-н Каримов воспитывает двоих детей."}, nil},
		{"a UN special rapporteur is asked to call on the authorities", func(c *cases.Case) {
			c.Recipients[0].Title = "Специальный докладчик ООН по вопросу о положении правозащитников"
			c.Asks = []string{"no-removal"}
		}, []string{"Поэтому просим Вас в пределах Ваших полномочий призвать компетентные органы Казахстана"}, []string{"взвешенное"}},
		{"an administrative offence is no crime", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Кодекс Российской Федерации об административных правонарушениях", Article: "часть 1.1 статьи 18.8"}, {Code: "Уголовный кодекс Российской Федерации", Article: "322"}}
		}, []string{"обвиняется в совершении следующих деяний:", "правонарушения, предусмотренного частью 1.1 статьи 18.8"}, []string{"преступления, предусмотренного частью 1.1"}},
		{"she", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Detainee.Honorific = cases.She, "Ms"
			c.Asks = []string{"no-removal"}
		},
			[]string{"Азиз Каримов задержана и находится под стражей", "отказать Узбекистану в ее выдаче"}, []string{"задержан и", "г-жи Каримов", "указанного лица"}},
		{"she, a name that declines", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Detainee.Honorific, c.Detainee.Name = cases.She, "Ms", "Гульнора Юсупова"
			c.Asks = []string{"no-removal"}
		}, []string{"отказать Узбекистану в выдаче г-жи Юсуповой"}, nil},
		{"he: the extradition ask names him, not a pronoun that could be the state's", func(c *cases.Case) {
			c.Detainee.Name, c.Detainee.Honorific = "Аскар Калиев", "Mr"
			c.Asks = []string{"no-removal"}
			c.Status.Awaiting = "решения Генеральной прокуратуры"
		}, []string{"отказать Узбекистану в выдаче г-на Калиева", "ожидает решения Генеральной прокуратуры о своей выдаче Узбекистану."},
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
		{"an article given by its part declines into the instrumental", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Российской Федерации", Article: "часть 2 статьи 282", MaxYears: 6}}
		}, []string{"преступления, предусмотренного частью 2 статьи 282 Уголовного кодекса Российской Федерации, за которое"},
			[]string{"статьей часть", "статьей 2"}},
		{"an article appeal cannot read is cited in brackets", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс Российской Федерации", Article: "статья 282 часть 2", Offence: "возбуждение ненависти"}}
		}, []string{"в совершении преступления («возбуждение ненависти»; Уголовный кодекс Российской Федерации, статья 282 часть 2)."},
			[]string{"статьей статья", "предусмотренного"}},
		{"held at a place that takes «во»", func(c *cases.Case) {
			c.Status.HeldAt, c.Status.Since = "временном изоляторе г. Алматы", cases.Date{Year: 2026, Month: 3, Day: 1}
		}, []string{"г-н Каримов находится во временном изоляторе г. Алматы."}, []string{"в временном"}},
		{"held at a place that takes «в»", func(c *cases.Case) {
			c.Status.HeldAt = "следственном изоляторе № 1"
		}, []string{"находится в следственном изоляторе № 1."}, nil},
		{"an event that starts «Г-н» goes on its date's sentence in lower case", func(c *cases.Case) {
			c.Events = []cases.Event{{Date: cases.Date{Year: 2026, Month: 7, Day: 30}, What: "Г-н Каримов был задержан"}}
		}, []string{"30 июля 2026 г. г-н Каримов был задержан."}, []string{"г. Г-н"}},
		{"a family name in -ий declines", func(c *cases.Case) {
			c.Detainee.Name = "Отабек Сатторий"
			c.Asks = []string{"no-removal"}
		}, []string{"отказать Узбекистану в выдаче г-на Саттория"}, []string{"г-на Сатторий"}},
		{"an awaited decision that says where takes no «о своей выдаче»", func(c *cases.Case) {
			c.Status.Awaiting = "рассмотрения апелляции в Апелляционном совете по иммиграционным делам"
		}, []string{"ожидает рассмотрения апелляции в Апелляционном совете по иммиграционным делам."}, []string{"о своей выдаче"}},
		{"a decision of a court says where", func(c *cases.Case) {
			c.Status.Awaiting = "решения суда в Алматы"
		}, []string{"ожидает решения суда в Алматы."}, []string{"о своей выдаче"}},
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
		{"twenty-two children", func(c *cases.Case) { c.Family.Children = 22 }, []string{"воспитывает двадцать два ребенка."}, []string{"двух детей"}},
		{"four children, pregnant wife", func(c *cases.Case) {
			c.Family.Children, c.Family.Spouse, c.Family.SpousePregnant = 4, "wife", true
		}, []string{"Г-н Каримов воспитывает четверых детей; его жена ждет ребенка."}, nil},
		{"a partner, pregnant", func(c *cases.Case) {
			c.Family.Spouse, c.Family.SpousePregnant = "partner", true
		}, []string{"Женщина, с которой он состоит в фактических брачных отношениях, ждет ребенка."}, []string{"партнер", "гражданская супруга"}},
		{"a partner, pregnant, they", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Family.Children, c.Family.Spouse, c.Family.SpousePregnant = 2, "partner", true
		}, []string{"Азиз Каримов воспитывает двоих детей; женщина, с которой указанное лицо состоит в фактических брачных отношениях, ждет ребенка."}, []string{"гражданская супруга"}},
		{"awaiting a decision that names extradition already", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Detainee.Honorific, c.Detainee.Name = cases.She, "Ms", "Гульнора Юсупова"
			c.Status.Awaiting = "решения суда о применении экстрадиционного ареста"
		}, []string{"г-жа Юсупова ожидает решения суда о применении экстрадиционного ареста."}, []string{"о ее выдаче", "о своей выдаче"}},
		{"they await their own deportation", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Uzbekistan"
			c.Status.Awaiting = "решения суда"
		}, []string{"Азиз Каримов ожидает решения суда о своей депортации в Узбекистан."}, []string{"о депортации указанного лица"}},
		{"removal: «о своем выдворении»", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "removal", "", "Uzbekistan"
			c.Status.Awaiting = "решения суда"
		}, []string{"г-н Каримов ожидает решения суда о своем выдворении в Узбекистан."}, nil},
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
		{"a wife and the children named as dependants are not said again", func(c *cases.Case) {
			c.Family.Spouse, c.Family.Children, c.Family.Dependants = "wife", 2, []string{"свою жену Анну и двоих детей"}
		}, []string{"Он содержит свою жену Анну и двоих детей."}, []string{"воспитывает", "женат", "также содержит"}},
		{"an expecting wife is still said, the children once", func(c *cases.Case) {
			c.Family.Spouse, c.Family.SpousePregnant, c.Family.Children, c.Family.Dependants = "wife", true, 2, []string{"свою жену Анну и двоих детей"}
		}, []string{"Жена г-на Каримова ждет ребенка. Он также содержит свою жену Анну и двоих детей."}, []string{"воспитывает", "Его жена"}},
		{"children the dependants do not all name are counted", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 3, []string{"сына", "престарелую мать"}
		}, []string{"Г-н Каримов воспитывает троих детей. Он также содержит сына и престарелую мать."}, nil},
		{"a brother's children are not the children counted", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 2, []string{"детей покойного брата"}
		}, []string{"Г-н Каримов воспитывает двоих детей. Он также содержит детей покойного брата."}, nil},
		{"a dependant's description is joined to it with a comma", func(c *cases.Case) {
			c.Family.Spouse, c.Family.Children = "wife", 3
			c.Family.Dependants = []string{"свою жену Гульнар", "которая осталась в Синьцзяне", "мать", "в возрасте 80 лет"}
		}, []string{"Г-н Каримов воспитывает троих детей. Он также содержит свою жену Гульнар, которая осталась в Синьцзяне, и мать, в возрасте 80 лет."},
			[]string{"женат", "Синьцзяне и"}},
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
			"преступления, предусмотренного статьей 159 того же кодекса, максимальное наказание за которое — двадцать лет лишения свободы."}, nil},
		{"a charge of twenty-one years", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "УК", Article: "1", MaxYears: 21}}
		}, []string{"статьей 1 УК, за которое предусмотрено наказание в виде лишения свободы на срок до двадцати одного года."}, nil},
		{"age in figures, a child named as one", func(c *cases.Case) { c.Detainee.Age = 15 }, []string{"несовершеннолетний Азиз Каримов (15 лет) задержан"}, []string{"пятнадцать", "в возрасте"}},
		{"born on a date: the year and the age", func(c *cases.Case) {
			c.Detainee.Born = cases.Date{Year: 2010, Month: 2, Day: 3}
			c.Letter.Date = cases.Date{Year: 2026, Month: 11, Day: 20}
		}, []string{"несовершеннолетний Азиз Каримов, 2010 года рождения (16 лет), задержан"}, nil},
		{"a baby: months, not «0 лет»", func(c *cases.Case) {
			c.Detainee.Born = cases.Date{Year: 2026, Month: 6, Day: 10}
			c.Letter.Date = cases.Date{Year: 2026, Month: 11, Day: 20}
		}, []string{"несовершеннолетний Азиз Каримов, 2026 года рождения (5 месяцев), задержан"}, []string{"0 лет"}},
		{"a baby of days: no age", func(c *cases.Case) {
			c.Detainee.Born = cases.Date{Year: 2026, Month: 11, Day: 1}
			c.Letter.Date = cases.Date{Year: 2026, Month: 11, Day: 20}
		}, []string{"Азиз Каримов, 2026 года рождения, задержан"}, []string{"0 лет", "(0"}},
		{"a faith as an adjective goes before the role", func(c *cases.Case) { c.Detainee.Role, c.Detainee.Faith = "пастор", "баптистский" },
			[]string{"Азиз Каримов, баптистский пастор, задержан"}, nil},
		{"a faith in the genitive follows the role", func(c *cases.Case) {
			c.Detainee.Role, c.Detainee.Faith = "журналист", "мусульманского вероисповедания"
		}, []string{"Азиз Каримов, журналист мусульманского вероисповедания, задержан"}, nil},
		{"a faith as a noun is set off", func(c *cases.Case) {
			c.Detainee.Role, c.Detainee.Faith = "предприниматель", "мусульманин-суннит"
		},
			[]string{"Азиз Каримов, предприниматель, мусульманин-суннит, задержан"}, nil},
		{"a faith as a noun phrase is set off", func(c *cases.Case) {
			c.Detainee.Role, c.Detainee.Faith = "инженер", "Свидетель Иеговы"
		},
			[]string{"Азиз Каримов, инженер, Свидетель Иеговы, задержан"}, nil},
		{"a child, they", func(c *cases.Case) { c.Detainee.Age, c.Detainee.Pronouns = 15, cases.They }, []string{"Азиз Каримов, несовершеннолетнее лицо в возрасте 15 лет, находится"}, []string{"несовершеннолетний", "несовершеннолетняя"}},
		{"an adult's age in brackets after the name", func(c *cases.Case) { c.Detainee.Age = 21 }, []string{"Азиз Каримов (21 год) задержан"}, []string{"в возрасте", "),"}},
		{"an age with the name in its own script", func(c *cases.Case) {
			c.Detainee.Age, c.Detainee.NameOriginal = 46, "Mihriban Kader"
		}, []string{"Азиз Каримов (Mihriban Kader), 46 лет, задержан"}, []string{") ("}},
		{"an age, then a role", func(c *cases.Case) {
			c.Detainee.Age, c.Detainee.Role, c.Detainee.Pronouns, c.Detainee.Honorific = 24, "студентка", cases.She, "Ms"
		}, []string{"Азиз Каримов (24 года), студентка,"}, []string{"в возрасте"}},
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
			"ожидает решения Управления по вопросам миграции о своей депортации в Узбекистан.",
			"угроза, которой г-жа Каримов может подвергнуться в Узбекистане в случае депортации."},
			[]string{"Основание", "меры пресечения", "по вопросу о", "подвергнется"}},
		{"a deadline in a month: the genitive after «не позднее»", func(c *cases.Case) {
			c.Status.Deadline = cases.Date{Year: 2099, Month: 2}
		}, []string{"Решение о выдаче ожидается не позднее февраля 2099 г."}, []string{"февраль"}},
		{"a transfer in a month", func(c *cases.Case) {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2099, Month: 2}, "transfer"
		}, []string{"Выдача г-на Каримова Узбекистану может состояться уже в феврале 2099 г."}, []string{"Выдача в"}},
		{"a transfer, deportation, they", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Russian Federation"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2099, Month: 2, Day: 3}, "transfer"
		}, []string{"Депортация указанного лица в Российскую Федерацию может состояться уже 3 февраля 2099 г."}, nil},
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
		{"an ombudsman is asked to call on the authorities", func(c *cases.Case) {
			c.Recipients[0].Title = "Уполномоченный по правам человека в Республике Казахстан"
			c.Recipient = c.Recipients[0]
			c.Asks = []string{"no-removal", "release"}
		}, []string{"Поэтому просим Вас в пределах Ваших полномочий призвать компетентные органы Казахстана:", "отказать Узбекистану в выдаче г-на Каримова;",
			"просим сообщить о принятых мерах."}, []string{"просим Вас:", "о принятом решении"}},
		{"an ombudsman, one request", func(c *cases.Case) {
			c.Recipients[0].Title = "Уполномоченный по правам человека в Республике Казахстан"
			c.Recipient = c.Recipients[0]
		}, []string{"Поэтому просим Вас в пределах Ваших полномочий призвать компетентные органы Казахстана не допустить выдачи."}, nil},
		{"a supporter writes as I", func(c *cases.Case) {}, []string{"Обращаюсь к Вам", "Мне стало известно", "Благодарю Вас"}, []string{"Благодарим"}},
		{"a supporter of a campaign named «Кампания …», brief", func(c *cases.Case) {
			c.Sender.Organisation, c.Sender.Campaign, c.Letter.Style = "Кампания «Свободу политзаключенным»", true, "brief"
		}, []string{"Обращаюсь к Вам в поддержку кампании «Свободу политзаключенным»."}, []string{"Я пишу", "которую проводит", "кампании Кампания"}},
		{"a supporter of an organisation's campaign", func(c *cases.Case) {
			c.Sender.Organisation, c.Sender.Campaign = "Правозащитный центр «Мемориал»", true
		}, []string{"С глубокой обеспокоенностью обращаюсь к Вам в поддержку кампании, которую проводит Правозащитный центр «Мемориал», и прошу Вашего содействия"}, nil},
		{"a supporter of a campaign, full letter", func(c *cases.Case) {
			c.Sender.Organisation, c.Sender.Campaign = "Кампания за освобождение Азиза Каримова", true
		}, []string{"С глубокой обеспокоенностью обращаюсь к Вам в поддержку кампании за освобождение Азиза Каримова и прошу Вашего содействия"}, []string{"Обращаюсь к Вам в поддержку"}},
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
		"Напоминаем о положениях Всеобщей декларации прав человека, принятой резолюцией 217 A (III) Генеральной Ассамблеи Организации Объединенных Наций от 10 декабря 1948 г. Статья 14 Всеобщей декларации прав человека гласит:",
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
		"refugee-convention-1a":   "раздел\u00a0А статьи\u00a01",
		"refugee-convention-1a.2": "пункт\u00a02 раздела\u00a0А статьи\u00a01",
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
		{"Uzbekistan", []string{"refugee-convention-33.1"}, "мы ссылаемся на стандарты, установленные этими договорами."},
		{"Kazakhstan", []string{"echr-3"}, "мы ссылаемся на стандарты, установленные этим договором."},
		{"Türkiye", []string{"refugee-convention-33.1"}, "Турция сохраняет заявление по подпункту «а» пункта 1 раздела В статьи 1 Конвенции"},
		// A date that ends the sentence has one full stop.
		{"Republic of Moldova", []string{"echr-3"}, "Республика Молдова ратифицировала Конвенцию о защите прав человека и основных свобод; для нее этот договор вступил в силу 12 сентября 1997 г. Статья 3"},
		{"Jamaica", []string{"iccpr-7"}, "Денонсация Ямайкой первого Факультативного протокола, по которому Комитет по правам человека мог получать сообщения отдельных лиц, вступила в силу 23 января 1998 г. Статья 7"},
		{"Guyana", []string{"iccpr-7"}, "вновь присоединилась к нему (присоединение вступило в силу 5 апреля 1999 г.)"},
		{"Belarus", []string{"cat-3"}, "13 марта 1987 г. Белорусская ССР (ныне Беларусь) ратифицировала Конвенцию против пыток"},
		// A reservation that names no article but measures the treaty
		// against the state's law may touch any article.
		{"Iran (Islamic Republic of)", []string{"crc-22.1"}, "Исламская Республика Иран сделала оговорку к Конвенции о правах ребенка, ставящую применение договора в целом в зависимость от внутреннего права государства; поэтому она может касаться пункта 1 статьи 22 (текст на английском языке): «"},
		{"Kazakhstan", []string{"crc-22.1"}, "Пункт 1 статьи 22 Конвенции о правах ребенка гласит (текст на английском языке, одном из аутентичных языков договора):"},
		// A supporter writes in the first person singular.
		{"Uzbekistan signer", []string{"refugee-convention-33.1"}, "я ссылаюсь на стандарты, установленные этими договорами."},
		{"Russian Federation signer", []string{"udhr-14"}, "Напоминаю о положениях Всеобщей декларации прав человека"},
	} {
		c := ruCase()
		opt := Options{}
		state, signer := strings.CutSuffix(tc.state, " signer")
		if signer {
			opt.Signer = &Signer{Name: "Ирина Кошелева", Pronouns: "she"}
		}
		c.HoldingState, c.Clauses = state, tc.clauses
		l, err := Compose(c, opt)
		if err != nil {
			t.Fatal(err)
		}
		var text []string
		for _, b := range l.Body {
			if p, ok := b.(*Paragraph); ok {
				text = append(text, strings.ReplaceAll(p.Text, "\u00a0", " "))
			}
		}
		if all := strings.Join(text, " "); !strings.Contains(all, tc.want) || strings.Contains(all, "г..") {
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
		if p, ok := b.(*Paragraph); ok && strings.HasPrefix(p.Text, "Для Казахстана обязательн") {
			law = strings.ReplaceAll(p.Text, "\u00a0", " ")
		}
	}
	if want := "Для Казахстана обязательна статья 3 Конвенции против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания (присоединение — 26 августа 1998 г.). Мы также приводим следующие положения: статьи 14 и 18 Всеобщей декларации прав человека. Тексты приведены в приложении."; law != want {
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
			[]string{"Федеральный министр внутренних дел", "Томас Келлер"}, "Уважаемый Министр!", "С уважением,"},
		{"Minister of Justice of Georgia", "Министр юстиции Грузии", "Ms", "Ольга Иванова-Петрова",
			[]string{"Министру юстиции Грузии", "г-же О. Ивановой-Петровой"}, "Уважаемая госпожа Министр!", "С уважением,"},
		{"Ambassador", "Чрезвычайный и Полномочный Посол Республики Казахстан", "Mr", "Виктор Цой",
			[]string{"Чрезвычайному и Полномочному Послу Республики Казахстан", "г-ну В. Цою"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"President", "Президент Республики Казахстан", "Mr", "Касым-Жомарт Токаев",
			[]string{"Президенту Республики Казахстан", "г-ну К.-Ж. Токаеву"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Minister of Foreign Affairs", "Министр иностранных дел", "Mr", "Иван Петров",
			[]string{"Министру иностранных дел", "г-ну И. Петрову"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Ambassador", "Посол Республики Казахстан", "Mr", "Ержан Окуджава",
			[]string{"Посол Республики Казахстан", "господин Ержан Окуджава"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Prosecutor General", "Генеральный прокурор Туркменистана", "Ms", "Жанна",
			[]string{"Генеральный прокурор Туркменистана", "Жанна"}, "Уважаемая госпожа Генеральный прокурор!", "С уважением,"},
		{"Adviser", "Советник", "Ms", "Жанна",
			[]string{"Советник", "Жанна"}, "Уважаемая Жанна!", "С уважением,"},
		{"Prosecutor General", "Генеральный прокурор Республики Казахстан", "Mr", "Даулбаев",
			[]string{"Генеральному прокурору Республики Казахстан", "г-ну Даулбаеву"}, "Уважаемый господин Даулбаев!", "С уважением,"},
		{"Prosecutor General", "Генеральный прокурор Федеративной Республики Германия", "Dr", "Томас Келлер",
			[]string{"Генеральный прокурор Федеративной Республики Германия", "Томас Келлер"}, "Уважаемый Генеральный прокурор!", "С уважением,"},
		{"Ambassador", "Посол Федеративной Республики Германия", "H.E. Mr", "Александр Граф Ламбсдорфф",
			[]string{"Послу Федеративной Республики Германия", "Его Превосходительству господину Ламбсдорффу"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Adviser", "Советник", "Dr", "Томас Келлер",
			[]string{"Советник", "Томас Келлер"}, "Уважаемый(-ая) Томас Келлер!", "С уважением,"},
		{"President", "Президент Азербайджанской Республики", "H.E.", "Ильхам Алиев",
			[]string{"Президенту Азербайджанской Республики", "Его Превосходительству господину И. Алиеву"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"President", "Президент Азербайджанской Республики", "H.E.", "Ильхам Гейдар оглу Алиев",
			[]string{"Президенту Азербайджанской Республики", "Его Превосходительству господину И. Г. Алиеву"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Member of the State Duma", "депутат Государственной Думы Федерального Собрания Российской Федерации", "Mr", "Сергей Михайлович Миронов",
			[]string{"Депутату Государственной Думы Федерального Собрания Российской Федерации", "г-ну С. М. Миронову"}, "Уважаемый господин Миронов!", "С уважением,"},
		{"President", "Президент Кыргызской Республики", "H.E.", "Садыр Нургожоевич Жапаров",
			[]string{"Президенту Кыргызской Республики", "Его Превосходительству господину С. Н. Жапарову"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Minister of Interior", "Министр внутренних дел Турецкой Республики", "H.E.", "Али Ерликая",
			[]string{"Министр внутренних дел Турецкой Республики", "Али Ерликая"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Minister of Interior", "Министр внутренних дел Турецкой Республики", "H.E. Mr", "Али Йылмаз",
			[]string{"Министру внутренних дел Турецкой Республики", "Его Превосходительству господину А. Йылмазу"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Ambassador", "Посол Республики Молдова", "H.E. Ms", "Мария Попеску",
			[]string{"Послу Республики Молдова", "Ее Превосходительству госпоже М. Попеску"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Minister of Justice", "Министр юстиции Объединенных Арабских Эмиратов", "H.E. Mr", "Абдулла Султан бин Авад ан-Нуайми",
			[]string{"Министру юстиции Объединенных Арабских Эмиратов", "Его Превосходительству господину ан-Нуайми"}, "Ваше Превосходительство!", "Примите, Ваше Превосходительство, уверения в нашем глубоком уважении."},
		{"Minister of Internal Affairs", "Министр внутренних дел Республики Таджикистан", "Mr", "Рамазон Хамро Рахимзода",
			[]string{"Министру внутренних дел Республики Таджикистан", "г-ну Р. Х. Рахимзода"}, "Уважаемый господин Министр!", "С уважением,"},
		{"Minister of Justice", "Министр юстиции Республики Молдова", "Ms", "Вероника Михайлов-Морару",
			[]string{"Министру юстиции Республики Молдова", "г-же В. Михайлов-Морару"}, "Уважаемая госпожа Министр!", "С уважением,"},
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
			l, err := composeRussian(in, opt, ruExcellentCase(r), false)
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
// Excellency; the Russian one a head of state or government, a foreign
// minister or an ambassador by office, and anyone the case calls H.E.,
// as the English letter does; another minister is "господин Министр".
func TestRussianExcellency(t *testing.T) {
	for _, tt := range []struct {
		honorific, title, salutation string
	}{
		{"H.E.", "", "Ваше Превосходительство!"},
		{"", "", "Уважаемый Министр!"},
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

// TestRuOffice: the office is read from the head of a Russian title, in
// whole words: the state or body named after it does not count.
func TestRuOffice(t *testing.T) {
	for _, tt := range []struct {
		title                      string
		excellent, envoy, minister bool
	}{
		{"Президент Российской Федерации", true, false, false},
		{"Генеральный прокурор Объединенных Арабских Эмиратов", false, false, false},
		{"Руководитель Администрации Президента Российской Федерации", false, false, false},
		{"Уполномоченный по правам человека при Президенте Республики Казахстан", false, false, false},
		{"Вице-президент Республики", false, false, false},
		{"Посол Объединенных Арабских Эмиратов в Российской Федерации", true, true, false},
		{"Чрезвычайный и Полномочный Посол Республики Казахстан", true, true, false},
		{"Советник Посольства Республики Казахстан", false, false, false},
		{"Главный консультант Министерства иностранных дел", false, false, false},
		{"Генеральный консул Республики Узбекистан", false, true, false},
		{"Консул Республики Таджикистан", false, true, false},
		{"Начальник консульского отдела", false, false, false},
		{"Временный поверенный в делах Туркменистана", false, true, false},
		{"Постоянный представитель Кыргызской Республики", false, true, false},
		{"Министр иностранных дел Республики Беларусь", true, false, true},
		{"Министр внутренних дел Республики Узбекистан", false, false, true},
		{"Федеральный министр внутренних дел", false, false, true},
		{"Заместитель министра юстиции", false, false, false},
		{"Премьер-министр Кыргызской Республики", true, false, false},
		{"Председатель Правительства Российской Федерации", true, false, false},
		{"Председатель Верховного суда", false, false, false},
		{"Эмир Государства Катар", true, false, false},
	} {
		if got := ruExcellent(tt.title); got != tt.excellent {
			t.Errorf("ruExcellent(%q) = %v, want %v", tt.title, got, tt.excellent)
		}
		if got := ruEnvoy(tt.title); got != tt.envoy {
			t.Errorf("ruEnvoy(%q) = %v, want %v", tt.title, got, tt.envoy)
		}
		if got := ruMinister(tt.title); got != tt.minister {
			t.Errorf("ruMinister(%q) = %v, want %v", tt.title, got, tt.minister)
		}
	}
}

// TestRussianBriefNotParty: a brief letter's note on a treaty the state
// has not joined agrees with the treaty's name, and a supporter cites in
// the first person singular.
func TestRussianBriefNotParty(t *testing.T) {
	c := ruCase()
	c.HoldingState, c.Letter.Style = "United Arab Emirates", "brief"
	c.Clauses = []string{"cat-3", "refugee-convention-33.1", "iccpr-7"}
	for _, signer := range []bool{false, true} {
		opt := Options{}
		we := "Мы также приводим как устанавливающие стандарт"
		if signer {
			opt.Signer = &Signer{Name: "Павел Ким", Pronouns: "he"}
			we = "Я также привожу как устанавливающие стандарт"
		}
		l, err := Compose(c, opt)
		if err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, b := range l.Body {
			if p, ok := b.(*Paragraph); ok {
				all = append(all, strings.ReplaceAll(p.Text, "\u00a0", " "))
			}
		}
		text := strings.Join(all, " ")
		for _, want := range []string{we,
			"пункт 1 статьи 33 Конвенции о статусе беженцев (государство не является ее участником)",
			"статья 7 Международного пакта о гражданских и политических правах (государство не является его участником)"} {
			if !strings.Contains(text, want) {
				t.Errorf("signer %v: brief law lacks %q:\n%s", signer, want, text)
			}
		}
	}
}

func TestRuNamesRemoval(t *testing.T) {
	for text, want := range map[string]bool{
		"решения суда о применении экстрадиционного ареста":       true,
		"решения Генеральной прокуратуры о выдаче":                true,
		"решения о его депортации":                                true,
		"рассмотрения жалобы на решение о выдворении":             true,
		"решения о высылке":                                       true,
		"решения об экстрадиции":                                  true,
		"решения Генеральной прокуратуры":                         false,
		"рассмотрения жалобы Верховным судом":                     false,
		"решения по делу о передаче его Узбекистану":              true,
		"заключения о недопустимости принудительного возвращения": true,
		"решения Управления экстрадиции Генеральной прокуратуры":  false,
		"решения по вопросу экстрадиции":                          true,
		"экстрадиционной проверки":                                true,
		"решения суда по экстрадиции":                             true,
		"решения Управления по вопросам экстрадиции":              false,
	} {
		if got := ruNamesRemoval(text); got != want {
			t.Errorf("ruNamesRemoval(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRuLowerFirst: a case's text that goes on a sentence loses its
// capital only where its first word is an ordinary one; a name, or a word
// appeal does not know, keeps it and is reported.
func TestRuLowerFirst(t *testing.T) {
	for _, tt := range []struct {
		in        string
		request   bool
		out, kept string
	}{
		{"Не допустить выдачи г-на Шевченко", true, "не допустить выдачи г-на Шевченко", ""},
		{"Освободить его из-под стражи", true, "освободить его из-под стражи", ""},
		{"Провести расследование", true, "провести расследование", ""},
		{"освободить его", true, "освободить его", ""},
		{"Ахмеду разрешить свидания", true, "Ахмеду разрешить свидания", "Ахмеду"},
		{"МВД обеспечить", true, "МВД обеспечить", ""},
		{"Власти России объявили его в розыск", false, "власти России объявили его в розыск", ""},
		{"Он выехал в Казахстан", false, "он выехал в Казахстан", ""},
		{"В аэропорту его задержали", false, "в аэропорту его задержали", ""},
		{"Генеральная прокуратура запросила выдачу", false, "Генеральная прокуратура запросила выдачу", "Генеральная"},
		{"Тверской суд продлил арест", false, "Тверской суд продлил арест", "Тверской"},
		{"Interpol issued a notice", false, "Interpol issued a notice", ""},
		{"Г-н Сидоренко был задержан", false, "г-н Сидоренко был задержан", ""},
		{"Г-жа\u00a0Ковалева была задержана", false, "г-жа\u00a0Ковалева была задержана", ""},
		{"Госпожа Ковалева", false, "госпожа Ковалева", ""},
		{"Освободить", true, "освободить", ""},
	} {
		known := ruEventWords
		if tt.request {
			known = ruRequestWord
		}
		if out, kept := ruLowerFirst(tt.in, known); out != tt.out || kept != tt.kept {
			t.Errorf("ruLowerFirst(%q) = %q, %q; want %q, %q", tt.in, out, kept, tt.out, tt.kept)
		}
	}
}

// TestRussianAdvice: validate says, in terms of the Russian letter, where
// a Russian text keeps a capital appeal cannot lower, and the English
// advice on "ask you to" is not given for it.
func TestRussianAdvice(t *testing.T) {
	c := ruCase()
	c.Requests = []string{"Не допустить выдачи", "Ахмеду разрешить свидания"}
	c.Recipients[0].Name, c.Recipients[0].Honorific, c.Recipients[0].Title = "Жанна", "Ms", "Генеральный прокурор Туркменистана"
	c.Recipient = c.Recipients[0]
	c.Events = []cases.Event{{Date: cases.Date{Year: 2026, Month: 3, Day: 1}, What: "Власти России объявили его в розыск."},
		{Date: cases.Date{Year: 2026, Month: 3, Day: 2}, What: "Тверской суд продлил арест."}}
	opt := Options{}
	opt.defaults(c)
	var got []string
	for _, d := range Advise(c, opt.Library, opt.Records, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)) {
		if strings.Contains(d.Message, "Вас") || strings.Contains(d.Message, "ask you") || strings.Contains(d.Message, "lower case") || strings.Contains(d.Message, "greets") {
			got = append(got, d.Message)
		}
	}
	want := []string{
		`recipient.name "Жанна" is one word, which may be a given name, so the Russian letter greets "Уважаемая госпожа Генеральный прокурор!"; give family_name, or recipient.salutation in Russian`,
		"in Russian a request follows «просим Вас», so it starts in lower case unless it starts with a name; the letter keeps «Ахмеду» as written: if it is not a name, write it in lower case",
		"in Russian an event follows its date in the sentence («1 марта 2026 г. власти …»), so it starts in lower case unless it starts with a name; the letter keeps «Тверской» as written: if it is not a name, write it in lower case",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("advice:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, b := range l.Body {
		switch b := b.(type) {
		case *Paragraph:
			text = append(text, b.Text)
		case *List:
			text = append(text, b.Items...)
		}
	}
	all := strings.ReplaceAll(strings.Join(text, "\n"), "\u00a0", " ")
	for _, w := range []string{"1 марта 2026 г. власти России объявили его в розыск.", "2 марта 2026 г. Тверской суд", "не допустить выдачи;", "Ахмеду разрешить свидания."} {
		if !strings.Contains(all, w) {
			t.Errorf("letter lacks %q:\n%s", w, all)
		}
	}
}

// TestRequestLowersAWholeLetter: a request's capital is lowered as a
// letter, not as its first byte (which printed "�\x9dе" for "Не").
func TestRequestLowersAWholeLetter(t *testing.T) {
	for in, want := range map[string]string{"Éviter l'expulsion": "éviter l'expulsion", "Не допустить": "не допустить", "Prevent it.": "prevent it"} {
		if got := request(in); got != want {
			t.Errorf("request(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRussianGreetingGuesses: a greeting appeal has to guess is reported.
func TestRussianGreetingGuesses(t *testing.T) {
	for _, tt := range []struct {
		r            cases.Recipient
		salute, warn string
	}{
		{cases.Recipient{Name: "Татьяна Москалькова", Title: "Уполномоченный по правам человека"}, "Уважаемый(-ая) Татьяна Москалькова!", "recipient.honorific is not given"},
		{cases.Recipient{Honorific: "Dr", Name: "Татьяна Москалькова"}, "Уважаемый(-ая) Татьяна Москалькова!", `recipient.honorific "Dr" shows no gender`},
		{cases.Recipient{Honorific: "Ms", Name: "Татьяна Москалькова"}, "Уважаемая госпожа Москалькова!", ""},
		{cases.Recipient{Honorific: "Ms", Name: "Жанна"}, "Уважаемая Жанна!", `recipient.name "Жанна" is one word`},
		{cases.Recipient{Honorific: "Ms", Name: "Жанна", FamilyName: "Жанна"}, "Уважаемая госпожа Жанна!", ""},
		{cases.Recipient{Honorific: "Mr", Name: "Даулбаев"}, "Уважаемый господин Даулбаев!", ""},
		{cases.Recipient{Honorific: "Ms", Name: "Жанна", Title: "Министр юстиции"}, "Уважаемая госпожа Министр!", ""},
		{cases.Recipient{Honorific: "Ms", Name: "Жанна", Salutation: "Уважаемая Жанна Ивановна!"}, "Уважаемая Жанна Ивановна!", ""},
		{cases.Recipient{Honorific: "Mr", Name: "Игорь Викторович Краснов"}, "Уважаемый господин Краснов!", ""},
		{cases.Recipient{Honorific: "Ms", Name: "Мария Гарсия Лопес"}, "Уважаемая госпожа Лопес!", "the Russian letter takes «Лопес» as the family name («Уважаемая госпожа Лопес!»)"},
	} {
		s, guess := ruSalutation(tt.r, false)
		if s != tt.salute || !strings.HasPrefix(guess, tt.warn) || (tt.warn == "") != (guess == "") {
			t.Errorf("ruSalutation(%+v) = %q, %q; want %q and a warning starting %q", tt.r, s, guess, tt.salute, tt.warn)
		}
	}
}

// TestRussianReservationNamingArticles: a passage the records call
// general that names other articles than the quoted one is not stated,
// nor called general.
func TestRussianReservationNamingArticles(t *testing.T) {
	c := ruCase()
	c.HoldingState, c.Clauses = "United Arab Emirates", []string{"crc-22.1"}
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range l.Body {
		if p, ok := b.(*Paragraph); ok && (strings.Contains(p.Text, "Article 14") || strings.Contains(p.Text, "в целом")) {
			t.Errorf("the letter states a reservation on article 14 against article 22: %s", p.Text)
		}
	}
}

// TestRussianCopiesAndEnclosure: the other recipients are copied in the
// dative where their title and name decline for certain, and one
// enclosure is «Приложение:».
func TestRussianCopiesAndEnclosure(t *testing.T) {
	c := ruCase()
	c.Recipients = []cases.Recipient{
		{Honorific: "Mr", Name: "Берик Даулбаев", Title: "Генеральный прокурор Республики Казахстан"},
		{Honorific: "Ms", Name: "Ольга Иванова-Петрова", Title: "Министр юстиции Грузии"},
		{Name: "Жанна Кошелева", Title: "Уполномоченный по правам человека"},
		{Name: "Анна Смит", Title: "Заместитель директора"},
		{Name: "Анна Смит", Title: "Вице-консул"},
		{Name: "Анна Смит", Title: "Атташе по культуре"},
		{Honorific: "Mr", Name: "Сергей Михайлович Миронов", Title: "депутат Государственной Думы"},
	}
	c.Recipient = c.Recipients[0]
	c.Enclosures = []string{"Копия решения суда"}
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(strings.Join(l.CC, "\n"), "\u00a0", " ")
	if want := "Министру юстиции Грузии О. Ивановой-Петровой\nУполномоченному по правам человека\nЗаместителю директора\nВице-консулу\nАнна Смит, Атташе по культуре\nДепутату Государственной Думы С. М. Миронову"; got != want {
		t.Errorf("cc:\n%s\nwant:\n%s", got, want)
	}
	if l.Labels.CC != "Копии:" {
		t.Errorf("cc label %q for %d copies", l.Labels.CC, len(l.CC))
	}
	c.Recipients = c.Recipients[:2]
	if l, err = Compose(c, Options{}); err != nil || l.Labels.CC != "Копия:" || len(l.CC) != 1 {
		t.Errorf("one copy: label %q, cc %q, %v", l.Labels.CC, l.CC, err)
	}
	if l.Labels.Enclosures != "Приложение:" || Russian.Enclosures != "Приложения:" {
		t.Errorf("enclosures label %q (Russian's %q)", l.Labels.Enclosures, Russian.Enclosures)
	}
	c.Enclosures = append(c.Enclosures, "Доклад")
	if l, err = Compose(c, Options{}); err != nil || l.Labels.Enclosures != "Приложения:" {
		t.Errorf("two enclosures: label %q, %v", l.Labels.Enclosures, err)
	}
}

// TestRuExcellentCase: "Ваше Превосходительство" from the case as
// written: an English title of the offices that take it, or H.E. for
// anyone, as the English letter does.
func TestRuExcellentCase(t *testing.T) {
	for _, tt := range []struct {
		r    cases.Recipient
		want bool
	}{
		{cases.Recipient{Honorific: "Mr", Title: "Minister of Foreign Affairs"}, true},
		{cases.Recipient{Honorific: "Mr", Title: "Prosecutor General of the United Arab Emirates"}, false},
		{cases.Recipient{Honorific: "H.E.", Title: "Министр внутренних дел"}, true},
		{cases.Recipient{Honorific: "Mr", Title: "Министр внутренних дел"}, false},
		{cases.Recipient{Honorific: "Mr", Title: "Minister of Interior"}, false},
		{cases.Recipient{Honorific: "H.E.", Title: "Министр иностранных дел"}, true},
		{cases.Recipient{Honorific: "H.E.", Title: "Генеральный прокурор"}, true},
		{cases.Recipient{Honorific: "Mr", Title: "Генеральный прокурор Объединенных Арабских Эмиратов"}, false},
	} {
		if got := ruExcellentCase(tt.r); got != tt.want {
			t.Errorf("ruExcellentCase(%q %q) = %v, want %v", tt.r.Honorific, tt.r.Title, got, tt.want)
		}
	}
}

// TestRuArticleIns: an article follows "предусмотренного" in the
// instrumental, whatever case its first word is given in; a reference
// appeal cannot read is not forced into the construction.
func TestRuArticleIns(t *testing.T) {
	for _, tt := range []struct {
		article, want string
		ok            bool
	}{
		{"229-2", "статьей 229-2", true},
		{"280.3", "статьей 280.3", true},
		{"часть 2 статьи 282", "частью 2 статьи 282", true},
		{"Части 2 статьи 282", "частью 2 статьи 282", true},
		{"частью 1 статьи 174", "частью 1 статьи 174", true},
		{"пункт «б» части 2 статьи 105", "пунктом «б» части 2 статьи 105", true},
		{`пункт "б" части 2 статьи 105`, `пунктом "б" части 2 статьи 105`, true},
		{"статья 174", "статьей 174", true},
		{"Статья 174", "статьей 174", true},
		{"ст. 174", "статьей 174", true},
		{"ч. 3 ст. 212", "частью 3 ст. 212", true},
		{"статья 282 часть 2", "", false},
		{"разжигание ненависти", "", false},
		{"282 ч. 2", "", false},
		{"", "", false},
	} {
		got, ok := ruArticleIns(tt.article)
		got = strings.ReplaceAll(got, "\u00a0", " ")
		if got != tt.want || ok != tt.ok {
			t.Errorf("ruArticleIns(%q) = %q, %v; want %q, %v", tt.article, got, ok, tt.want, tt.ok)
		}
	}
}

// TestRussianWarnings: validate says where a Russian letter had to fall
// back on a form it could not make for certain, and only there.
func TestRussianWarnings(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(c *cases.Case)
		want   string // part of a warning there must be; "" for none
		never  string // part of a warning there must not be
	}{
		{"an article appeal cannot read", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс", Article: "статья 282 часть 2"}}
		}, "cites it in brackets", ""},
		{"an address that cannot be put in the dative", func(c *cases.Case) {
			c.Recipients[0].Honorific, c.Recipients[0].Name, c.Recipients[0].Title = "H.E.", "Али Ерликая", "Министр внутренних дел Турецкой Республики"
			c.Recipient = c.Recipients[0]
		}, `this one stays in the nominative, since recipient.honorific "H.E." shows no gender, nor does the name: give honorific "H.E. Mr" or "H.E. Ms"`, ""},
		{"an address with no honorific", func(c *cases.Case) {
			c.Recipients[0].Honorific = ""
			c.Recipient = c.Recipients[0]
		}, "this one stays in the nominative, since recipient.honorific is not given: give Mr or Ms", `honorific ""`},
		{"an address in the dative", func(c *cases.Case) {
			c.Recipients[0].Honorific, c.Recipients[0].Name, c.Recipients[0].Title = "H.E.", "Ильхам Алиев", "Президент Азербайджанской Республики"
			c.Recipient = c.Recipients[0]
		}, "", "in the nominative"},
		{"a family name left in the nominative in the case's own text", func(c *cases.Case) {
			c.Detainee.Name = "Отабек Сатторий"
			c.Events = []cases.Event{{Date: cases.Date{Year: 2021, Month: 4, Day: 13}, What: "суд приговорил г-на Сатторий к шести годам"}}
		}, "«г-на Сатторий»: after «г-на» the family name declines; write «г-на Саттория»", ""},
		{"a family name left in the nominative after a declined given name", func(c *cases.Case) {
			c.Detainee.Name = "Отабек Сатторий"
			c.Letter.Subject = "О деле блогера Отабека Сатторий"
		}, "«Отабека Сатторий»: the family name declines with the given name; write «Отабека Саттория»", ""},
		{"a family name declined in the case's own text", func(c *cases.Case) {
			c.Detainee.Name = "Отабек Сатторий"
			c.Events = []cases.Event{{Date: cases.Date{Year: 2021, Month: 4, Day: 13}, What: "суд приговорил г-на Саттория к шести годам"}}
		}, "", "after «г-на»"},
		{"children named by the count", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 3, []string{"троих несовершеннолетних детей"}
		}, "family.children (3) counts the children this dependant names («троих несовершеннолетних детей»): the Russian letter names them once", "says both"},
		{"children counted twice", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 3, []string{"двоих старших детей"}
		}, "family.children already gives the children, and the Russian letter says both («воспитывает троих детей … также содержит двоих старших детей»)", ""},
		{"an expecting wife named as a dependant", func(c *cases.Case) {
			c.Family.Spouse, c.Family.SpousePregnant, c.Family.Dependants = "wife", true, []string{"свою жену Анну и двоих детей"}
		}, "family.spouse and this dependant («свою жену Анну и двоих детей») are the same person, and the Russian letter says both", ""},
		{"a wife named as a dependant", func(c *cases.Case) {
			c.Family.Spouse, c.Family.Dependants = "wife", []string{"свою жену Гульнар", "которая осталась в Синьцзяне"}
		}, "the Russian letter names them once, through the dependant, and leaves out that the person is married", "says both"},
		{"a dependant's description split by YAML", func(c *cases.Case) {
			c.Family.Dependants = []string{"свою жену Гульнар", "которая осталась в Синьцзяне"}
		}, `quote the whole item: - "свою жену Гульнар, которая осталась в Синьцзяне"`, ""},
		{"a brother's wife is not the spouse", func(c *cases.Case) {
			c.Family.Spouse, c.Family.Dependants = "wife", []string{"жену брата"}
		}, "", "same person"},
		{"a husband's brother is not the spouse", func(c *cases.Case) {
			c.Family.Spouse, c.Family.Dependants = "husband", []string{"брата мужа"}
		}, "", "same person"},
		{"a brother's children are not the person's own", func(c *cases.Case) {
			c.Family.Children, c.Family.Dependants = 3, []string{"детей покойного брата", "престарелую мать"}
		}, "", "family.children already gives"},
		{"an article by its part", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Уголовный кодекс", Article: "часть 2 статьи 282"}}
		}, "", "cites it in brackets"},
		{"a family name guessed: the warning shows the Russian greeting", func(c *cases.Case) {
			c.Recipients[0].Honorific, c.Recipients[0].Name, c.Recipients[0].Title = "Ms", "Мария Гарсия Лопес", "Прокурор"
			c.Recipient = c.Recipients[0]
		}, "the Russian letter takes «Лопес» as the family name («Уважаемая госпожа Лопес!»)", "Dear"},
		{"a name with a patronymic is not guessed", func(c *cases.Case) {
			c.Recipients[0].Honorific, c.Recipients[0].Name, c.Recipients[0].Title = "Mr", "Игорь Викторович Краснов", "Генеральный прокурор Российской Федерации"
			c.Recipient = c.Recipients[0]
		}, "", "family name («"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := ruCase()
			tt.change(c)
			opt := Options{}
			opt.defaults(c)
			var all []string
			for _, d := range Advise(c, opt.Library, opt.Records, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)) {
				all = append(all, d.Message)
			}
			got := strings.Join(all, "\n")
			if !strings.Contains(got, tt.want) || tt.never != "" && strings.Contains(got, tt.never) {
				t.Errorf("warnings:\n%s\nwant one saying %q, none saying %q", got, tt.want, tt.never)
			}
		})
	}
}

// TestRuBinding: "обязателен" agrees with what binds, a cite of several
// provisions included.
func TestRuBinding(t *testing.T) {
	for _, tt := range []struct {
		cites []string
		want  string
	}{
		{[]string{"статья\u00a03 Конвенции против пыток"}, "обязательна"},
		{[]string{"пункт\u00a01 статьи\u00a033 Конвенции о статусе беженцев"}, "обязателен"},
		{[]string{"пункт\u00a02 статьи\u00a019 и статья\u00a014 Международного пакта о гражданских и политических правах"}, "обязательны"},
		{[]string{"пункт\u00a01 статьи\u00a03, статьи\u00a022 и 37 Конвенции о правах ребенка"}, "обязательны"},
		{[]string{"статьи\u00a06 и 7 Международного пакта"}, "обязательны"},
		{[]string{"статья\u00a03 Конвенции против пыток", "статья\u00a07 Международного пакта"}, "обязательны:"},
	} {
		if got := ruBinding(tt.cites); got != tt.want {
			t.Errorf("ruBinding(%q) = %q, want %q", tt.cites, got, tt.want)
		}
	}
}
