// Visits per user (see world.go for the handlers and the dashboard).
package main

// "Never change a shared map: copy it, change the copy, swap it in."
var visitsByUser = map[string]int{}

func visit(user string) {
	next := make(map[string]int, len(visitsByUser)+1)
	for u, n := range visitsByUser {
		next[u] = n
	}
	next[user]++
	visitsByUser = next
}

func visits(user string) int { return visitsByUser[user] }

func visitors() int { return len(visitsByUser) }
