package main

func main() {
	x := 1
	y := 0
	y++ // as in gc, y++ counts as a use of y
	z := 0
	z += 2
	s := "a"
	x
	int
	1 + 2
	x == 2
	s++
	const k = 1
	k = 2
}

// Go 1.22 (types2) positions and wording.

// Exit: 1
// Stderr:
// unused_expr_forms.go:10:2: x (variable of type int) is not used
// unused_expr_forms.go:11:2: int (type) is not an expression
// unused_expr_forms.go:12:2: 1 + 2 (untyped int constant 3) is not used
// unused_expr_forms.go:13:2: x == 2 (untyped bool value) is not used
// unused_expr_forms.go:14:2: invalid operation: s++ (non-numeric type string)
// unused_expr_forms.go:16:2: cannot assign to k (neither addressable nor a map index expression)
