// The writer owns the socket: when the outbox is closed and drained it closes
// the socket itself, then reports that it is done. Close may be called twice.
package main

import "sync"

type Conn struct {
	id        int
	outbox    chan string
	done      chan struct{}
	closeOnce sync.Once
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8), done: make(chan struct{})}
	go c.writeLoop()
	return c
}

func (c *Conn) writeLoop() {
	defer close(c.done)
	defer CloseSocket(c.id)
	for msg := range c.outbox {
		WriteSocket(c.id, msg)
	}
}

func (c *Conn) Send(msg string) {
	c.outbox <- msg
}

func (c *Conn) Close() {
	c.closeOnce.Do(func() { close(c.outbox) })
	<-c.done
}
