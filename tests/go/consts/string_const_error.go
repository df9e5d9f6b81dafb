package main

// String constants in messages are shown as go/constant prints them:
// quoted by strconv.Quote, cut to 69 runes and "..." beyond 72, and left
// out when they read as the expression. As go1.19 reports them.

const long = "ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé"
const mixed = "\a\b\f\n\r\v\x7f\u00a0\u200b\ufeff ok \"q\" \\ \xff"
const exact = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
const over = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

func main() {
	var a int = long
	var b int = mixed
	var c int = exact
	var d int = over
	var e int = "a\tb"
	var f int = `x`
	var g int = "é" + "\x00"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}

// Exit: 1
// Stderr:
// string_const_error.go:13:14: cannot use long (untyped string constant "éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...) as int value in variable declaration
// string_const_error.go:14:14: cannot use mixed (untyped string constant "\a\b\f\n\r\v\x7f\u00a0\u200b\ufeff ok \"q\" \\ \xff") as int value in variable declaration
// string_const_error.go:15:14: cannot use exact (untyped string constant "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") as int value in variable declaration
// string_const_error.go:16:14: cannot use over (untyped string constant "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...) as int value in variable declaration
// string_const_error.go:17:14: cannot use "a\tb" (untyped string constant) as int value in variable declaration
// string_const_error.go:18:14: cannot use `x` (untyped string constant "x") as int value in variable declaration
// string_const_error.go:19:14: cannot use "é" + "\x00" (untyped string constant "é\x00") as int value in variable declaration
