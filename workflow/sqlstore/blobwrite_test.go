package sqlstore

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// Every size comes back byte for byte, whether the file system takes direct I/O (a disk)
// or not (tmpfs): block-aligned lengths, a tail shorter than a block, lengths around the
// 1 MiB chunk.
func TestWriteBlobFileSizes(t *testing.T) {
	dirs := []string{t.TempDir()}
	if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
		d, err := os.MkdirTemp("/dev/shm", "spocd-blobtest-")
		if err == nil {
			t.Cleanup(func() { os.RemoveAll(d) })
			dirs = append(dirs, d)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 4095, 4096, 4097, 65536 + 13, directChunk - 1, directChunk, directChunk + 1, 3*directChunk + 4097}
	for _, dir := range dirs {
		for _, n := range sizes {
			raw := make([]byte, n)
			for i := range raw {
				raw[i] = byte(rng.UintN(256))
			}
			p := filepath.Join(dir, "blob")
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			direct, err := writeDirect(f, raw)
			if err == nil && !direct {
				_, err = f.Write(raw)
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Fatalf("%s, %d bytes: %v", dir, n, err)
			}
			got, err := os.ReadFile(p)
			if err != nil || !bytes.Equal(got, raw) {
				t.Fatalf("%s, %d bytes (direct %v): read back %d bytes, equal %v, %v", dir, n, direct, len(got), bytes.Equal(got, raw), err)
			}
			if n == sizes[len(sizes)-1] {
				t.Logf("%s: direct I/O %v", dir, direct)
			}
			os.Remove(p)
		}
	}
}

// The aligned chunk starts on a block boundary whatever the pool hands out.
func TestAlignedChunk(t *testing.T) {
	for off := range 64 {
		buf := make([]byte, directChunk+directBlock+off)[off:]
		c := alignedChunk(buf[:directChunk+directBlock])
		if addrOf(c)%directBlock != 0 || len(c) != directChunk {
			t.Fatalf("offset %d: chunk at %#x, %d bytes", off, addrOf(c), len(c))
		}
	}
}
