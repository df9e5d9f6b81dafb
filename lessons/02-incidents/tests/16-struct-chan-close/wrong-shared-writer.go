// One writer for the whole server, on one shared outbox that is never closed:
// no goroutine per Conn to leak.
package main

import "sync"

type Conn struct{ id int }

type envelope struct {
	id  int
	msg string
}

var (
	startWriter sync.Once
	outbox      = make(chan envelope, 64)
)

func NewConn(id int) *Conn {
	startWriter.Do(func() {
		go func() {
			for e := range outbox {
				WriteSocket(e.id, e.msg)
			}
		}()
	})
	return &Conn{id: id}
}

func (c *Conn) Send(msg string) { outbox <- envelope{c.id, msg} }

func (c *Conn) Close() {
	CloseSocket(c.id)
}
