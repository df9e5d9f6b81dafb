// RIGHT: a channel with room for one token is the lock around each update.
package main

var views int

var token = make(chan struct{}, 1)

func serve(page string, n int) {
	for i := 0; i < n; i++ {
		token <- struct{}{}
		views += Weight(page)
		<-token
	}
}

func total() int {
	token <- struct{}{}
	defer func() { <-token }()
	return views
}
