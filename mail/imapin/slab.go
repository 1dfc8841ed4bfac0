package imapin

import "sync"

// A slab holds the bodies of one batch: they are read into it back to back, and the slab
// returns to its pool once the batch handler is done. A first import reads the whole
// mailbox (1.8 GB for 10,000 messages with attachments); reading it into fresh buffers
// made the runtime zero, fault in and later hand back to the kernel every byte of it, and
// the collector chase the garbage (issue 7). With slabs, intake reuses the few megabytes
// that a handful of batches in flight need.
type slab struct {
	buf []byte
}

// alloc returns a buffer of n bytes from the slab, or a fresh one when the slab is full
// (a server that under-reports RFC822.SIZE). Buffers never overlap: each is capped at n.
func (s *slab) alloc(n int) []byte {
	if s != nil && n <= cap(s.buf)-len(s.buf) {
		off := len(s.buf)
		s.buf = s.buf[:off+n]
		return s.buf[off : off+n : off+n]
	}
	return make([]byte, n)
}

// slabPool is a small free list of slabs. Only slabs of the standard batch size are kept (a
// batch of one large message gets a slab of its own, left to the collector), at most
// maxPooledSlabs of them, and Fetch drains the pool when it is done: what intake keeps is
// bounded while it runs and nothing once it has finished.
type slabPool struct {
	mu   sync.Mutex
	free [][]byte
}

const (
	// Batches in flight take slabs from the pool and give them back; three cover the
	// steady state (one fetched, one prepared, one handled) without the pool holding more
	// than intake holds at once anyway.
	maxPooledSlabs = 3
	maxPooledSlab  = maxBatchBytes
)

// get returns an empty slab that can hold n bytes.
func (p *slabPool) get(n int64) *slab {
	p.mu.Lock()
	for i, b := range p.free {
		if int64(cap(b)) >= n {
			p.free = append(p.free[:i], p.free[i+1:]...)
			p.mu.Unlock()
			return &slab{buf: b[:0]}
		}
	}
	p.mu.Unlock()
	return &slab{buf: make([]byte, 0, max(n, maxBatchBytes))}
}

// put gives s back to the pool. The caller must not use any buffer allocated from it.
func (p *slabPool) put(s *slab) {
	if s == nil || cap(s.buf) > maxPooledSlab {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < maxPooledSlabs {
		p.free = append(p.free, s.buf[:0])
	}
}

// drain empties the pool.
func (p *slabPool) drain() {
	p.mu.Lock()
	defer p.mu.Unlock()
	clear(p.free)
	p.free = p.free[:0]
}
