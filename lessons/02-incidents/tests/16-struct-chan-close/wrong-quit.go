// A quit channel stops the writer when the Conn closes, whatever is still queued.
package main

type Conn struct {
	id     int
	outbox chan string
	quit   chan struct{}
	done   chan struct{}
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8), quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for {
			select {
			case msg := <-c.outbox:
				WriteSocket(c.id, msg)
			case <-c.quit:
				return
			}
		}
	}()
	return c
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() {
	close(c.quit)
	<-c.done
	CloseSocket(c.id)
}
