// Visits per user (see world.go for the handlers and the dashboard).
package main

import "sync"

// Sixteen shards, each a map with its own mutex: users on different shards
// never wait for each other.
type shard struct {
	mu sync.Mutex
	m  map[string]int
}

var shards [16]shard

func init() {
	for i := range shards {
		shards[i].m = map[string]int{}
	}
}

func shardOf(user string) *shard {
	h := 0
	for _, r := range user {
		h = h*31 + int(r)
	}
	if h < 0 {
		h = -h
	}
	return &shards[h%len(shards)]
}

func visit(user string) {
	s := shardOf(user)
	s.mu.Lock()
	s.m[user]++
	s.mu.Unlock()
}

func visits(user string) int {
	s := shardOf(user)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[user]
}

func visitors() int {
	n := 0
	for i := range shards {
		shards[i].mu.Lock()
		n += len(shards[i].m)
		shards[i].mu.Unlock()
	}
	return n
}
