// A WaitGroup in the Conn counts its writer; Close closes the outbox and waits.
package main

import "sync"

type Conn struct {
	id     int
	outbox chan string
	writer sync.WaitGroup
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8)}
	c.writer.Add(1)
	go func() {
		defer c.writer.Done()
		for msg := range c.outbox {
			WriteSocket(c.id, msg)
		}
	}()
	return c
}

func (c *Conn) Send(msg string) {
	c.outbox <- msg
}

func (c *Conn) Close() {
	close(c.outbox)
	c.writer.Wait()
	CloseSocket(c.id)
}
