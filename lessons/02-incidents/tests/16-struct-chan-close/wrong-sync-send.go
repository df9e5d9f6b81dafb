// No writer goroutine: Send writes to the socket itself.
// A chat server keeps one Conn per client. Each Conn has an outbox channel,
// kept in the struct for the whole connection, and a writer goroutine that
// writes whatever arrives in the outbox to the client's socket. Close, the
// end of the Conn's life, closes the outbox and waits for the writer to
// drain it before it closes the socket.
// (The clients, WriteSocket and CloseSocket are in world.go.)
package main

type Conn struct {
	id     int
	outbox chan string   // lives as long as the connection; Close closes it
	done   chan struct{} // closed by the writer when it has drained the outbox
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8), done: make(chan struct{})}
	go c.writeLoop()
	return c
}

// writeLoop writes the outbox to the socket, in order, until it is closed.
func (c *Conn) writeLoop() {
	defer close(c.done)
	for msg := range c.outbox {
		WriteSocket(c.id, msg)
	}
}

// Send queues msg for the client. Not after Close.
func (c *Conn) Send(msg string) {
	WriteSocket(c.id, msg)
}

// Close ends the connection: no more messages, the queued ones are written,
// the writer has returned, then the socket is closed.
func (c *Conn) Close() {
	close(c.outbox) // the owner of the field closes it, once
	<-c.done
	CloseSocket(c.id)
}
