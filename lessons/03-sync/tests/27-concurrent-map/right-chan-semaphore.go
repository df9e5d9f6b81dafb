// Visits per user (see world.go for the handlers and the dashboard).
package main

var (
	sem          = make(chan struct{}, 1) // a token: whoever holds it may touch the map
	visitsByUser = map[string]int{}
)

func visit(user string) {
	sem <- struct{}{}
	visitsByUser[user]++
	<-sem
}

func visits(user string) int {
	sem <- struct{}{}
	defer func() { <-sem }()
	return visitsByUser[user]
}

func visitors() int {
	sem <- struct{}{}
	defer func() { <-sem }()
	return len(visitsByUser)
}
