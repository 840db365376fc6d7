package letter_test

import (
	"fmt"
	"os"
	"time"

	"github.com/appeal-letters/appeal/cases"
	"github.com/appeal-letters/appeal/letter"
)

func ExampleCompose() {
	c, err := cases.Load("../cases/djabbarbergenov.yaml", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	today := func() time.Time { return time.Date(2012, time.August, 1, 0, 0, 0, 0, time.UTC) }
	l, err := letter.Compose(c, letter.Options{Now: today})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Date)
	fmt.Println(l.Salutation)
	fmt.Println(l.Body[len(l.Body)-1].(*letter.Paragraph).Text)
	// Output:
	// 1 August 2012
	// Dear Mr Daulbayev,
	// For these reasons we are confident that you will kindly assist in this important matter. We look forward to hearing from you as soon as possible. Thank you.
}

func ExampleMarkdown() {
	l := &letter.Letter{
		Sender:     letter.Letterhead{Name: "Friends of the Accused"},
		Date:       "1 August 2012",
		Recipient:  []string{"Mr A. Official", "Prosecutor General"},
		Subject:    "Appeal for *Ann* [Smith]",
		Salutation: "Dear Mr Official,",
		Body: []letter.Block{
			&letter.Paragraph{Text: "We ask you to release her."},
			&letter.Quote{Paragraphs: []string{"1. Everyone has the right to seek asylum."}, Source: "UDHR, article 14"},
		},
		Closing: "Yours sincerely,",
	}
	(&letter.Markdown{}).Print(os.Stdout, l)
	// Output:
	// **Friends of the Accused**
	//
	// ---
	//
	// 1 August 2012
	//
	// Mr A. Official\
	// Prosecutor General
	//
	// **Subject: Appeal for \*Ann\* \[Smith\]**
	//
	// Dear Mr Official,
	//
	// We ask you to release her.
	//
	// > 1\. Everyone has the right to seek asylum.
	// >
	// > — *UDHR, article 14*
	//
	// Yours sincerely,\
	// Friends of the Accused
}
