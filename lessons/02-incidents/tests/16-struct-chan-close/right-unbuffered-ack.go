// An unbuffered outbox and a reply channel: Close sends nothing more, closes
// the outbox, and receives the writer's last word.
package main

type Conn struct {
	id       int
	outbox   chan string
	finished chan int // the writer sends how many messages it wrote, then ends
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string), finished: make(chan int)}
	go func() {
		n := 0
		for msg := range c.outbox {
			WriteSocket(c.id, msg)
			n++
		}
		c.finished <- n
	}()
	return c
}

func (c *Conn) Send(msg string) {
	c.outbox <- msg
}

func (c *Conn) Close() {
	close(c.outbox)
	<-c.finished
	CloseSocket(c.id)
}
