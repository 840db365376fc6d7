package letter

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/appeal-letters/appeal/cases"
)

// baseCase is a version 2 case with nothing but what every case needs: an
// extradition from Kazakhstan to Uzbekistan, and one request.
func baseCase() *cases.Case {
	return &cases.Case{
		Version:         2,
		Letter:          cases.LetterInfo{Date: cases.Date{Year: 2026, Month: 3, Day: 2}, Subject: "Appeal"},
		Recipients:      []cases.Recipient{{Honorific: "Mr", Name: "Askar Daulbayev"}},
		Sender:          cases.Sender{Organisation: "Friends of the Accused"},
		Detainee:        cases.Person{Name: "Aziz Karimov", Honorific: "Mr", Pronouns: cases.He},
		HoldingState:    "Kazakhstan",
		RequestingState: "Uzbekistan",
		Requests:        []string{"prevent the extradition"},
		Dir:             ".",
	}
}

func yes() *bool { t := true; return &t }
func no() *bool  { f := false; return &f }

// TestSentences composes cases over the combinations of custody,
// accusation, proceeding, pronouns, family, age and dates, and checks the
// sentence each must contain, and what it must never say.
func TestSentences(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *cases.Case)
		want   []string
		never  []string
	}{
		{"detained, requested, accused", func(c *cases.Case) { c.Accusation = "charges of fraud" },
			[]string{"We understand that the law enforcement authorities of Kazakhstan have arrested and are detaining Mr Aziz Karimov, who is wanted in Uzbekistan on charges of fraud."}, nil},
		{"detained, requested, not accused", func(c *cases.Case) {},
			[]string{"are detaining Mr Aziz Karimov at the request of Uzbekistan, which seeks his extradition."}, []string{"wanted"}},
		{"detained, requested, not accused, described", func(c *cases.Case) { c.Detainee.Role = "imam" },
			[]string{"are detaining Mr Aziz Karimov, an imam, at the request of Uzbekistan, which seeks his extradition."}, nil},
		{"they, accused: the relative clause stays singular", func(c *cases.Case) {
			c.Detainee.Pronouns, c.Accusation = cases.They, "charges of “extremism”"
		}, []string{"Mr Aziz Karimov, who is wanted in Uzbekistan on charges of “extremism”."}, []string{"who are"}},
		{"deportation by the holding state", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Afghanistan"
			c.Detainee.Pronouns = cases.She
		}, []string{"We understand that the authorities of Kazakhstan are detaining Mr Aziz Karimov with a view to her deportation to Afghanistan."}, []string{"arrested", "wanted"}},
		{"removal, accused in the destination", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState, c.Accusation = "removal", "", "Tajikistan", "charges of membership of a banned party"
		}, []string{"with a view to his removal to Tajikistan. He is wanted in Tajikistan on charges of membership of a banned party."}, nil},
		{"forcible return", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "return", "", "China"
		}, []string{"with a view to his forcible return to China."}, nil},
		{"not in custody, deportation", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Russian Federation"
			c.Status.Detained = no()
			c.Detainee.Nationality, c.Detainee.Role = "Russian", "anti-war activist"
		}, []string{"We understand that Mr Aziz Karimov, a Russian anti-war activist, faces deportation from Kazakhstan to the Russian Federation. He is not in custody."}, []string{",,", "who is in", "detaining"}},
		{"not in custody, they, accused", func(c *cases.Case) {
			c.Status.Detained = no()
			c.Detainee.Pronouns, c.Accusation = cases.They, "charges of “false information”"
		}, []string{"Mr Aziz Karimov faces extradition from Kazakhstan to Uzbekistan. They are wanted in Uzbekistan on charges of “false information”. They are not in custody."}, nil},
		{"held at a place since a date", func(c *cases.Case) {
			c.Status.HeldAt, c.Status.Since = "pre-trial detention centre SIZO-1 in Almaty", cases.Date{Year: 2025, Month: 10, Day: 3}
		}, []string{"He has been held in pre-trial detention centre SIZO-1 in Almaty since 3 October 2025."}, nil},
		{"held at a place", func(c *cases.Case) { c.Status.HeldAt = "a migration centre in Almaty." },
			[]string{"He is held in a migration centre in Almaty."}, []string{"Almaty.."}},
		{"in custody since", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.She
			c.Status.Since = cases.Date{Year: 2025, Month: 10}
		},
			[]string{"She has been in custody since October 2025."}, nil},
		{"awaiting names the proceeding: not said twice", func(c *cases.Case) {
			c.Status.Awaiting = "a court ruling on his extradition"
		}, []string{"Mr Karimov is now awaiting a court ruling on his extradition."}, []string{"regarding his extradition"}},
		{"awaiting names a body: the proceeding is added", func(c *cases.Case) {
			c.Status.Awaiting = "the decision of the Extradition Division"
		}, []string{"Mr Karimov is now awaiting the decision of the Extradition Division regarding his extradition to Uzbekistan."}, nil},
		{"awaiting names the destination", func(c *cases.Case) {
			c.Status.Awaiting = "a decision on his transfer to Uzbekistan."
		}, []string{"is now awaiting a decision on his transfer to Uzbekistan."}, []string{"regarding", "Uzbekistan.."}},
		{"family with awaiting", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Spouse: "wife", SpousePregnant: true, Children: 4}
		}, []string{"Mr Karimov, who has four children and whose wife is pregnant, is now awaiting a decision regarding his extradition to Uzbekistan."}, nil},
		{"family without awaiting", func(c *cases.Case) {
			c.Detainee.Pronouns = cases.They
			c.Family = cases.Family{Children: 2, Dependants: []string{"their elderly mother."}}
		}, []string{"They have two children. They also support their elderly mother."}, []string{"mother.."}},
		{"pregnant partner only", func(c *cases.Case) {
			c.Family = cases.Family{Spouse: "partner", SpousePregnant: true}
		}, []string{"His partner is pregnant."}, nil},
		{"a child, from the date of birth", func(c *cases.Case) {
			c.Detainee.Born, c.Detainee.Nationality = cases.Date{Year: 2010, Month: 5, Day: 14}, "Afghan"
		}, []string{"Mr Aziz Karimov, a 15-year-old Afghan child, at the request"}, nil},
		{"a child on their birthday", func(c *cases.Case) { c.Detainee.Born = cases.Date{Year: 2009, Month: 3, Day: 2} },
			[]string{"a 17-year-old child"}, nil},
		{"an adult the day before turning 19", func(c *cases.Case) { c.Detainee.Born = cases.Date{Year: 2007, Month: 3, Day: 3} },
			[]string{"an 18-year-old person"}, []string{"child"}},
		{"age given, with a role", func(c *cases.Case) { c.Detainee.Age, c.Detainee.Role = 8, "schoolboy" },
			[]string{"Mr Aziz Karimov, an 8-year-old schoolboy, at the request"}, nil},
		{"born in a year only", func(c *cases.Case) { c.Detainee.Born, c.Detainee.Role = cases.Date{Year: 1980}, "lawyer" },
			[]string{"Mr Aziz Karimov, a lawyer, born in 1980, at the request"}, []string{"year-old"}},
		{"name in its own script", func(c *cases.Case) { c.Detainee.NameOriginal = "Азиз Каримов" },
			[]string{"Mr Aziz Karimov (Азиз Каримов) at the request"}, nil},
		{"events in the user's order, fragments made to fit", func(c *cases.Case) {
			c.Events = []cases.Event{
				{Date: cases.Date{Year: 2022}, What: "A criminal case was opened against him."},
				{Date: cases.Date{Year: 2022, Month: 7}, What: "The police searched his home."},
			}
		}, []string{"We have been informed that in 2022 a criminal case was opened against him. In July 2022, the police searched his home."}, []string{"The police", ".."}},
		{"one charge", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Criminal Code of Uzbekistan", Article: "159", MaxYears: 20}}
		}, []string{"He is accused of breaching Article 159 of the Criminal Code of Uzbekistan, which carries a maximum term of twenty years’ imprisonment."}, nil},
		{"a hearing soon: urgency", func(c *cases.Case) {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 10}, "hearing"
		}, []string{"We are writing to you with great concern, and as a matter of urgency, to ask for your support in the following matter.",
			"A court hearing on his extradition is scheduled for 10 March 2026."}, nil},
		{"a transfer", func(c *cases.Case) {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 4, Day: 1}, "transfer"
		}, []string{"His extradition to Uzbekistan could take place as soon as 1 April 2026."}, nil},
		{"a deadline already past is left out", func(c *cases.Case) {
			c.Status.Deadline = cases.Date{Year: 2026, Month: 2, Day: 1}
		}, []string{"to ask for your urgent support in the following matter."}, []string{"expected by", "February"}},
		{"risks with sources", func(c *cases.Case) {
			c.Risks = []cases.Risk{{Finding: "Torture in custody remains widespread.", Source: "UN Committee against Torture, concluding observations on Uzbekistan", Date: cases.Date{Year: 2020, Month: 1}}}
		}, []string{"We are gravely concerned about what Mr Karimov would face in Uzbekistan. Authoritative sources report:",
			"Torture in custody remains widespread (UN Committee against Torture, concluding observations on Uzbekistan, January 2020)."}, nil},
		{"requests written as sentences", func(c *cases.Case) {
			c.Requests = []string{"To Prevent the extradition of Mr Karimov."}
		}, []string{"and ask you to prevent the extradition of Mr Karimov."}, []string{"to to", "Prevent", ".."}},
		{"standard asks", func(c *cases.Case) {
			c.Requests, c.Asks = nil, []string{"no-removal", "lawyer", "medical"}
			c.Detainee.Pronouns = cases.They
		}, []string{"1. to refuse the request for the extradition of Mr Karimov to Uzbekistan;",
			"2. to ensure that Mr Karimov has prompt and regular access to a lawyer of their own choosing;",
			"3. to ensure that Mr Karimov receives any medical care they need."}, nil},
		{"release is not asked for a person at liberty", func(c *cases.Case) {
			c.Status.Detained = no()
			c.Asks = []string{"release", "no-removal"}
			c.Requests = nil
		}, []string{"and ask you to refuse the request for the extradition"}, []string{"release"}},
		{"a removal ask", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "expulsion", "", "Eritrea"
			c.Asks, c.Requests = []string{"no-removal", "unhcr"}, nil
			c.Status.Detained = yes()
		}, []string{"to halt the expulsion of Mr Karimov to Eritrea;", "to ensure that Mr Karimov has access to the Office of the United Nations High Commissioner for Refugees (UNHCR) and to a fair and effective asylum procedure."}, nil},
		{"a trial, in custody", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Accusation = "trial", "", "charges of “insulting the President”"
			c.Requests = []string{"release him"}
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 9}, "hearing"
		}, []string{"are detaining Mr Aziz Karimov, who is to be tried on charges of “insulting the President”.",
			"A hearing in his trial is scheduled for 9 March 2026."}, []string{"to Uzbekistan", "extradition"}},
		{"a trial, at liberty", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Status.Detained = "trial", "", no()
			c.Asks, c.Requests = []string{"no-removal", "lawyer"}, nil
		}, []string{"Mr Aziz Karimov faces trial in Kazakhstan. He is not in custody.", "ask you to ensure that Mr Karimov can be represented by a lawyer of his own choosing."}, []string{"halt", "prompt and regular access"}},
		{"a trial, convicted, in custody", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Accusation = "trial", "", "charges of blasphemy"
			c.Detainee.Pronouns = cases.She
			c.Status.Convicted, c.Status.Sentence = cases.Date{Year: 2025, Month: 3, Day: 14}, "death"
			c.Status.Awaiting = "the decision of the Supreme Court"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 9}, "hearing"
			c.Charges = []cases.Charge{{Code: "Penal Code", Article: "109"}}
			c.Asks, c.Requests = []string{"release", "lawyer"}, nil
		}, []string{"are detaining Mr Aziz Karimov, who was convicted on 14 March 2025 on charges of blasphemy and sentenced to death.",
			"She was convicted of breaching Article 109 of the Penal Code.",
			"is now awaiting the decision of the Supreme Court. A hearing in her case is scheduled for 9 March 2026.",
			"1. to order the release of Mr Karimov;"},
			[]string{"to be tried", "accused of", "regarding her trial", "alternatives to detention", "verdict"}},
		{"a trial, convicted, at liberty", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Status.Detained = "trial", "", no()
			c.Status.Convicted = cases.Date{Year: 2025}
			c.Status.Deadline = cases.Date{Year: 2026, Month: 3, Day: 9}
			c.Asks, c.Requests = []string{"lawyer"}, nil
		}, []string{"Mr Aziz Karimov was convicted in Kazakhstan in 2025. He is not in custody.", "A decision in his case is expected by 9 March 2026."}, []string{"faces trial", "verdict"}},
		{"deportation, charged under the holding state's own code", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "China"
			c.Accusation = "charges of illegal border crossing"
			c.Charges = []cases.Charge{{Code: "Criminal Code of the Republic of Kazakhstan", Article: "392"}}
		}, []string{"with a view to his deportation to China. He faces charges of illegal border crossing in Kazakhstan."}, []string{"wanted in China"}},
		{"deportation, charged in the destination", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "China"
			c.Accusation = "charges of “separatism”"
			c.Charges = []cases.Charge{{Code: "Chinese Criminal Law", Article: "103"}}
		}, []string{"He is wanted in China on charges of “separatism”."}, []string{"in Kazakhstan."}},
		{"a UN special rapporteur is asked to take the case up", func(c *cases.Case) {
			c.Recipients[0].Title = "UN Special Rapporteur on the situation of human rights defenders"
			c.Asks, c.Requests = []string{"no-removal", "release"}, nil
		}, []string{"We therefore ask you to raise this case with the authorities of Kazakhstan and to urge them: 1. to refuse the request for the extradition of Mr Karimov to Uzbekistan; 2. to order the release of Mr Karimov"}, []string{"sound judgement"}},
		{"another state's minister is asked to take the case up", func(c *cases.Case) {
			c.Recipients[0].Title, c.Recipients[0].Country = "Secretary of State for Foreign Affairs", "United Kingdom"
			c.Asks, c.Requests = []string{"no-removal"}, nil
		}, []string{"We therefore ask you to raise this case with the authorities of Kazakhstan and to urge them to refuse the request for the extradition of Mr Karimov to Uzbekistan."}, nil},
		{"an official of the requesting state is not an advocate", func(c *cases.Case) {
			c.Recipients[0].Title, c.Recipients[0].Country = "Prosecutor General", "Uzbekistan"
			c.Asks, c.Requests = []string{"no-removal"}, nil
		}, []string{"appeal to your sound judgement"}, []string{"raise this case"}},
		{"a trial case that says nothing of a prosecution claims no trial", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.Accusation, c.Charges = "trial", "", "", nil
			c.Status = cases.Status{}
			c.Risks = []cases.Risk{{Finding: "Detainees are held incommunicado.", Source: "UN Working Group on Arbitrary Detention"}}
			c.Asks, c.Requests = []string{"lawyer"}, nil
		}, []string{"are detaining Mr Aziz Karimov.", "gravely concerned about the treatment of Mr Karimov."}, []string{"pending trial", "fairness of the proceedings"}},
		{"awaiting an indictment names the proceeding", func(c *cases.Case) {
			c.Proceeding, c.RequestingState = "trial", ""
			c.Status.Awaiting = "indictment by the Chengdu Municipal People's Procuratorate"
		}, []string{"is now awaiting indictment by the Chengdu Municipal People's Procuratorate."}, []string{"regarding his trial"}},
		{"a deadline refers back to the decision awaited", func(c *cases.Case) {
			c.Status.Awaiting = "the Minister of Justice's decision on his extradition"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 15}, "decision"
		}, []string{"is now awaiting the Minister of Justice's decision on his extradition. That decision is expected by 15 March 2026."}, []string{"A decision on his extradition"}},
		{"a deadline of another kind does not refer back", func(c *cases.Case) {
			c.Status.Awaiting = "the Minister of Justice's decision on his extradition"
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 15}, "hearing"
		}, []string{"A court hearing on his extradition is scheduled for 15 March 2026."}, []string{"That"}},
		{"an ambassador conveys", func(c *cases.Case) {
			c.Recipients[0].Title = "Ambassador of Kazakhstan to the United Kingdom"
			c.Asks, c.Requests = []string{"no-removal", "release"}, nil
		}, []string{"We therefore ask you to convey to the authorities of Kazakhstan our requests that they should: 1. refuse the request for the extradition of Mr Karimov to Uzbekistan; 2. order the release of Mr Karimov or, failing that, consider alternatives to detention."}, []string{"sound judgement"}},
		{"married, with a dependant described over two items", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Spouse: "husband", Children: 2, Dependants: []string{"his mother", "who is 84"}}
		}, []string{"Mr Karimov is now awaiting a decision regarding his extradition to Uzbekistan. He is married and has two children. He also supports his mother, who is 84."}, []string{"and who is 84", "who is married"}},
		{"a dependant described over three items", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Detainee.Pronouns = cases.She
			c.Family = cases.Family{Dependants: []string{"her sister Mahvash", "63", "detained with her and in need of insulin"}}
		}, []string{"who supports her sister Mahvash, 63, detained with her and in need of insulin, is now awaiting"}, []string{"and detained"}},
		{"a code charged twice is named in full once", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Anti-Homosexuality Act, 2023", Article: "3", MaxPenalty: "death"}, {Code: "Anti-Homosexuality Act, 2023", Article: "11"}}
		}, []string{"Article 3 of the Anti-Homosexuality Act, 2023, which carries the death penalty; and Article 11 of the same Act."}, []string{"Article 11 of the Anti"}},
		{"a source's own name keeps a state's full name", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.DestinationState = "deportation", "", "Syrian Arab Republic"
			c.Risks = []cases.Risk{{Finding: "Returnees are detained.", Source: "Independent International Commission of Inquiry on the Syrian Arab Republic"}}
		}, []string{"with a view to his deportation to the Syrian Arab Republic.", "(Independent International Commission of Inquiry on the Syrian Arab Republic)", "would face in Syria."}, []string{"Inquiry on Syria"}},
		{"a dependant that starts with and", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Dependants: []string{"his wife", "and their four children"}}
		}, []string{"who supports his wife and their four children"}, []string{"and and"}},
		{"a trial quotes no clause against removal", func(c *cases.Case) {
			c.Proceeding, c.RequestingState = "trial", ""
			c.Clauses = []string{"cat-3", "refugee-convention-33.1", "iccpr-7"}
		}, []string{"Article 7 of the ICCPR provides:"}, []string{"Convention against Torture", "Refugee Convention", "refoulement"}},
		{"children named with the spouse in one dependant are counted once", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Spouse: "wife", Children: 3, Dependants: []string{"his wife and their three children, who live in Istanbul"}}
		}, []string{"He supports his wife and their three children, who live in Istanbul."}, []string{"has three children", "is married"}},
		{"a relative's name split from them by YAML is one person", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Dependants: []string{"his partner", "Elena Markova", "his mother"}}
		}, []string{"who supports his partner, Elena Markova, and his mother"}, []string{"partner and Elena"}},
		{"children named after the spouse, without their possessive, are counted once", func(c *cases.Case) {
			c.Status.Awaiting = "a decision"
			c.Family = cases.Family{Children: 2, Dependants: []string{"his wife and two U.S.-citizen children"}}
		}, []string{"who supports his wife and two U.S.-citizen children, is now awaiting"}, []string{"has two children"}},
		{"an engaged body that describes itself takes the", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "Committee to Protect Journalists"}}
		}, []string{"also in urgent contact with the Committee to Protect Journalists."}, nil},
		{"the death penalty", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Penal Code", Article: "109", MaxPenalty: "death"}}
		}, []string{"Article 109 of the Penal Code, which carries the death penalty."}, nil},
		{"The Hague keeps its capital", func(c *cases.Case) {
			c.Events = []cases.Event{{Date: cases.Date{Year: 2026, Month: 1, Day: 5}, What: "The Hague District Court ruled against him."}}
		}, []string{"on 5 January 2026 The Hague District Court ruled against him."}, nil},
		{"asks come before the law", func(c *cases.Case) { c.Clauses = []string{"cat-3"} },
			[]string{"ask you to prevent the extradition. Kazakhstan acceded to the Convention against Torture"}, nil},
		{"a commitment on a day, not in it", func(c *cases.Case) {
			c.Commitment = &cases.Commitment{Occasion: "your address to the Human Rights Council", Date: cases.Date{Year: 2026, Month: 2, Day: 24}, Statement: "You stated that no one is tried for their faith."}
		}, []string{"during your address to the Human Rights Council, on 24 February 2026, you stated that no one is tried for their faith."}, []string{"in 24 February"}},
		{"a commitment in a month", func(c *cases.Case) {
			c.Commitment = &cases.Commitment{Occasion: "your meeting with the High Commissioner", Date: cases.Date{Year: 2012, Month: 7}, Statement: "you expressed support"}
		}, []string{"We were delighted to learn that during your meeting with the High Commissioner, in July 2012, you expressed support."}, []string{"also delighted"}},
		{"a commitment after those engaged is also recalled", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "UNHCR"}}
			c.Commitment = &cases.Commitment{Occasion: "your meeting with the High Commissioner", Date: cases.Date{Year: 2012, Month: 7}, Statement: "you expressed support"}
		}, []string{"We are also in urgent contact with UNHCR.", "We were also delighted to learn that during your meeting"}, nil},
		{"an event that starts with a preposition is lowered", func(c *cases.Case) {
			c.Events = []cases.Event{{Date: cases.Date{Year: 2025, Month: 2, Day: 27}, What: "In a night operation, officers raided his flat."}}
		}, []string{"on 27 February 2025 in a night operation, officers raided his flat."}, nil},
		{"a value's own stop is not doubled", func(c *cases.Case) {
			c.Accusation = "charges of membership of the movement “Group 24.”"
			c.Status.Awaiting = "a decision on his asylum claim, his appeal, etc."
		}, []string{"on charges of membership of the movement “Group 24.” ", "his appeal, etc. "}, []string{"”.", "etc.."}},
		{"a possessive code takes no article", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Iran's Islamic Penal Code", Article: "500"}}
		}, []string{"Article 500 of Iran's Islamic Penal Code."}, []string{"the Iran's"}},
		{"a trial: no asylum ask, no refoulement argument, a verdict said once", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.HoldingState = "trial", "", "Malaysia"
			c.Asks, c.Requests = []string{"unhcr", "lawyer"}, nil
			c.Clauses = []string{"cat-3"}
			c.Status.Awaiting = "the verdict of the Kuala Lumpur High Court"
		}, []string{"is now awaiting the verdict of the Kuala Lumpur High Court.", "ask you to ensure that Mr Karimov has prompt and regular access to a lawyer"},
			[]string{"UNHCR", "customary international law", "regarding his trial"}},
		{"at liberty: no release, visits or medical care asked", func(c *cases.Case) {
			c.Status.Detained = no()
			c.Asks, c.Requests = []string{"no-removal", "release", "family", "medical"}, nil
		}, []string{"ask you to refuse the request for the extradition of Mr Karimov to Uzbekistan."}, []string{"visits", "medical", "release"}},
		{"a child helps to care for dependants", func(c *cases.Case) {
			c.Detainee.Honorific, c.Detainee.Born = "", cases.Date{Year: 2013, Month: 1, Day: 5}
			c.Family.Dependants = []string{"his younger sister"}
			c.Status.Awaiting = "a decision"
		}, []string{"who helps to care for his younger sister"}, []string{"supports"}},
		{"a child who is a parent supports her own child", func(c *cases.Case) {
			c.Detainee.Honorific, c.Detainee.Pronouns, c.Detainee.Born = "", cases.She, cases.Date{Year: 2010, Month: 1, Day: 5}
			c.Family.Spouse, c.Family.Children, c.Family.Dependants = "", 1, []string{"her infant son"}
			c.Status.Awaiting = "a decision"
		}, []string{"who supports her infant son"}, []string{"helps to care for"}},
		{"two engaged groups make one sentence", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "US Congressmen", Names: []string{"Chris Smith", "Jim McGovern"}}, {Group: "the UN Special Rapporteur on torture"}}
		}, []string{"also in urgent contact with a number of US Congressmen, including Chris Smith and Jim McGovern, and with the UN Special Rapporteur on torture."}, nil},
		{"three engaged groups, one with names, are kept apart by semicolons", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "members of the European Parliament"}, {Group: "US Congressmen", Names: []string{"Chris Smith", "Jim McGovern"}}, {Group: "UNHCR"}}
		}, []string{"also in urgent contact with members of the European Parliament; with a number of US Congressmen, including Chris Smith and Jim McGovern; and with UNHCR."}, nil},
		{"two engaged groups without names", func(c *cases.Case) {
			c.Engaged = []cases.Engaged{{Group: "members of the European Parliament"}, {Group: "UNHCR"}}
		}, []string{"also in urgent contact with members of the European Parliament and with UNHCR."}, nil},
		{"a place with a comma of its own is closed before since", func(c *cases.Case) {
			c.Status.HeldAt, c.Status.Since = "Kamukunji police station, Nairobi", cases.Date{Year: 2026, Month: 1, Day: 3}
		}, []string{"held in Kamukunji police station, Nairobi, since 3 January 2026."}, nil},
		{"the Universal Declaration is recalled with its article", func(c *cases.Case) { c.Clauses = []string{"udhr-14"} },
			[]string{"We recall the Universal Declaration of Human Rights, adopted by the General Assembly of the United Nations on 10 December 1948 (resolution 217 A (III))."}, nil},
		{"requests typed as a list, or as statements", func(c *cases.Case) {
			c.Requests = []string{"1. Stop the extradition", "- release him", "We ask you to allow visits", "his family should be told where he is"}
		}, []string{"1. to stop the extradition; 2. to release him; 3. to allow visits; 4. to ensure that his family be told where he is."}, []string{"1. Stop", "to -", "to We"}},
		{"a code's own unit", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Pakistan Penal Code", Article: "section 298-C"}}
		}, []string{"Section 298-C of the Pakistan Penal Code."}, []string{"Article section"}},
		{"a place of custody dated after the letter is left out", func(c *cases.Case) {
			c.Status.Since = cases.Date{Year: 2026, Month: 12, Day: 10}
		}, nil, []string{"since 10 December 2026"}},
		{"awaiting that names the proceeding in another form", func(c *cases.Case) {
			c.Status.Awaiting = "a ruling of the court on whether he may be extradited"
		}, []string{"is now awaiting a ruling of the court on whether he may be extradited."}, []string{"regarding his extradition"}},
		{"a numbered law takes no article", func(c *cases.Case) {
			c.Charges = []cases.Charge{{Code: "Federal Law No. 114-FZ", Article: "5"}}
		}, []string{"Article 5 of Federal Law No. 114-FZ."}, []string{"the Federal Law"}},
		{"many events are told in paragraphs of five", func(c *cases.Case) {
			for d := 1; d <= 7; d++ {
				c.Events = append(c.Events, cases.Event{Date: cases.Date{Year: 2025, Month: 1, Day: d}, What: "officers questioned him again"})
			}
		}, []string{"We have been informed that on 1 January 2025 officers questioned him again.", "On 6 January 2025, officers questioned him again."}, nil},
		{"a request to release a person not in custody is left out", func(c *cases.Case) {
			c.Status.Detained = no()
			c.Requests = []string{"refuse the extradition", "release Mr. Karimov", "release his passport", "free him", "order the immediate release of Aziz Karimov", "release Mr Karimov's brother"}
		}, []string{"ask you: 1. to refuse the extradition; 2. to release his passport; 3. to release Mr Karimov's brother."}, []string{"to release Mr Karimov;", "to release Mr Karimov.", "free him", "immediate release"}},
		{"a request to release a person in custody stays", func(c *cases.Case) {
			c.Requests = []string{"release Mr Karimov"}
		}, []string{"ask you to release Mr Karimov."}, nil},
		{"a retrial names the trial", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.HoldingState = "trial", "", "Nigeria"
			c.Status.Awaiting = "his retrial before the Upper Sharia Court"
		}, []string{"is now awaiting his retrial before the Upper Sharia Court."}, []string{"regarding his trial"}},
		{"a trial in a state whose codes number sections", func(c *cases.Case) {
			c.Proceeding, c.RequestingState, c.HoldingState = "trial", "", "India"
			c.Charges = []cases.Charge{{Code: "Unlawful Activities (Prevention) Act, 1967", Article: "13"}}
		}, []string{"Section 13 of the Unlawful Activities (Prevention) Act, 1967."}, []string{"Article 13"}},
		{"an extradition to a state whose codes number sections", func(c *cases.Case) {
			c.RequestingState = "India"
			c.Charges = []cases.Charge{{Code: "Penal Code", Article: "120B"}}
		}, []string{"Section 120B of the Penal Code."}, nil},
		{"an extradition from a state whose codes number sections", func(c *cases.Case) {
			c.HoldingState, c.RequestingState = "United Kingdom", "Uzbekistan"
			c.Charges = []cases.Charge{{Code: "Criminal Code of the Republic of Uzbekistan", Article: "159"}}
		}, []string{"Article 159 of the Criminal Code of the Republic of Uzbekistan."}, nil},
		{"an event's honorific in lower case is capitalised", func(c *cases.Case) {
			c.Events = []cases.Event{{Date: cases.Date{Year: 2022, Month: 5}, What: "ms Nazarova left Tajikistan."}}
		}, []string{"in May 2022 Ms Nazarova left Tajikistan."}, []string{"ms Nazarova"}},
		{"a finding in lower case starts with a capital", func(c *cases.Case) {
			c.Risks = []cases.Risk{{Finding: "serious human rights violations have been committed", Source: "UN Human Rights Council"}}
		}, []string{"Serious human rights violations have been committed (UN Human Rights Council)."}, nil},
		{"dotted honorifics lose their stop, straight quotes become curly", func(c *cases.Case) {
			c.Detainee.Honorific = "Mr."
			c.Accusation = `charges of "extremism"`
		}, []string{"detaining Mr Aziz Karimov, who is wanted in Uzbekistan on charges of “extremism”."}, []string{"Mr.", `"`}},
		{"a faith that names a person follows the role", func(c *cases.Case) {
			c.Detainee.Nationality, c.Detainee.Faith, c.Detainee.Role = "Afghan", "Christian convert", "former interpreter"
		}, []string{"Mr Aziz Karimov, an Afghan former interpreter and Christian convert, at the request"}, []string{"convert former"}},
		{"a faith that names a person, with no role, is the description", func(c *cases.Case) {
			c.Detainee.Nationality, c.Detainee.Faith = "Belarusian", "Jehovah's Witness"
		}, []string{"Mr Aziz Karimov, a Belarusian Jehovah's Witness, at the request"}, nil},
		{"a faith that names a member follows the role", func(c *cases.Case) {
			c.Detainee.Faith, c.Detainee.Role = "member of the Ahmadiyya community", "teacher"
		}, []string{"Mr Aziz Karimov, a teacher and member of the Ahmadiyya community, at the request"}, nil},
		{"a faith as an adjective goes before the role", func(c *cases.Case) {
			c.Detainee.Faith, c.Detainee.Role = "Christian", "pastor"
		}, []string{"Mr Aziz Karimov, a Christian pastor, at the request"}, nil},
		{"a request's own please is dropped", func(c *cases.Case) { c.Requests = []string{"Please release him on bail"} },
			[]string{"ask you to release him on bail."}, []string{"lease release"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := baseCase()
			tt.change(c)
			c.Recipient = c.Recipients[0]
			l, err := Compose(c, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			text := bodyText(l)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("letter lacks\n\t%s\nin\n\t%s", w, text)
				}
			}
			for _, n := range tt.never {
				if strings.Contains(text, n) {
					t.Errorf("letter says %q:\n\t%s", n, text)
				}
			}
		})
	}
}

