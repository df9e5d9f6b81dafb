package main

// An unnamed struct type with promoted methods cannot go into an interface
// (gorolab keeps method tables on named types): a compile error says so and
// how to fix it, never the old run-time 'compiler bug' panic.

import "fmt"

type S string

func (s S) val() int { return len(s) }

type Val interface{ val() int }

func main() {
	var zs struct{ S }
	zs.S = "abc"
	var v Val = zs // ERROR "gorolab: struct \{ S \} has promoted methods but no name: give it one \(type T struct \{ S \}\) to put it in an interface"
	fmt.Println(v.val(), zs.val())
	var zp = &struct{ S }{"xy"}
	v = zp // ERROR "has promoted methods but no name"
	fmt.Println(v.val())
}
