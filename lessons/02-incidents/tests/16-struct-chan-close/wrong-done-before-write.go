// A WaitGroup counts the messages, but the writer marks one done as it
// takes it, before writing it.
package main

import "sync"

type Conn struct {
	id      int
	outbox  chan string
	pending sync.WaitGroup
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8)}
	go c.writeLoop()
	return c
}

func (c *Conn) writeLoop() {
	for msg := range c.outbox {
		c.pending.Done()
		WriteSocket(c.id, msg)
	}
}

func (c *Conn) Send(msg string) {
	c.pending.Add(1)
	c.outbox <- msg
}

func (c *Conn) Close() {
	c.pending.Wait()
	close(c.outbox)
	CloseSocket(c.id)
}