// bodyText is a letter's body as one line of text, no-break spaces as
// spaces, list items numbered as the text printer numbers them.
func bodyText(l *Letter) string {
	var parts []string
	for _, b := range l.Body {
		switch b := b.(type) {
		case *Paragraph:
			parts = append(parts, b.Text)
		case *Quote:
			parts = append(parts, b.Paragraphs...)
		case *List:
			for i, it := range b.Items {
				if b.Ordered {
					it = strconv.Itoa(i+1) + ". " + it
				}
				parts = append(parts, it)
			}
		}
	}
	return strings.ReplaceAll(strings.Join(parts, " "), "\u00a0", " ")
}

// TestSupporterLawSpeaksAsI: a supporter's letter says "I" in the law part
// too, in the full letter and the brief one.
func TestSupporterLawSpeaksAsI(t *testing.T) {
	for _, style := range []string{"", "brief"} {
		c := baseCase()
		c.HoldingState, c.Clauses, c.Letter.Style = "Malaysia", []string{"cat-3", "udhr-14"}, style
		c.Sender.Campaign = true
		c.Recipient = c.Recipients[0]
		l, err := Compose(c, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }, Signer: &Signer{Name: "Jane Doe"}})
		if err != nil {
			t.Fatal(err)
		}
		text := bodyText(l)
		want := []string{"I cite it for the standard it sets.", "I recall the Universal Declaration of Human Rights"}
		if style == "brief" {
			want = []string{"I am writing in support of the campaign of Friends of the Accused.", "I cite, for the standard it sets, article 3 of the Convention against Torture", "I also cite article 14 of the Universal Declaration"}
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s letter lacks %q in\n\t%s", style, w, text)
			}
		}
		if strings.Contains(text, "We ") || strings.Contains(text, " we ") {
			t.Errorf("%s letter speaks as we:\n\t%s", style, text)
		}
	}
}

