package letter_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/letter"
)

// TestLawGolden composes the letters in testdata/law, one state each,
// chosen to cover how states stand under the treaties: a Protocol-only
// party, a Convention-only party with the geographic limitation, the
// limitation with the Protocol, a non-party, a denounced and a re-joined
// Optional Protocol, a change after 2015 on which sources disagree, the
// brief style with a treaty of a regional organisation the state is not a
// member of, succession, a denounced regional treaty, an entry into force
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
// among its members). Each is compared with its .txt; -update rewrites
// them.
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
		"United States of America, reservations and declarations to the ICCPR, as to article 7",
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
