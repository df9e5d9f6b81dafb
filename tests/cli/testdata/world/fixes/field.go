// A private field of an exported world type: read, written, addressed.
package main

import "fmt"

func main() {
	s := NewShop()
	fmt.Println(s.Open(), s.errText)
	s.errText = "fine"
	p := &s.errText
	fmt.Println(p)
}

// want: 8:26: s.errText is private to the lesson's world (world.go:12:2): a fix may use only the names world.go exports
// want: 9:4: s.errText is private to the lesson's world (world.go:12:2): a fix may use only the names world.go exports
// want: 10:10: s.errText is private to the lesson's world (world.go:12:2): a fix may use only the names world.go exports
