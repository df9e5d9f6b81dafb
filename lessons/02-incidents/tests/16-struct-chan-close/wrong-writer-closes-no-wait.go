// Close only closes the outbox; the writer closes the socket when it has
// drained it. Close does not wait for the writer.
package main

type Conn struct {
	id     int
	outbox chan string
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8)}
	go c.writeLoop()
	return c
}

func (c *Conn) writeLoop() {
	for msg := range c.outbox {
		WriteSocket(c.id, msg)
	}
	CloseSocket(c.id)
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() { close(c.outbox) }
