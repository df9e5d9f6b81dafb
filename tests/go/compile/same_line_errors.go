package main

// Of equal errors on one line gc reports only the first (cmd/compile's
// ErrorfAt); different errors on one line are all reported. As go1.19.

func main() {
	println(1/0, 2/0)
	println(1<<600, 1<<700, 1/0)
	var a, b int8 = 300, 400
	_, _ = a, b
}

// Exit: 1
// Stderr:
// same_line_errors.go:7:12: invalid operation: division by zero
// same_line_errors.go:8:11: constant shift overflow
// same_line_errors.go:8:28: invalid operation: division by zero
// same_line_errors.go:9:18: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
// same_line_errors.go:9:23: cannot use 400 (untyped int constant) as int8 value in variable declaration (overflows)
