// os.Args carries the world's parameters.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("open", os.Args[1])
}

// want: 10:25: os.Args holds the parameters of the lesson's world: a fix reads the world through what world.go exports
