// The world of the test lesson: exported and private names side by side.
package main

import (
	"fmt"
	"os"
)

// Shop is exported; its errText, its embedded inner and close are not.
type Shop struct {
	Name    string
	errText string
	inner
}

type inner struct{ hidden int }

func (i inner) peek() int   { return i.hidden }
func (i inner) Hidden() int { return i.hidden }

func (s *Shop) Open() string  { return "open " + s.Name }
func (s *Shop) close() string { return "closed " + s.Name + " (" + s.errText + ")" }

// Pair has one exported and one private field.
type Pair struct {
	A int
	b int
}

type secret struct{ word string }

var db = secret{word: "s3cret"}

var Greeting = "hello"

// NewShop opens the shop the grader names (os.Args[1]).
func NewShop() *Shop {
	name := "nowhere"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	return &Shop{Name: name, errText: "db: down", inner: inner{hidden: 42}}
}

// Closer is exported, its method is not: only the world's types have it.
type Closer interface{ close() string }

// CloseAll closes every shop.
func CloseAll(cs ...Closer) {
	for _, c := range cs {
		fmt.Println(c.close())
	}
}

// Secret reads the world's own db, whatever names a fix declares.
func Secret() string { return db.word + " " + inner{hidden: 7}.peek2() }

func (i inner) peek2() string { return fmt.Sprint(i.peek()) }
