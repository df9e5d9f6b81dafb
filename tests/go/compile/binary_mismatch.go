package main

type S struct{ a []int }

func main() {
	var u uint8
	var i int
	var s []int
	var st S
	b := true
	_ = u + 256
	_ = i + 1.5
	_ = b == 1
	_ = i == "a"
	_ = s == s
	_ = st == st
	_ = st < st
	_ = b < b
	_ = i && b
	_ = true && 1
}

// Go 1.22 (types2) positions and wording.

// Exit: 1
// Stderr:
// binary_mismatch.go:11:10: 256 (untyped int constant) overflows uint8
// binary_mismatch.go:12:10: 1.5 (untyped float constant) truncated to int
// binary_mismatch.go:13:11: invalid operation: b == 1 (mismatched types bool and untyped int)
// binary_mismatch.go:14:11: invalid operation: i == "a" (mismatched types int and untyped string)
// binary_mismatch.go:15:6: invalid operation: s == s (slice can only be compared to nil)
// binary_mismatch.go:16:6: invalid operation: st == st (struct containing []int cannot be compared)
// binary_mismatch.go:17:6: invalid operation: st < st (operator < not defined on struct)
// binary_mismatch.go:18:6: invalid operation: b < b (operator < not defined on bool)
// binary_mismatch.go:19:6: invalid operation: i && b (mismatched types int and bool)
// binary_mismatch.go:20:6: invalid operation: true && 1 (mismatched types untyped bool and untyped int)
