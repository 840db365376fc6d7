package rtl_test

import (
	"fmt"

	"github.com/appeal-letters/appeal/letter/internal/rtl"
)

func ExampleVisual() {
	// Drawn left to right: the Hebrew name reversed, the year in it read
	// left to right, the brackets turned.
	fmt.Println(rtl.Visual("We write about דוד כהן (2019)."))
	// Output: We write about (2019) ןהכ דוד.
}

func ExampleShape() {
	shaped, err := rtl.Shape("أحمد")
	if err != nil {
		panic(err)
	}
	for _, r := range shaped {
		fmt.Printf("%U ", r)
	}
	fmt.Println()
	// Output: U+FE83 U+FEA3 U+FEE4 U+FEAA
}

func ExampleIsolate() {
	fmt.Printf("%q\n", rtl.Isolate("detaining أحمد المصري, who"))
	// Output: "detaining \u2068أحمد المصري\u2069, who"
}
