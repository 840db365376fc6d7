package letter_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/appeal-letters/appeal/letter"
)

// TestSeedLetter checks that the example case's letter carries every fact,
// quotation and request of the letter the project started from, with the
// treaty facts corrected: Kazakhstan acceded to the Refugee Convention and
// its Protocol, and to CAT (on 26 August 1998, not "signed" on 21 February
// 2008, the date of its article 22 declaration).
func TestSeedLetter(t *testing.T) {
	l := composeFile(t, "../cases/djabbarbergenov.yaml")
	var b bytes.Buffer
	if err := (&letter.Text{}).Print(&b, l); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(b.String()), " ")
	facts := []string{
		// The addressee.
		"Mr Daulbayev", "Prosecutor General of Kazakhstan", "Kazakhstan State Office of Public Prosecutor",
		"8 Orynbor Street", "(House of the ministries, entrance №2)", "Astana", "010000", "Dear Mr Daulbayev,",
		// The person and the accusation.
		"Mr Makset Djabbarbergenov", "Christian", "pastor",
		"the law enforcement authorities of Kazakhstan have arrested and are detaining",
		"wanted in Uzbekistan on spurious charges of “illegal” religious teaching and literature distribution",
		"on 29 February 2012 the authorities of Uzbekistan put Mr Djabbarbergenov on a wanted list of the Commonwealth of Independent States",
		"Article 229-2 of the Uzbek Criminal Code", "punishes “violation of the procedure for teaching religion”",
		"a maximum term of three years’ imprisonment",
		// Family and status.
		"who has four children and whose wife is pregnant",
		"awaiting the decision of the Extradition Division of the International Co-operation Department at the General Prosecutor’s Office of Kazakhstan regarding his extradition to Uzbekistan",
		// The sender's own paragraphs.
		"We are fully aware of the Christian faith and actions of Mr Djabbarbergenov.",
		"a completely legitimate activity under all international human rights conventions and under relevant laws of Kazakhstan",
		"Mr Djabbarbergenov and his Christian beliefs are in no way a danger to the security of the country.",
		"This position is also completely compatible with all the laws on human rights.",
		// Those engaged.
		"a number of US Congressmen, including Frank R. Wolf and Gus Bilirakis",
		// The law, with the correct facts.
		"Kazakhstan acceded to the Convention relating to the Status of Refugees (the Refugee Convention) and its 1967 Protocol on 15 January 1999",
		`No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened on account of his race, religion, nationality, membership of a particular social group or political opinion.`,
		"Kazakhstan also acceded to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment on 26 August 1998",
		"On 21 February 2008 it declared under article 22",
		// The recipient's commitment.
		"your recent meeting with Mrs Navenethem Pillay, the UN High Commissioner for Human Rights, in July 2012",
		"you expressed your active support in the field of strengthening human rights protection, implementing of the UN recommendations on human rights, and emphasized that the accession of Kazakhstan to major international treaties on human rights has caused this issue to become the subject of special attention for prosecutors",
		// The requests.
		"appeal to your sound judgement and kind consideration of this case",
		"to prevent the extradition of Mr Makset Djabbarbergenov to Uzbekistan, as there are sufficient grounds for keeping him in your country",
		"to allow Mr Djabbarbergenov to stay safely in your country",
		"We look forward to hearing from you as soon as possible.", "Thank you.",
		"Yours sincerely,", "Russian Ministries (USA)",
	}
	for _, f := range facts {
		if !strings.Contains(text, f) {
			t.Errorf("the example letter lacks %q", f)
		}
	}
	for _, wrong := range []string{"signed", "Reader Comments"} {
		if strings.Contains(text, wrong) {
			t.Errorf("the example letter says %q", wrong)
		}
	}
}