// TestCampaignOpening: a supporter's letter names the campaign mid-sentence,
// its own "The" in lower case, with one comma after the urgency.
func TestCampaignOpening(t *testing.T) {
	for _, tt := range []struct {
		org      string
		deadline bool
		want     string
	}{
		{"The Refugee Support Network of Utrecht", true, "I am writing to you with great concern, and as a matter of urgency, in support of the campaign of the Refugee Support Network of Utrecht, to ask for your support in the following matter."},
		{"The Refugee Support Network of Utrecht", false, "I am writing to you with great concern, in support of the campaign of the Refugee Support Network of Utrecht, to ask for your urgent support"},
		{"The Hague Refugee Council", false, "in support of the campaign of The Hague Refugee Council, to ask"},
		{"Andean Press Freedom Coalition", false, "in support of the campaign of the Andean Press Freedom Coalition, to ask"},
		{"Amnesty International", false, "in support of the campaign of Amnesty International, to ask"},
		{"ISHR", false, "in support of the campaign of ISHR, to ask"},
	} {
		c := baseCase()
		c.Sender = cases.Sender{Organisation: tt.org, Campaign: true}
		if tt.deadline {
			c.Status.Deadline, c.Status.DeadlineEvent = cases.Date{Year: 2026, Month: 3, Day: 10}, "hearing"
		}
		c.Recipient = c.Recipients[0]
		l, err := Compose(c, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }, Signer: &Signer{Name: "Jane Doe"}})
		if err != nil {
			t.Fatal(err)
		}
		if text := bodyText(l); !strings.Contains(text, tt.want) || strings.Contains(text, ",,") {
			t.Errorf("letter lacks %q in\n\t%s", tt.want, text)
		}
	}
}

