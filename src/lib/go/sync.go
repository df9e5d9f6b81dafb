// Package sync is gorolab's sync package: Mutex, RWMutex, WaitGroup, Once,
// Cond, Map, Pool and OnceFunc, with Go's behaviour, panics and fatal
// errors.
//
// The blocking parts are natives (lib_sync.c) over the runtime's semaphore
// queues (rt/sema.c), as Go's sync sits on runtime/sema.go; their state
// lives in the fields below, so the zero value of each type is ready to
// use. Mutex follows Go's two modes: normal (a woken waiter competes with
// newcomers, and a waiter that loses goes back to the front of the queue)
// and starvation (after a waiter has waited 1ms of virtual time, Unlock hands
// it the lock and yields to it). Once, Cond, Map, Pool, OnceFunc: Go code,
// as in Go (Map uses a plain map under a Mutex instead of Go's lock-free read
// path; Pool is a stack that is never emptied by the GC).
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// A Mutex must not be copied after first use.
type Mutex struct {
	state int32  // 1 locked, 2 a waiter was woken, 4 starvation mode
	sema  uint32 // goroutines waiting in Lock
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks
// (sync.Mutex.Lock) until the mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a fatal error ("sync: unlock of unlocked mutex")
// if m is not locked on entry to Unlock. A locked Mutex is not associated
// with a particular goroutine.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock: held by any number of
// readers or a single writer. A blocked Lock call excludes new readers from
// acquiring the lock. The zero value is an unlocked mutex. (Go's algorithm:
// readerCount goes negative while a writer is pending.)
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of pending readers
	readerWait  int32  // number of departing readers
}

// RLock locks rw for reading (blocks, sync.RWMutex.RLock, while a writer
// holds or waits for the lock).
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call. It is a fatal error ("sync: RUnlock of
// unlocked RWMutex") if rw is not locked for reading.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing: it waits for other writers (sync.Mutex.Lock),
// then for the active readers to leave (sync.RWMutex.Lock).
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.lockSlow()
}

// lockSlow announces the pending writer to readers and waits for the active
// ones (native).
func (rw *RWMutex) lockSlow()

// tryWriterLock takes the write lock when there are no readers (native).
func (rw *RWMutex) tryWriterLock() bool

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.tryWriterLock() {
		rw.w.Unlock()
		return false
	}
	return true
}

// unlockSlow announces to readers there is no active writer and wakes the
// blocked ones (native).
func (rw *RWMutex) unlockSlow()

// Unlock unlocks rw for writing. It is a fatal error ("sync: Unlock of
// unlocked RWMutex") if rw is not locked for writing.
func (rw *RWMutex) Unlock() {
	rw.unlockSlow()
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements Lock and Unlock by
// calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. The main
// goroutine calls Add to set the number of goroutines to wait for; each one
// calls Done when finished; Wait blocks until all have.
type WaitGroup struct {
	counter int64 // Add's running sum
	waiters int32 // goroutines blocked in Wait
	sema    uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the
// counter becomes zero, all goroutines blocked on Wait are released. If it
// goes negative, Add panics ("sync: negative WaitGroup counter").
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero (sync.WaitGroup.Wait;
// semacquire before Go 1.25).
func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup. When f
// returns, the task is removed from the WaitGroup (Go 1.25).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. No call to Do returns until the one call
// to f returns; if f panics, Do considers it to have returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. The returned
// function may be called concurrently. If f panics, the returned function
// will panic with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

// notifyList is the runtime's ticket-based wait list behind Cond.
type notifyList struct {
	wait   uint32 // ticket of the next waiter
	notify uint32 // ticket of the next waiter to notify
}

// runtime_notifyListAdd returns the caller's ticket (native).
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait blocks (sync.Cond.Wait) until ticket t is notified
// (native).
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyOne wakes the oldest waiter (native).
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListNotifyAll wakes every waiter (native).
func runtime_notifyListNotifyAll(l *notifyList)

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. Each Cond has an
// associated Locker L, held when changing the condition and calling Wait.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine. After later resuming execution, Wait locks c.L before
// returning. Wait cannot return unless awoken by Broadcast or Signal.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines. The zero Map is empty and ready for use.
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is
// present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present. Otherwise,
// it stores and returns the given value. The loaded result is true if the
// value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if
// any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap swaps the value for a key and returns the previous value if any. The
// loaded result reports whether the key was present.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored in
// the map is equal to old. The old value must be of a comparable type.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map. If
// f returns false, range stops the iteration. Range does not hold the lock
// while calling f: it visits a snapshot taken when it starts (in the map's
// random order).
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			break
		}
	}
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. gorolab's Pool is a stack: Get returns the object Put last, or
// calls New (or returns nil) when it is empty.
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and
// returns it to the caller. If the pool is empty, Get returns the result of
// calling p.New, or nil when New is nil.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
