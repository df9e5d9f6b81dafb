// A fix cannot add methods to the world's types.
package main

import "fmt"

func (s *Shop) Peek() string { return s.Name }

func (s secret) Word() string { return "?" }

func main() {
	fmt.Println(NewShop().Open())
}

// want: 6:10: cannot define new methods on Shop: the lesson's world declares it (world.go:10:6)
// want: 8:9: secret is private to the lesson's world (world.go:30:6): a fix may use only the names world.go exports
