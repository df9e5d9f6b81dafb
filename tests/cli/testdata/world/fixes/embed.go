// Embedding is no back door: promoted private fields and methods stay private.
package main

import "fmt"

type Mine struct{ *Shop }

func main() {
	s := NewShop()
	fmt.Println(s.Open(), s.hidden, s.peek())
	m := Mine{s}
	fmt.Println(m.errText, m.inner)
}

// want: 10:26: s.hidden is private to the lesson's world (world.go:16:20): a fix may use only the names world.go exports
// want: 10:36: s.peek is private to the lesson's world (world.go:18:16): a fix may use only the names world.go exports
// want: 12:16: m.errText is private to the lesson's world (world.go:12:2): a fix may use only the names world.go exports
// want: 12:27: m.inner is private to the lesson's world (world.go:13:2): a fix may use only the names world.go exports