// TestIndividualSpeaksAsI: a sender who is one person (sender.individual)
// speaks as "I" throughout, and closes in the first person.
func TestIndividualSpeaksAsI(t *testing.T) {
	c := baseCase()
	c.Sender = cases.Sender{Organisation: "Margaret Ellison", Individual: true}
	c.HoldingState, c.Clauses = "Malaysia", []string{"cat-3", "udhr-14"}
	c.Recipients[0] = cases.Recipient{Honorific: "H.E.", Name: "Datuk Seri Saifuddin Nasution"}
	c.Recipient = c.Recipients[0]
	l, err := Compose(c, Options{Now: func() time.Time { return time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	text := bodyText(l)
	for _, w := range []string{"I am writing to you with great concern", "I understand that", "I cite it for the standard it sets.", "For these reasons I am confident"} {
		if !strings.Contains(text, w) {
			t.Errorf("letter lacks %q in\n\t%s", w, text)
		}
	}
	if strings.Contains(text, "We ") || strings.Contains(text, " we ") {
		t.Errorf("letter speaks as we:\n\t%s", text)
	}
	if want := "Please accept, Your Excellency, the assurances of my highest consideration."; l.Closing != want {
		t.Errorf("closing = %q, want %q", l.Closing, want)
	}
}

// TestIndividualSpeaksAsIInRussian: a Russian letter from one person says
// "я", as a supporter's does.
func TestIndividualSpeaksAsIInRussian(t *testing.T) {
	c, err := cases.Load("../cases/example-removal-ru.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Sender.Individual = true
	l, err := Compose(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := bodyText(l)
	if !strings.Contains(text, "я обращаюсь к Вам") || strings.Contains(text, "Мы ") || strings.Contains(text, " мы ") {
		t.Errorf("letter does not speak as я:\n\t%s", text)
	}
}
