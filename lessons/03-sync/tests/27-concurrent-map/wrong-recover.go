// Visits per user (see world.go for the handlers and the dashboard).
package main

var visitsByUser = map[string]int{}

// "Catch the crash and carry on."
func visit(user string) {
	defer func() { recover() }()
	visitsByUser[user]++
}

func visits(user string) int { return visitsByUser[user] }

func visitors() int {
	defer func() { recover() }()
	return len(visitsByUser)
}
