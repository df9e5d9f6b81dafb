// A chat server keeps one Conn per client. Each Conn has an outbox channel,
// kept in the struct for the whole connection, and a writer goroutine that
// writes whatever arrives in the outbox to the client's socket, so that Send
// never waits for the network.
//
// The clients and their sockets (WriteSocket, CloseSocket) are in world.go:
// each client's session calls NewConn, Send for each message, then Close.
// The grader runs other clients: more of them, longer and empty sessions,
// slower sockets.
package main

type Conn struct {
	id     int
	outbox chan string // lives as long as the connection
}

func NewConn(id int) *Conn {
	c := &Conn{id: id, outbox: make(chan string, 8)}
	go c.writeLoop()
	return c
}

// writeLoop writes the outbox to the socket, in order.
func (c *Conn) writeLoop() {
	for msg := range c.outbox {
		WriteSocket(c.id, msg)
	}
}

// Send queues msg for the client.
func (c *Conn) Send(msg string) {
	c.outbox <- msg
}

// Close ends the connection: the client is gone.
func (c *Conn) Close() {
	CloseSocket(c.id)
}
