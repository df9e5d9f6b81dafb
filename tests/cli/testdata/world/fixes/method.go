// Private methods: of a world type, as a method value, through the world's interface.
package main

import "fmt"

func main() {
	s := NewShop()
	fmt.Println(s.Open(), s.close())
	f := s.close
	var c Closer = s
	fmt.Println(f(), c.close(), (*Shop).close(s))
}

// want: 8:26: s.close is private to the lesson's world (world.go:22:16): a fix may use only the names world.go exports
// want: 9:9: s.close is private to the lesson's world (world.go:22:16): a fix may use only the names world.go exports
// want: 11:21: c.close is private to the lesson's world (world.go:46:24): a fix may use only the names world.go exports
// want: 11:38: (*Shop).close is private to the lesson's world (world.go:22:16): a fix may use only the names world.go exports
