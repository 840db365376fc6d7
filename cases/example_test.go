package cases_test

import (
	"fmt"

	"github.com/appeal-letters/appeal/cases"
)

func ExampleParse() {
	c, err := cases.Parse("case.yaml", []byte(`version: 1
letter: {subject: Appeal, date: 2012-02-29}
recipient: {name: A. Official}
sender: {organisation: Friends of the Accused}
detainee: {name: A. Person, pronouns: she}
holding_state: Kazakhstan
requesting_state: Uzbekistan
accusation: teaching religion
status: {awaiting: a decision of the court}
requests: [release her]
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Detainee.Name, c.Detainee.Pronouns.Possessive(), c.Letter.Date)
	// Output:
	// A. Person her 29 February 2012
}

func ExampleParse_errors() {
	_, err := cases.Parse("case.yaml", []byte(`version: 1
letter:
  subjet: Appeal
  date: 2013-02-29
`))
	for _, d := range err.(cases.Diagnostics)[:2] {
		fmt.Println(d)
	}
	// Output:
	// case.yaml:3:3: unknown field "subjet" in letter (did you mean "subject"?)
	// case.yaml:4:9: letter.date: "2013-02-29" is not a date: February 2013 has 28 days
}
