// Close asks the writer to quit; the writer drains what is left in the
// outbox, then says it is done. The outbox is never closed.
package main

type Conn struct {
	id     int
	outbox chan string
	quit   chan struct{}
	done   chan struct{}
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8), quit: make(chan struct{}), done: make(chan struct{})}
	go c.writeLoop()
	return c
}

func (c *Conn) writeLoop() {
	defer close(c.done)
	for {
		select {
		case msg := <-c.outbox:
			WriteSocket(c.id, msg)
		case <-c.quit:
			for {
				select {
				case msg := <-c.outbox:
					WriteSocket(c.id, msg)
				default:
					return
				}
			}
		}
	}
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() {
	close(c.quit)
	<-c.done
	CloseSocket(c.id)
}
