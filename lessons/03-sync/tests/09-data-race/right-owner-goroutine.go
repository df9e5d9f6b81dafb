// RIGHT: a counter goroutine owns the total; serve sends each view's weight and waits for the ack.
package main

var (
	add   = make(chan int)
	acked = make(chan struct{})
	query = make(chan chan int)
)

func init() {
	go func() {
		views := 0
		for {
			select {
			case w := <-add:
				views += w
				acked <- struct{}{}
			case reply := <-query:
				reply <- views
			}
		}
	}()
}

func serve(page string, n int) {
	for i := 0; i < n; i++ {
		add <- Weight(page)
		<-acked
	}
}

func total() int {
	reply := make(chan int)
	query <- reply
	return <-reply
}
