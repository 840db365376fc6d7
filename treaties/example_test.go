package treaties_test

import (
	"fmt"

	"github.com/appeal-letters/appeal/treaties"
)

func Example() {
	lib := treaties.Builtin()
	c, _ := lib.Clause("refugee-convention-33.1")
	fmt.Printf("%s, %s:\n%s\n", c.Treaty.Short, c.Cite(), c.Paragraphs[0])

	rec := treaties.BuiltinRecords()
	kz, _ := rec.State("KAZ")
	s := rec.Status(kz, "cat")
	fmt.Printf("%s: %s on %s\n", kz.Name, s.Bound.Action, s.Bound.Date.Format("2 January 2006"))
	if e, ok := s.Mechanism(treaties.Declaration22); ok {
		fmt.Printf("article 22 declaration on %s (as of %s)\n", e.Date.Format("2 January 2006"), e.AsOf)
	}

	ru, _ := rec.State("Russia")
	echr := rec.Status(ru, "echr")
	fmt.Println("Russia party to the ECHR:", echr.Party(), "- left on", echr.Left.In().Format("2 January 2006"))

	fmt.Println(lib.Suggest("cat-33")[0])
	// Output:
	// Refugee Convention, article 33, paragraph 1:
	// No Contracting State shall expel or return ("refouler") a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened on account of his race, religion, nationality, membership of a particular social group or political opinion.
	// Kazakhstan: accession on 26 August 1998
	// article 22 declaration on 21 February 2008 (as of 2023-02-21)
	// Russia party to the ECHR: false - left on 16 September 2022
	// cat-3
}
