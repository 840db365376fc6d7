package letter

import (
	"time"

	"testing"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/treaties"
)

func TestSpell(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "zero"}, {1, "one"}, {4, "four"}, {12, "twelve"}, {20, "twenty"},
		{21, "twenty-one"}, {45, "forty-five"}, {99, "ninety-nine"}, {100, "100"}, {2012, "2012"},
	}
	for _, tt := range tests {
		if got := spell(tt.n); got != tt.want {
			t.Errorf("spell(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"Frank R. Wolf"}, "Frank R. Wolf"},
		{[]string{"Frank R. Wolf", "Gus Bilirakis"}, "Frank R. Wolf and Gus Bilirakis"},
		{[]string{"a", "b", "c"}, "a, b and c"},
	}
	for _, tt := range tests {
		if got := join(tt.in); got != tt.want {
			t.Errorf("join(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestYearsAndCount(t *testing.T) {
	tests := []struct{ got, want string }{
		{years(1), "one year’s"},
		{years(3), "three years’"},
		{years(15), "fifteen years’"},
		{count(1, "child", "children"), "one child"},
		{count(4, "child", "children"), "four children"},
		{article("Christian pastor"), "a"},
		{article("Evangelical pastor"), "an"},
		{article("Uzbek Christian"), "an"},
		{article("Ukrainian journalist"), "a"},
		{article("European"), "a"},
		{article("Uyghur imam"), "a"},
		{article("imam"), "an"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestFamilyClause(t *testing.T) {
	tests := []struct {
		f    cases.Family
		want string
	}{
		{cases.Family{Spouse: "wife", SpousePregnant: true, Children: 4}, "who has four children and whose wife is pregnant"},
		{cases.Family{Spouse: "husband", Children: 1}, "who is married and has one child"},
		{cases.Family{Spouse: "wife"}, "who is married"},
		{cases.Family{Spouse: "partner", Children: 3}, "who has a partner and three children"},
		// YAML reads "[his mother, who is 84]" as two items: they are one.
		{cases.Family{Dependants: []string{"his mother", "who is 84"}}, "who supports his mother, who is 84"},
		{cases.Family{Dependants: []string{"his brother", "aged 15", "his sister"}}, "who supports his brother, aged 15, and his sister"},
		// The clause follows a name, so "who has", even for they/them.
		{cases.Family{Children: 2}, "who has two children"},
		{cases.Family{Dependants: []string{"their elderly mother"}}, "who supports their elderly mother"},
		{cases.Family{Spouse: "partner"}, "who has a partner"},
		{cases.Family{Children: 1, Dependants: []string{"her father"}}, "who has one child and who supports her father"},
		{cases.Family{}, ""},
		// A dependant who is the spouse, or the one child counted, is
		// named once.
		{cases.Family{Spouse: "wife", Children: 8, Dependants: []string{"his wife", "who is blind"}}, "who has eight children and who supports his wife, who is blind"},
		{cases.Family{Children: 1, Dependants: []string{"her son, aged 14"}}, "who supports her son, aged 14"},
		{cases.Family{Children: 2, Dependants: []string{"her son", "her daughter"}}, "who supports her son and her daughter"},
		{cases.Family{Children: 3, Dependants: []string{"his three children"}}, "who supports his three children"},
		{cases.Family{Children: 3, Dependants: []string{"his 3 children"}}, "who supports his 3 children"},
		// Where they may be others, the count stays.
		{cases.Family{Children: 3, Dependants: []string{"her son, who is ill"}}, "who has three children and who supports her son, who is ill"},
		{cases.Family{Children: 5, Dependants: []string{"his two youngest children"}}, "who has five children and who supports his two youngest children"},
		{cases.Family{Spouse: "wife", Dependants: []string{"his wife's mother"}}, "who is married and who supports his wife's mother"},
		{cases.Family{Children: 1, Dependants: []string{"her son's widow"}}, "who has one child and who supports her son's widow"},
		{cases.Family{Children: 1, Dependants: []string{"her daughter-in-law"}}, "who has one child and who supports her daughter-in-law"},
		{cases.Family{Spouse: "wife", SpousePregnant: true, Dependants: []string{"his wife"}}, "whose wife is pregnant and who supports his wife"},
	}
	for _, tt := range tests {
		if got := familyClause(tt.f, false); got != tt.want {
			t.Errorf("familyClause(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestCharge(t *testing.T) {
	tests := []struct {
		c    cases.Charge
		want string
	}{
		{cases.Charge{Code: "Uzbek Criminal Code", Article: "229-2", Offence: "violation of the procedure for teaching religion", MaxYears: 3},
			"Article\u00a0229-2 of the Uzbek Criminal Code, which punishes “violation of the procedure for teaching religion” and carries a maximum term of three years’ imprisonment"},
		{cases.Charge{Code: "Criminal Code", Article: "174", MaxYears: 1}, "Article\u00a0174 of the Criminal Code, which carries a maximum term of one year’s imprisonment"},
		{cases.Charge{Code: "Criminal Code", Article: "280", MaxPenalty: "life imprisonment"}, "Article\u00a0280 of the Criminal Code, which carries a maximum penalty of life imprisonment"},
		{cases.Charge{Code: "Penal Code", Article: "7"}, "Article\u00a07 of the Penal Code"},
		// A code whose name marks the law of a state that numbers
		// sections numbers sections, whatever state holds the person.
		{cases.Charge{Code: "Pakistan Penal Code", Article: "295-C"}, "Section\u00a0295-C of the Pakistan Penal Code"},
		{cases.Charge{Code: "Indian Penal Code", Article: "120B"}, "Section\u00a0120B of the Indian Penal Code"},
		{cases.Charge{Code: "Kano State Sharia Penal Code Law 2000", Article: "382(b)"}, "Section\u00a0382(b) of the Kano State Sharia Penal Code Law 2000"},
		// The unit a case gives is kept.
		{cases.Charge{Code: "Pakistan Penal Code", Article: "s. 295-C"}, "S.\u00a0295-C of the Pakistan Penal Code"},
		{cases.Charge{Code: "Strafgesetzbuch", Article: "§ 130"}, "§\u00a0130 of the Strafgesetzbuch"},
		{cases.Charge{Code: "Strafgesetzbuch", Article: "§130"}, "§130 of the Strafgesetzbuch"},
		// Only a name that starts with its number takes no article.
		{cases.Charge{Code: "Egyptian Anti-Terrorism Law No. 94 of 2015", Article: "12"}, "Article\u00a012 of the Egyptian Anti-Terrorism Law No. 94 of 2015"},
		{cases.Charge{Code: "Law No. 11 of 2008 on Electronic Information", Article: "45A(2)"}, "Article\u00a045A(2) of Law No. 11 of 2008 on Electronic Information"},
		{cases.Charge{Code: "Presidential Decree No. 5", Article: "2"}, "Article\u00a02 of Presidential Decree No. 5"},
		{cases.Charge{Code: "Decree 7/2011", Article: "2"}, "Article\u00a02 of Decree 7/2011"},
		{cases.Charge{Code: "Penal Code", Article: "5", Offence: `membership of the "Group 24" movement`}, "Article\u00a05 of the Penal Code, which punishes “membership of the ‘Group 24’ movement”"},
	}
	for _, tt := range tests {
		if got := charge(tt.c, false, false); got != tt.want {
			t.Errorf("charge(%+v) =\n%q, want\n%q", tt.c, got, tt.want)
		}
	}
	// Under the law of a state that numbers sections, a code of any
	// name does.
	if got, want := charge(cases.Charge{Code: "Unlawful Activities (Prevention) Act, 1967", Article: "13"}, true, false), "Section\u00a013 of the Unlawful Activities (Prevention) Act, 1967"; got != want {
		t.Errorf("charge in a state of sections = %q, want %q", got, want)
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"  spaced   out ", "spaced out"},
		{"line\nbreak", "line break"},
		{"esc\x1b[31mred", "esc[31mred"},
		{"bell\a", "bell"},
		{"c1\u009bcsi", "c1csi"},
		{"bidi\u202eevil", "bidievil"},
		{"no\u00a0break", "no\u00a0break"},
		{"del\x7f \tbad\xffbyte", "del bad\ufffdbyte"},
		{"\n Ташкент,\n\t«Аль-Фараби» ", "Ташкент, «Аль-Фараби»"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		in          string
		width       int
		first, rest string
		want        []string
	}{
		{"one two three", 7, "", "", []string{"one two", "three"}},
		{"one two three", 9, "  ", "    ", []string{"  one two", "    three"}},
		// Cyrillic, curly quotes and № are one column each.
		{"Қазақстан «№2» жоқ", 13, "", "", []string{"Қазақстан", "«№2» жоқ"}},
		{"abcdefghij", 4, "", "", []string{"abcd", "efgh", "ij"}},
		// East Asian wide characters take two columns.
		{"漢字漢字", 4, "", "", []string{"漢字", "漢字"}},
	}
	for _, tt := range tests {
		got := wrapText(tt.in, tt.width, tt.first, tt.rest)
		if len(got) != len(tt.want) {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("wrapText(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
				break
			}
		}
	}
}

func TestColumns(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"abc", 3}, {"Қазақстан", 9}, {"“№2”", 4}, {"oʻzbek", 6}, {"漢字", 4}, {"e\u0301", 1},
	}
	for _, tt := range tests {
		if got := columns(tt.s); got != tt.want {
			t.Errorf("columns(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWithArticle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kazakhstan", "Kazakhstan"},
		{"Russian Federation", "the Russian Federation"},
		{"United Kingdom of Great Britain and Northern Ireland", "the United Kingdom of Great Britain and Northern Ireland"},
		{"United States of America", "the United States of America"},
		{"Iran (Islamic Republic of)", "the Islamic Republic of Iran"},
		{"Bolivia (Plurinational State of)", "the Plurinational State of Bolivia"},
		{"Netherlands", "the Netherlands"},
		{"Republic of Moldova", "the Republic of Moldova"},
		{"Türkiye", "Türkiye"},
		{"Viet Nam", "Viet Nam"},
	}
	for _, tt := range tests {
		if got := withArticle(tt.in); got != tt.want {
			t.Errorf("withArticle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDescription(t *testing.T) {
	tests := []struct {
		p    cases.Person
		want string
	}{
		{cases.Person{Faith: "Christian", Role: "pastor"}, "a Christian pastor"},
		{cases.Person{Nationality: "Uzbek", Faith: "Muslim", Role: "journalist"}, "an Uzbek Muslim journalist"},
		{cases.Person{Nationality: "Uzbek"}, "an Uzbek national"},
		{cases.Person{Role: "imam"}, "an imam"},
		{cases.Person{}, ""},
	}
	for _, tt := range tests {
		w := &writer{c: &cases.Case{Detainee: tt.p}, opt: Options{Records: treaties.BuiltinRecords(), Now: time.Now}}
		if got := w.facts().Desc; got != tt.want {
			t.Errorf("description of %+v = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestArticle(t *testing.T) {
	tests := []struct{ words, want string }{
		// By the first letter's sound.
		{"Christian pastor", "a"}, {"Evangelical pastor", "an"}, {"imam", "an"}, {"activist", "an"},
		{"opposition politician", "an"}, {"engineer", "an"}, {"Afghan child", "an"}, {"Iranian", "an"},
		// A vowel said as "you" or "w".
		{"Ukrainian journalist", "a"}, {"European", "a"}, {"Uyghur imam", "a"}, {"Ugandan", "a"},
		{"university lecturer", "a"}, {"union leader", "a"}, {"user", "a"}, {"usual", "a"},
		{"Unitarian", "a"}, {"one-off", "a"}, {"Uruguayan", "a"}, {"utopian", "a"},
		// A vowel said as a vowel, where the rules above might mislead.
		{"Uzbek Christian", "an"}, {"Urdu poet", "an"}, {"uninformed", "an"}, {"unidentified man", "an"},
		{"urgent", "an"},
		// A silent h, and a sounded one.
		{"honorary consul", "an"}, {"hour", "an"}, {"honest", "an"}, {"heir", "an"},
		{"human rights defender", "a"}, {"historian", "a"}, {"Hazara", "a"},
		// Initialisms, said letter by letter.
		{"NGO worker", "an"}, {"LGBTI rights activist", "an"}, {"UN interpreter", "a"},
		{"HIV activist", "an"}, {"MP", "an"}, {"FSB officer", "an"}, {"US citizen", "a"},
		{"UK resident", "a"}, {"RFE/RL journalist", "an"}, {"SOS volunteer", "an"}, {"BBC reporter", "a"},
		// Abbreviations said as words.
		{"NATO official", "a"}, {"UNESCO expert", "a"}, {"UNICEF worker", "a"}, {"UNRWA teacher", "an"},
		// Numbers.
		{"8-year-old", "an"}, {"11-year-old", "an"}, {"18-year-old", "an"}, {"80-year-old", "an"},
		{"15-year-old", "a"}, {"1-year-old", "a"}, {"110-year-old", "a"}, {"17-year-old", "a"},
	}
	for _, tt := range tests {
		if got := article(tt.words); got != tt.want {
			t.Errorf("article(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestSalutation(t *testing.T) {
	tests := []struct {
		r     cases.Recipient
		want  string
		guess bool
	}{
		{cases.Recipient{Honorific: "Mr", Name: "Askar Daulbayev"}, "Dear Mr Daulbayev,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Daulbayev"}, "Dear Mr Daulbayev,", false},
		{cases.Recipient{Honorific: "H.E.", Name: "Kanat Zulushev"}, "Your Excellency,", false},
		{cases.Recipient{Honorific: "Ms", Name: "Ana Silva", Title: "Minister of Justice"}, "Your Excellency,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Olaf Scholz", Title: "Bundeskanzler"}, "Your Excellency,", false},
		{cases.Recipient{Honorific: "Ms", Name: "Eva Berg", Title: "Deputy Minister of the Interior"}, "Dear Ms Berg,", false},
		{cases.Recipient{Honorific: "Ms", Name: "Eva Berg", Title: "Head of the Presidential Administration"}, "Dear Ms Berg,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Jan van der Berg"}, "Dear Mr van der Berg,", false},
		{cases.Recipient{Honorific: "Ms", Name: "María de la Cruz"}, "Dear Ms de la Cruz,", false},
		{cases.Recipient{Honorific: "Ms", Name: "María José García López"}, "Dear Ms López,", true},
		{cases.Recipient{Honorific: "Ms", Name: "María José García López", FamilyName: "García López"}, "Dear Ms García López,", false},
		{cases.Recipient{Honorific: "Ms", Name: "Wang Lihua"}, "Dear Ms Lihua,", true},
		{cases.Recipient{Honorific: "Ms", Name: "Wang Lihua", FamilyName: "Wang"}, "Dear Ms Wang,", false},
		{cases.Recipient{Honorific: "Ms", Name: "Jane Smith MP"}, "Dear Ms Smith,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Ivan Petrov (Иван Петров)"}, "Dear Mr Petrov,", false},
		{cases.Recipient{Honorific: "The Rt Hon", Name: "Jane Smith MP"}, "Dear Jane Smith,", true},
		{cases.Recipient{Honorific: "Judge", Name: "Anna Kowalska"}, "Dear Judge Kowalska,", false},
		{cases.Recipient{Name: "A. Official"}, "Dear A. Official,", true},
		{cases.Recipient{Honorific: "Dr", Name: "Anna-Lena von Bülow", Title: "President of the Regional Council"}, "Dear Dr von Bülow,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Hans Meier", Title: "President of the Federal Office for Migration and Refugees"}, "Dear Mr Meier,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Kassym-Jomart Tokayev", Title: "President of the Republic of Kazakhstan"}, "Your Excellency,", false},
		{cases.Recipient{Name: "Abdullah II ibn Al-Hussein", Title: "King of the Hashemite Kingdom of Jordan"}, "Your Majesty,", false},
		{cases.Recipient{Name: "Sheikh Tamim bin Hamad Al Thani", Title: "Emir of the State of Qatar"}, "Your Highness,", false},
		{cases.Recipient{Name: "Mohammed bin Salman", Title: "Crown Prince and Prime Minister"}, "Your Royal Highness,", false},
		{cases.Recipient{Honorific: "H.M.", Name: "Haitham bin Tariq"}, "Your Majesty,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Joachim Herrmann", Title: "Bavarian State Minister of the Interior"}, "Dear Mr Herrmann,", false},
		{cases.Recipient{Honorific: "Mr", Name: "Ali Yerlikaya", Title: "Minister of the Interior of the Republic of Türkiye"}, "Your Excellency,", false},
		{cases.Recipient{Honorific: "Mr", Name: "(Bundeskanzler)"}, "Dear Sir or Madam,", true},
		{cases.Recipient{Honorific: "Mr", Name: "X", Salutation: "Dear Prosecutor General,"}, "Dear Prosecutor General,", false},
		{cases.Recipient{Honorific: "Mr.", Name: "Pieter van den Heuvel", FamilyName: "van den Heuvel"}, "Dear Mr van den Heuvel,", false},
	}
	for _, tt := range tests {
		got, guess := salutation(tt.r)
		if got != tt.want || (guess != "") != tt.guess {
			t.Errorf("salutation(%+v) = %q, guess %q; want %q, a guess: %v", tt.r, got, guess, tt.want, tt.guess)
		}
	}
	for _, tt := range []struct{ salutation, want string }{
		{"Your Excellency,", "Please accept, Your Excellency, the assurances of our highest consideration."},
		{"Your Majesty,", "Please accept, Your Majesty, the assurances of our highest consideration."},
		{"Dear Prosecutor General,", "Yours faithfully,"},
		{"Dear Presiding Judge,", "Yours faithfully,"},
		{"Dear Judge Kowalska,", "Yours sincerely,"},
		{"Dear Irina Volk,", "Yours sincerely,"},
		{"Excellency,", "Please accept, Your Excellency, the assurances of our highest consideration."},
		{"Dear Sir or Madam,", "Yours faithfully,"},
		{"Dear Mr Daulbayev,", "Yours sincerely,"},
		{"My Lady,", "Yours faithfully,"},
		{"My Lord,", "Yours faithfully,"},
		{"Madam,", "Yours faithfully,"},
		{"Your Honour,", "Yours faithfully,"},
	} {
		if got := closing(tt.salutation, plural); got != tt.want {
			t.Errorf("closing(%q) = %q, want %q", tt.salutation, got, tt.want)
		}
	}
}

// TestOfficeSalutation: a style before a name is no title, and validate
// suggests greeting the office; the suggestion is the recipient's own.
func TestOfficeSalutation(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Home Secretary", `e.g. "Dear Home Secretary,"`},
		{"Cabinet Secretary for Interior and National Administration", `e.g. "Dear Cabinet Secretary,"`},
		{"Secretary of Homeland Security", `e.g. "Dear Secretary,"`},
		{"Minister of Justice and Prosecutor General", `e.g. "Dear Minister,"`},
		{"", `"Dear" and the office, e.g. "Dear Minister,"`},
		{"Member of Parliament for Bethnal Green and Stepney", `"Dear" and the office, e.g. "Dear Minister,"`},
	} {
		if got := officeSalutation(tt.title); got != tt.want {
			t.Errorf("officeSalutation(%q) = %s, want %s", tt.title, got, tt.want)
		}
	}
}

func TestOneStop(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"with his wife and children, etc..", "with his wife and children, etc."},
		{"a UNHCR yellow card.... He", "a UNHCR yellow card... He"},
		{"the movement “Group 24.”.", "the movement “Group 24.”"},
		{"(acceded on 26 August 1998 г.). Then", "(acceded on 26 August 1998 г.). Then"},
		{"«в Казахстане и т. д.».", "«в Казахстане и т. д.»."},
		{"Is he safe?.", "Is he safe?"},
		{"three years’ imprisonment.", "three years’ imprisonment."},
		{"the U.S.. He", "the U.S. He"},
		{"version 2.1.5 of the rules.", "version 2.1.5 of the rules."},
		{"an ellipsis… .", "an ellipsis… ."},
		{"“... Taking into account ... .” We", "“... Taking into account ... .” We"},
		{"he said... Then", "he said... Then"},
		{"“Group 24”.", "“Group 24”."},
	} {
		if got := oneStop(tt.in); got != tt.want {
			t.Errorf("oneStop(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestProse(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ms Nazarova left Tajikistan", "Ms Nazarova left Tajikistan"},
		{"mr Rezaie arrived", "Mr Rezaie arrived"},
		{"refuse the extradition of Mr. Sannikau-Lis", "refuse the extradition of Mr Sannikau-Lis"},
		{"Mrs. Pillay and dr. Ahmed", "Mrs Pillay and Dr Ahmed"},
		{"Fr. D'Souza and Prof. Sen", "Fr D'Souza and Prof Sen"},
		{"Mr. and Mrs. Smith", "Mr and Mrs Smith"},
		{"mr and mrs Smith", "mr and Mrs Smith"},
		{"after 5 ms and then", "after 5 ms and then"},
		{"the drummers left", "the drummers left"},
		{"500 ms later", "500 ms later"},
		{"an MS Word file", "an MS Word file"},
		{`charges of "organising actions" in 2020`, "charges of “organising actions” in 2020"},
		{`"Group 24" and ("the movement")`, "“Group 24” and (“the movement”)"},
		{`an odd " quote`, `an odd " quote`},
		{`5'6" tall and "thin"`, `5'6" tall and "thin"`},
	} {
		if got := prose(tt.in); got != tt.want {
			t.Errorf("prose(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Mr.", "Mr"}, {"H.E. Mr.", "H.E. Mr"}, {"Dr.", "Dr"}, {"H.E.", "H.E."}, {"Prof. Dr.", "Prof Dr"}, {"Fr.", "Fr"}, {"Ms", "Ms"},
	} {
		if got := honorific(tt.in); got != tt.want {
			t.Errorf("honorific(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
