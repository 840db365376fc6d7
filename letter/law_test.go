package letter_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

// TestLawGolden composes the letters in testdata/law, one state each,
// chosen to cover how states stand under the treaties: a Protocol-only
// party, a Convention-only party with the geographic limitation, the
// limitation with the Protocol, a non-party, a denounced and a re-joined
// Optional Protocol, a change after 2015 on which sources disagree, the
// brief style with a treaty of a regional organisation the state is not a
// member of, succession (to a UN treaty, and as one of the successor
// states of a predecessor that ratified the European Convention: the
// Czech Republic, Slovakia in Russian, Montenegro briefly), a denounced
// regional treaty, an entry into force
// known without its deposit (Sweden), a re-accession with a reservation,
// the USSR's acts for the Russian Federation, a sourced non-party to
// Protocol No. 7, a general reservation, an entry that points to another
// chapter, the Protocol cited before the Convention (Kenya: no dateline
// for a party to both), a declaration on the definition an article relies
// on (Thailand, brief), a ratification known by its entry into force alone
// (Sweden, brief), the brief style separating what binds from what sets a
// standard, and the European Convention for members of the Council of
// Europe with their ratifications (the United Kingdom, Germany, Spain,
// Norway, Azerbaijan, the Netherlands), for a member with no data
// (Cyprus) and for states outside it (Belarus, and Egypt, which is not
// among its members), a Protocol-only party quoted article 1 A (2) (Cabo
// Verde), the Ukrainian SSR's acts, a reservation made for dependent
// territories alone (the United Kingdom, CRC article 37) and the USSR
// named in the argument (the Russian Federation). Each is compared with
// its .txt; -update rewrites them.
func TestLawGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/law/*.yaml")
	if err != nil || len(files) < 8 {
		t.Fatalf("want at least 8 cases in testdata/law, found %d (%v)", len(files), err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(path, ".yaml")
		t.Run(filepath.Base(name), func(t *testing.T) {
			l := composeFile(t, path)
			var got bytes.Buffer
			if err := (&letter.Text{}).Print(&got, l); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name+".txt", got.Bytes())
		})
	}
}

// TestBriefAnnex checks the brief style: one paragraph of law in the body,
// and in the annex every quoted clause, and every reservation passage
// that touches one, each with its source.
func TestBriefAnnex(t *testing.T) {
	l := composeFile(t, "testdata/law/united-states-brief.yaml")
	var law []string
	for _, b := range l.Body {
		if p, ok := b.(*letter.Paragraph); ok && strings.Contains(p.Text, " is bound by ") {
			law = append(law, p.Text)
		}
		if _, ok := b.(*letter.Quote); ok {
			t.Errorf("brief body has a quotation; want them in the annex")
		}
	}
	if len(law) != 1 {
		t.Fatalf("brief body has %d law paragraphs, want 1", len(law))
	}
	for _, want := range []string{"article\u00a0I(1) of the Protocol", "ratified on 21\u00a0October\u00a01994", "with what it has stated as to article\u00a07"} {
		if !strings.Contains(law[0], want) {
			t.Errorf("brief law paragraph lacks %q:\n%s", want, law[0])
		}
	}
	var sources []string
	for _, b := range l.Annex {
		q, ok := b.(*letter.Quote)
		if !ok || q.Source == "" || len(q.Paragraphs) == 0 {
			t.Errorf("annex block %#v: want a quotation with its source", b)
			continue
		}
		sources = append(sources, q.Source)
	}
	want := []string{
		"Convention relating to the Status of Refugees (Geneva, 28 July 1951), article 33, paragraph 1",
		"Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (New York, 10 December 1984), article 3",
		// Each text is called what it is: the United States' text on
		// article 3 is an understanding, listed under that heading.
		"United States of America, understandings to the Convention against Torture, as to article 3",
		"United States of America, declarations to the Convention against Torture, as to article 3",
		"International Covenant on Civil and Political Rights (New York, 16 December 1966), article 7",
		// Its text on the ICCPR lost its headings in the UN tables: its
		// passages are named by the section they come from.
		"United States of America, reservations and declarations to the International Covenant on Civil and Political Rights, as to article 7",
		// Its declaration on articles 1 through 27 is a passage of its
		// own, quoted once however many of them a letter cites.
		"United States of America, reservations and declarations to the International Covenant on Civil and Political Rights, as to article 7",
	}
	if len(sources) != len(want) {
		t.Fatalf("annex sources = %q, want %d of them", sources, len(want))
	}
	for i := range want {
		if !strings.HasPrefix(sources[i], want[i]) {
			t.Errorf("annex[%d].Source = %q, want it to start %q", i, sources[i], want[i])
		}
	}
}

// lawCase is a case file for one holding state and the clauses it quotes,
// in a language and style, for the table of what the law section says.
func lawCase(t *testing.T, state, language, style, extra string, clauses ...string) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, `version: 2
letter:
  date: 2026-11-20
  subject: {en: Appeal concerning Alex Example, ru: Обращение по делу Алекса Примера}
  style: %s
  language: %s
recipient:
  honorific: Mr
  name: {en: John Official, ru: Иван Смирнов}
  title: {en: Minister of the Interior, ru: Министр внутренних дел}
sender:
  organisation: {en: Friends of the Accused, ru: Друзья обвиняемых}
detainee:
  honorific: Mr
  name: {en: Alex Example, ru: Алекс Пример}
  pronouns: he
holding_state: %s
destination_state: Eritrea
proceeding: deportation
asks: [no-removal]
clauses:
`, style, language, state)
	for _, c := range clauses {
		fmt.Fprintf(&b, "  - %s\n", c)
	}
	b.WriteString(extra)
	c, err := cases.Parse("case.yaml", []byte(b.String()))
	if err != nil {
		t.Fatalf("cases.Parse: %v\n%s", err, b.String())
	}
	l, err := letter.Compose(c, letter.Options{Now: fixedNow})
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	var out bytes.Buffer
	if err := (&letter.Text{Width: 100000}).Print(&out, l); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(out.String(), "\u00a0", " ")
}

// TestLawWording is a table of what the law section says, and must not
// say, for states whose standing is easy to get wrong.
func TestLawWording(t *testing.T) {
	for _, tt := range []struct {
		name, state, language, style string
		clauses                      []string
		// extra is more of the case file: treaty_status, for a fact
		// that no state's records hold.
		extra     string
		want, not []string
	}{
		{
			// A state party to the 1967 Protocol only is bound by the
			// definition without its dateline (Protocol art. I(2)), and
			// the letter says so where it quotes article 1 A (2).
			name: "protocol only", state: "United States of America", style: "full",
			clauses: []string{"refugee-convention-33.1", "refugee-convention-1a.2"},
			want: []string{
				"For the United States, a party to the 1967 Protocol, article I(2) of the Protocol reads article 1, section A, paragraph 2, without its dateline of 1 January 1951:",
				`as if the words "As a result of events occurring before 1 January 1951 and ..."`,
			},
		},
		{
			name: "protocol only, brief", state: "United States of America", style: "brief",
			clauses: []string{"refugee-convention-33.1", "refugee-convention-1a.2"},
			want:    []string{"(article I(1) of the Protocol, whose article I(2) reads article 1 A (2) without its dateline of 1 January 1951)"},
		},
		{
			name: "protocol only, Russian", state: "United States of America", language: "ru", style: "full",
			clauses: []string{"refugee-convention-33.1", "refugee-convention-1a.2"},
			want:    []string{"Пункт 2 статьи I Протокола 1967 года, участником которого являются Соединенные Штаты Америки, исключает для них из пункта 2 раздела А статьи 1 ограничение датой 1 января 1951 г.:"},
		},
		{
			// The Protocol accession is stated once; the Protocol's own
			// article, quoted by the case, is not quoted twice.
			name: "protocol only, protocol quoted", state: "Cabo Verde", style: "full",
			clauses: []string{"refugee-convention-33.1", "refugee-convention-1a.2", "refugee-protocol-1.2"},
			want: []string{
				"Cabo Verde acceded to the Protocol relating to the Status of Refugees on 9 July 1987, by article I(1) of which it undertook to apply articles 2 to 34 of the Convention relating to the Status of Refugees (the Refugee Convention).",
				"Article I, paragraph 2, of the 1967 Protocol provides:",
			},
			// The Protocol's rule on the dateline is not glossed where
			// the case quotes it.
			not: []string{"also acceded to the Protocol", "acceded to the Protocol relating to the Status of Refugees on 9 July 1987.", "reads article 1, section A, paragraph 2"},
		},
		{
			// The Protocol quoted first: its accession is stated there,
			// and the Convention's articles are then said to bind the
			// state by it, with no date stated again.
			name: "protocol quoted first", state: "Cabo Verde", style: "full",
			clauses: []string{"refugee-protocol-1.2", "refugee-convention-33.1"},
			want: []string{
				"Cabo Verde acceded to the Protocol relating to the Status of Refugees (the 1967 Protocol) on 9 July 1987. Article I, paragraph 2, of the 1967 Protocol provides:",
				"By the Protocol relating to the Status of Refugees (article I(1) of the Protocol), Cabo Verde undertook to apply articles 2 to 34 of the Convention relating to the Status of Refugees (the Refugee Convention). Article 33, paragraph 1, of the Refugee Convention",
			},
			not: []string{"also acceded to the Protocol"},
		},
		{
			name: "protocol quoted first, Russian", state: "Cabo Verde", language: "ru", style: "full",
			clauses: []string{"refugee-protocol-1.2", "refugee-convention-33.1"},
			want:    []string{"Кабо-Верде обязалось применять статьи 2–34 Конвенции о статусе беженцев в силу Протокола, касающегося статуса беженцев (пункт 1 статьи I Протокола)."},
			not:     []string{"также присоединилось к Протоколу"},
		},
		{
			// A brief letter dates the Protocol once.
			name: "protocol quoted first, brief", state: "Cabo Verde", style: "brief",
			clauses: []string{"refugee-protocol-1.2", "refugee-convention-33.1"},
			want:    []string{"article I, paragraph 2, of the Protocol relating to the Status of Refugees (acceded to on 9 July 1987); and article 33, paragraph 1, of the Convention relating to the Status of Refugees, which it undertook to apply by acceding to the Protocol relating to the Status of Refugees (article I(1) of the Protocol)"},
		},
		{
			name: "protocol quoted last, brief", state: "Cabo Verde", style: "brief",
			clauses: []string{"refugee-convention-33.1", "refugee-protocol-1.2"},
			want:    []string{"by acceding to the Protocol relating to the Status of Refugees on 9 July 1987 (article I(1) of the Protocol); and article I, paragraph 2, of the Protocol relating to the Status of Refugees."},
		},
		{
			name: "protocol quoted first, brief, Russian", state: "Cabo Verde", language: "ru", style: "brief",
			clauses: []string{"refugee-protocol-1.2", "refugee-convention-33.1"},
			want:    []string{"присоединившись к Протоколу, касающемуся статуса беженцев (пункт 1 статьи I Протокола)"},
			not:     []string{"присоединившись к Протоколу, касающемуся статуса беженцев 9"},
		},
		{
			// The Protocol cited with its own standing: the Convention's
			// cite does not date it again, nor gloss its article I(2),
			// which the case quotes in quoting the whole of article I.
			name: "protocol stated before the convention, brief", state: "Mexico", style: "brief",
			clauses: []string{"refugee-protocol-1", "refugee-convention-1a.2"},
			want:    []string{"article I of the Protocol relating to the Status of Refugees (acceded to on 7 June 2000); and article 1, section A, paragraph 2, of the Convention relating to the Status of Refugees (acceded to on 7 June 2000)."},
			not:     []string{"as was its 1967 Protocol", "without its dateline"},
		},
		{
			name: "protocol stated before the convention, brief, Russian", state: "Mexico", language: "ru", style: "brief",
			clauses: []string{"refugee-protocol-1", "refugee-convention-1a.2"},
			not:     []string{"в том числе к Протоколу 1967 года", "Протокол 1967 года:", "не применяется"},
		},
		{
			name: "protocol stated before a limited convention, brief", state: "Türkiye", style: "brief",
			clauses: []string{"refugee-protocol-1", "refugee-convention-33.1"},
			want:    []string{"(ratified on 30 March 1962; applied only to events occurring in Europe)"},
			not:     []string{"its 1967 Protocol acceded to"},
		},
		{
			// Article I(1) alone quoted first: the Convention's cite
			// does not date the Protocol again, but still glosses its
			// article I(2).
			name: "protocol article I(1) before the definition, brief", state: "Mexico", style: "brief",
			clauses: []string{"refugee-protocol-1.1", "refugee-convention-1a.2"},
			want:    []string{"(acceded to on 7 June 2000; by article I(2) of the 1967 Protocol, without its dateline of 1 January 1951)"},
		},
		{
			name: "protocol article I(1) before the definition, brief, Russian", state: "Mexico", language: "ru", style: "brief",
			clauses: []string{"refugee-protocol-1.1", "refugee-convention-1a.2"},
			want:    []string{"Протокола дата 1 января 1951 г. в пункте 2 раздела А статьи 1 не применяется"},
			not:     []string{"в том числе к Протоколу 1967 года"},
		},
		{
			// Article I(2) quoted by the case: no gloss beside the
			// definition.
			name: "protocol article I(2) quoted, brief", state: "North Macedonia", style: "brief",
			clauses: []string{"refugee-convention-1a.2", "refugee-protocol-1.2"},
			want:    []string{"(succession notified on 18 January 1994, as was its 1967 Protocol); and article I, paragraph 2, of the Protocol"},
			not:     []string{"without its dateline"},
		},
		{
			name: "protocol article I quoted whole, full", state: "Croatia", style: "full",
			clauses: []string{"refugee-convention-1a.2", "refugee-protocol-1"},
			want:    []string{"Article I of the 1967 Protocol provides:"},
			not:     []string{"reads article 1, section A, paragraph 2"},
		},
		{
			name: "protocol article I quoted whole, full, Russian", state: "Slovakia", language: "ru", style: "full",
			clauses: []string{"refugee-protocol-1", "refugee-convention-1a.2"},
			not:     []string{"исключает для"},
		},
		{
			// The standing of a Protocol-only party says that it
			// applies the definition without its dateline by article
			// I(2): the rule's text follows the definition without the
			// fact told again.
			name: "protocol only, definition by article I(2) said once", state: "United States of America", style: "full",
			clauses: []string{"refugee-protocol-1.1", "refugee-convention-1a.2"},
			want:    []string{"(article I(2) of the Protocol), the United States applies the definition", "1951), article 1, section A, paragraph 2\n\nArticle I, paragraph 2, of the 1967 Protocol provides:"},
			not:     []string{"For the United States, a party to the 1967 Protocol"},
		},
		{
			// A withdrawal of the article 22 declaration is dated once,
			// in the standing; the article's own paragraph refers to it,
			// and the next treaty is not "also" joined right after "not
			// bound".
			name: "withdrawn article 22 said once", state: "Serbia", style: "full",
			clauses: []string{"cat-3", "cat-22", "iccpr-7"},
			extra:   imaginedSerbianWithdrawal,
			want: []string{
				"Serbia withdrew its declaration under article 22 with effect from 10 March 2026.",
				"Having withdrawn that declaration, Serbia is not bound by article 22 of the Convention against Torture; we cite it for the standard it sets.",
				"continues, notified its succession to the International Covenant",
			},
			not: []string{"As Serbia has withdrawn", "also notified its succession to the International Covenant"},
		},
		{
			name: "withdrawn article 22, not also, Russian", state: "Serbia", language: "ru", style: "full",
			clauses: []string{"cat-3", "cat-22", "iccpr-7"},
			extra:   imaginedSerbianWithdrawal,
			want:    []string{"Отозвав это заявление, Сербия не связана этим положением (статья 22 Конвенции против пыток)"},
			not:     []string{"также уведомила о правопреемстве в отношении Международного пакта", "также уведомил", "отозвала заявление, без которого"},
		},
		{
			// The Holy See applies the Convention against Torture only
			// as far as it suits the Vatican City State: a general text
			// that may bear on article 3.
			name: "general text on the state's nature", state: "Holy See", style: "full",
			clauses: []string{"cat-3"},
			want:    []string{"and so may bear on article 3: “The Holy See, in becoming a party to the Convention on behalf of the Vatican City State, undertakes to apply it insofar as it is compatible, in practice, with the peculiar nature of that State.”"},
		},
		{
			// Its declaration on the CRC is quoted to its sentence's
			// end, past "n. 11", and its item marker unglued.
			name: "general text on the state's nature, CRC", state: "Holy See", style: "full",
			clauses: []string{"crc-22"},
			want:    []string{"“c) The Holy See declares that the application of the Convention be compatible in practice with the particular nature of the Vatican City State and of the sources of its objective law (art. 1, Law of 7 June 1929, n. 11) and, in consideration of its limited extent, with its legislation in the matters of citizenship, access and residence.”"},
		},
		{
			name: "general text on the state's nature, brief", state: "Holy See", style: "brief",
			clauses: []string{"cat-3"},
			want:    []string{"with what it has stated as to the treaty as a whole"},
		},
		{
			// Peru's notices of a state of emergency under ICCPR article
			// 4(3) are no reservation to article 12.
			name: "derogation notice is no reservation", state: "Peru", style: "full",
			clauses: []string{"iccpr-12.4"},
			not:     []string{"state of emergency", "will be suspended"},
		},
		{
			// Article 1 A (2) is quoted with the section's opening words,
			// and the cut of paragraph (1) is marked.
			name: "article 1 A (2) quoted whole", state: "Kazakhstan", style: "full",
			clauses: []string{"refugee-convention-1a.2"},
			want:    []string{`A. For the purposes of the present Convention, the term "refugee" shall apply to any person who:` + "\n\n    […]\n\n    (2) As a result of events"},
		},
		{
			// "also" only after a paragraph that said the state joined a
			// treaty, never right after "is not a party".
			name: "also after not a party", state: "Saudi Arabia", style: "full",
			clauses: []string{"refugee-convention-33.1", "cat-3", "iccpr-7", "crc-22"},
			want:    []string{"Saudi Arabia acceded to the Convention on the Rights of the Child on 26 January 1996."},
			not:     []string{"Saudi Arabia also acceded to the Convention on the Rights of the Child"},
		},
		{
			name: "also after not a party, Russian", state: "Saudi Arabia", language: "ru", style: "full",
			clauses: []string{"refugee-convention-33.1", "cat-3", "iccpr-7", "crc-22"},
			not:     []string{"Саудовская Аравия также присоединилась к Конвенции о правах ребенка"},
		},
		{
			name: "also after joined", state: "Saudi Arabia", style: "full",
			clauses: []string{"cat-3", "crc-22"},
			want:    []string{"Saudi Arabia also acceded to the Convention on the Rights of the Child"},
		},
		{
			name: "no also after not a party, succession", state: "Jamaica", style: "full",
			clauses: []string{"iccpr-7", "cat-3", "refugee-convention-33.1"},
			want:    []string{"Jamaica notified its succession to the Convention relating to the Status of Refugees"},
			not:     []string{"Jamaica also notified"},
		},
		{
			// An act is dated with who made it: the ICCPR was ratified
			// by the USSR, whose obligations the Russian Federation
			// continues, wherever the letter gives the date.
			name: "actor in the argument", state: "Russian Federation", style: "full",
			clauses: []string{"echr-3", "cat-3"},
			want:    []string{"Under the International Covenant on Civil and Political Rights (ratified by the Union of Soviet Socialist Republics, whose treaty obligations the Russian Federation continues, on 16 October 1973), it may not remove"},
			not:     []string{"(ratified on 16 October 1973)"},
		},
		{
			name: "actor in the argument, Russian", state: "Russian Federation", language: "ru", style: "full",
			clauses: []string{"echr-3", "cat-3"},
			want:    []string{"(ратификация Союзом Советских Социалистических Республик — 16 октября 1973 г.)"},
		},
		{
			name: "actor of a declaration, brief", state: "Russian Federation", style: "brief",
			clauses: []string{"cat-3", "cat-22"},
			want:    []string{"(by the declaration of the Union of Soviet Socialist Republics, whose treaty obligations the Russian Federation continues, under that article of 1 October 1991)"},
		},
		{
			name: "actor in a brief cite, Russian", state: "Russian Federation", language: "ru", style: "brief",
			clauses: []string{"cat-3", "cat-22"},
			want:    []string{"(ратификация Союзом Советских Социалистических Республик — 3 марта 1987 г.)", "(заявление по этой статье сделано Союзом Советских Социалистических Республик 1 октября 1991 г.)"},
		},
		{
			// Ukraine accepted the first Optional Protocol as the
			// Ukrainian SSR, a month before it declared independence.
			name: "Ukrainian SSR", state: "Ukraine", style: "full",
			clauses: []string{"cat-3", "iccpr-7"},
			want: []string{
				"The Ukrainian Soviet Socialist Republic (now Ukraine) also ratified the International Covenant on Civil and Political Rights (ICCPR) on 12 November 1973. On 25 July 1991 it accepted, through the first Optional Protocol",
				"On 12 September 2003 Ukraine declared under article 22",
			},
			not: []string{"On 25 July 1991 Ukraine accepted"},
		},
		{
			// Uganda's text on article 32 keeps article 33 whole: it is
			// quoted after article 32, and not said to touch article 33.
			name: "a text that keeps an article whole", state: "Uganda", style: "full",
			clauses: []string{"refugee-convention-32", "refugee-convention-33.1"},
			want:    []string{"Concerning the Refugee Convention, Uganda stated, as to article 32:"},
			not:     []string{"concerns article 33", "as to article 33"},
		},
		{
			// A reservation made for the United Kingdom's dependent
			// territories alone does not limit article 37 where it holds
			// a child on its own territory.
			name: "a text for dependent territories", state: "United Kingdom", style: "full",
			clauses: []string{"crc-37"},
			want:    []string{"The United Kingdom ratified the Convention on the Rights of the Child on 16 December 1991."},
			not:     []string{"dependent territories", "In a declaration concerning the Convention on the Rights of the Child"},
		},
		{
			// Guyana denounced the first Optional Protocol and re-acceded
			// to it, both notified the same day: the letter says it had
			// been a party, then each step with its days.
			name: "re-accession told in order", state: "Guyana", style: "full",
			clauses: []string{"iccpr-7"},
			want:    []string{"Guyana ratified the International Covenant on Civil and Political Rights (ICCPR) on 15 February 1977. It had been a party to the first Optional Protocol, by which the Human Rights Committee may receive complaints from individuals. On 5 January 1999 it denounced it, with effect from 5 April 1999, and the same day re-acceded to it, with effect from 5 April 1999, subject to a reservation"},
			not:     []string{"On 5 January 1999 it re-acceded"},
		},
		{
			name: "re-accession told in order, Russian", state: "Guyana", language: "ru", style: "full",
			clauses: []string{"iccpr-7"},
			want:    []string{"Гайана ранее являлась участником первого Факультативного протокола, по которому Комитет по правам человека может получать сообщения отдельных лиц. 5 января 1999 г. она денонсировала его (денонсация вступила в силу 5 апреля 1999 г.) и в тот же день вновь присоединилась к нему (присоединение вступило в силу 5 апреля 1999 г.), с оговоркой"},
		},
		{
			// Who joined the Protocol is named where it is not who
			// joined the Convention (an imagined act of the USSR).
			name: "actor of the Protocol", state: "Russian Federation", style: "full",
			clauses: []string{"refugee-convention-33.1"},
			extra:   imaginedUSSRAccession,
			want:    []string{"The Union of Soviet Socialist Republics, whose treaty obligations the Russian Federation continues, acceded to the Convention relating to the Status of Refugees (the Refugee Convention) on 10 January 1990, and the Russian Federation acceded to its 1967 Protocol on 2 February 1993."},
		},
		{
			name: "actor of the Protocol, brief", state: "Russian Federation", style: "brief",
			clauses: []string{"refugee-convention-33.1"},
			extra:   imaginedUSSRAccession,
			want:    []string{"; its 1967 Protocol acceded to by the Russian Federation on 2 February 1993"},
		},
		{
			name: "actor of the Protocol, Russian", state: "Russian Federation", language: "ru", style: "full",
			clauses: []string{"refugee-convention-33.1"},
			extra:   imaginedUSSRAccession,
			want:    []string{"2 февраля 1993 г. Российская Федерация присоединилась к Протоколу"},
		},
		{
			// A general text is quoted once; after the next article it
			// "may bear on" it, never "concerns" it (Egypt, ICCPR).
			name: "general text quoted once", state: "Egypt", style: "full",
			clauses: []string{"iccpr-18", "iccpr-19"},
			want:    []string{"What Egypt stated of the treaty as a whole, quoted above, may bear on article 19 as well."},
			not:     []string{"concerns article 19 as well"},
		},
		{
			name: "general text quoted once, Russian", state: "Egypt", language: "ru", style: "full",
			clauses: []string{"iccpr-18", "iccpr-19"},
			want:    []string{"Приведенные выше слова Египта о договоре в целом могут касаться также статьи 19."},
		},
		{
			// A general text that names some articles "in particular"
			// is general still, and says so (Brunei Darussalam, CRC).
			name: "general text naming articles", state: "Brunei Darussalam", style: "full",
			clauses: []string{"crc-22"},
			want:    []string{"in words that measure the treaty as a whole against its law, beyond the articles they name, and so may bear on article 22:"},
		},
		{
			// A brief letter quotes a general text once, as to the
			// treaty as a whole (Singapore, CRC).
			name: "general text, brief", state: "Singapore", style: "brief",
			clauses: []string{"crc-22", "crc-9"},
			want:    []string{"as to the treaty as a whole (UNTC"},
			not:     []string{"as to article 9 (UNTC"},
		},
		{
			name: "general text, brief, Russian", state: "Singapore", language: "ru", style: "brief",
			clauses: []string{"crc-22", "crc-9"},
			want:    []string{"с учетом заявленного государством в отношении договора в целом", "в отношении договора в целом (Сборник договоров ООН"},
			not:     []string{"в отношении статьи 9 (Сборник"},
		},
		{
			// The United States' declaration on articles 1 through 27
			// is quoted once, then said to concern the next article.
			name: "declaration on many articles quoted once", state: "United States of America", style: "full",
			clauses: []string{"iccpr-6", "iccpr-7", "iccpr-19"},
			want:    []string{"What the United States stated, quoted above after article 6, concerns article 7 as well."},
		},
		{
			name: "declaration on many articles quoted once, Russian", state: "United States of America", language: "ru", style: "full",
			clauses: []string{"iccpr-6", "iccpr-7"},
			want:    []string{"Слова Соединенных Штатов Америки, приведенные выше после статьи 6, касаются также статьи 7."},
		},
		{
			name: "declaration on many articles quoted once, brief", state: "United States of America", style: "brief",
			clauses: []string{"iccpr-6", "iccpr-7", "iccpr-19"},
			want:    []string{"as to article 6, article 7 and article 19 (UNTC"},
		},
		{
			// Botswana's text on CAT article 1, quoted after article 3
			// that relies on it, is not said to be on article 3 when
			// article 1 itself is quoted.
			name: "definition quoted after the article relying on it, Russian", state: "Botswana", language: "ru", style: "full",
			clauses: []string{"cat-3", "cat-1"},
			want:    []string{"Слова Ботсваны в отношении статьи 1 приведены выше, после статьи 3."},
			not:     []string{"в отношении статьи 3 касаются также статьи 1"},
		},
		{
			name: "definition quoted after the article relying on it", state: "Botswana", style: "full",
			clauses: []string{"cat-3", "cat-1"},
			want:    []string{"What Botswana stated as to article 1 is quoted above, after article 3."},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lang := tt.language
			if lang == "" {
				lang = "en"
			}
			got := lawCase(t, tt.state, lang, tt.style, tt.extra, tt.clauses...)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("letter lacks %q:\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("letter says %q:\n%s", n, got)
				}
			}
		})
	}
}

// imaginedUSSRAccession is an accession to the 1951 Convention by the
// USSR that never was, for a test of who is named for the Protocol.
const imaginedSerbianWithdrawal = `treaty_status:
  - {state: Serbia, treaty: cat, action: withdrawal-art22, date: 2026-03-10, source: "an imagined act, for a test"}
`

const imaginedUSSRAccession = `treaty_status:
  - {state: Russian Federation, treaty: refugee-convention, action: accession, date: 1990-01-10, source: "an imagined act, for a test"}
`
