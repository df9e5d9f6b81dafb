// A web server counts each user's visits in a map. world.go runs the
// handlers, which call visit(user) at the same time, and a dashboard that
// calls visitors() while they run.
package main

var visitsByUser = map[string]int{} // user -> visits

// visit counts one visit of user.
func visit(user string) {
	visitsByUser[user]++
}

// visits is how many times user visited.
func visits(user string) int {
	return visitsByUser[user]
}

// visitors is how many different users visited.
func visitors() int {
	return len(visitsByUser)
}
