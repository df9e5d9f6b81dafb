// The writer polls the outbox and a closed flag.
package main

import "time"

type Conn struct {
	id     int
	outbox chan string
	closed bool
	done   chan struct{}
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for {
			select {
			case msg := <-c.outbox:
				WriteSocket(c.id, msg)
			default:
				if c.closed {
					return
				}
				time.Sleep(time.Millisecond)
			}
		}
	}()
	return c
}

func (c *Conn) Send(msg string) { c.outbox <- msg }

func (c *Conn) Close() {
	c.closed = true
	<-c.done
	CloseSocket(c.id)
}
