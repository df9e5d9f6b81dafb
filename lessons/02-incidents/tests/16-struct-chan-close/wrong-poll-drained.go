// Close closes the outbox, spins until it is empty, then closes the socket:
// the writer may still be writing the last message.
package main

import "runtime"

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
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() {
	close(c.outbox)
	for len(c.outbox) > 0 {
		runtime.Gosched()
	}
	CloseSocket(c.id)
}
