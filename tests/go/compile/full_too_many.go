package main

func main() {
	_ = a1
	_ = a2
	_ = a3
	_ = a4
	_ = a5
	_ = a6
	_ = a7
	_ = a8
	_ = a9
	_ = a10
	_ = a11
	_ = a12
}

// After 10 errors Go stops with a "too many errors" line carrying the
// position of the last error reported.

// Exit: 1
// Stderr:
// full_too_many.go:4:6: undefined: a1
// full_too_many.go:5:6: undefined: a2
// full_too_many.go:6:6: undefined: a3
// full_too_many.go:7:6: undefined: a4
// full_too_many.go:8:6: undefined: a5
// full_too_many.go:9:6: undefined: a6
// full_too_many.go:10:6: undefined: a7
// full_too_many.go:11:6: undefined: a8
// full_too_many.go:12:6: undefined: a9
// full_too_many.go:13:6: undefined: a10
// full_too_many.go:13:6: too many errors
