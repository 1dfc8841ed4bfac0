package imapin

import (
	"bytes"
	"testing"
)

func TestSlabAlloc(t *testing.T) {
	var p slabPool
	s := p.get(10)
	if cap(s.buf) < maxBatchBytes {
		t.Fatalf("get(10) cap = %d, want at least maxBatchBytes", cap(s.buf))
	}
	a := s.alloc(3)
	b := s.alloc(4)
	copy(a, "aaa")
	copy(b, "bbbb")
	a = append(a, 'x') // capped: must not write into b
	if !bytes.Equal(b, []byte("bbbb")) || &a[0] == &s.buf[0] {
		t.Errorf("append to a full buffer wrote into the next one: a = %q, b = %q", a, b)
	}
	// More than is left: a buffer of its own, the slab untouched.
	used := len(s.buf)
	big := s.alloc(cap(s.buf))
	if len(big) != cap(s.buf) || len(s.buf) != used {
		t.Errorf("alloc beyond the slab: len %d, slab used %d, want %d, %d", len(big), len(s.buf), cap(s.buf), used)
	}
	var none *slab
	if got := none.alloc(5); len(got) != 5 {
		t.Errorf("nil slab alloc(5) len = %d", len(got))
	}
}

func TestSlabPoolReusesAndBounds(t *testing.T) {
	var p slabPool
	s := p.get(100)
	s.alloc(50)
	first := &s.buf[:1][0]
	p.put(s)
	again := p.get(100)
	if len(again.buf) != 0 || &again.buf[:1][0] != first {
		t.Errorf("get after put: len %d, same memory %v, want 0, true", len(again.buf), &again.buf[:1][0] == first)
	}
	// A slab for one very large message is not kept.
	huge := p.get(maxPooledSlab + 1)
	p.put(huge)
	if len(p.free) != 0 {
		t.Errorf("pool holds %d slabs after putting back an oversized one, want 0", len(p.free))
	}
	for range maxPooledSlabs + 3 {
		p.put(p.get(1))
		p.put(&slab{buf: make([]byte, 0, 16)})
	}
	if len(p.free) > maxPooledSlabs {
		t.Errorf("pool holds %d slabs, want at most %d", len(p.free), maxPooledSlabs)
	}
	p.drain()
	if len(p.free) != 0 {
		t.Errorf("pool holds %d slabs after drain, want 0", len(p.free))
	}
}
