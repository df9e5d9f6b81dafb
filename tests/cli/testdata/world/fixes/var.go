// A private package-level variable of the world, and its private type.
package main

import "fmt"

func main() {
	fmt.Println(db.word)
	var s secret
	fmt.Println(s, NewShop().Open())
}

// want: 7:14: db is private to the lesson's world (world.go:32:5): a fix may use only the names world.go exports
// want: 8:8: secret is private to the lesson's world (world.go:30:6): a fix may use only the names world.go exports
