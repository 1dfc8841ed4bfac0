package sqlstore

import (
	"os"
	"sync"
	"unsafe"
)

// directBlock is the alignment of direct I/O: buffer address, file offset and length.
// 4096 covers the logical block size of every disk in use (512 or 4096).
const directBlock = 4096

// directChunk is the size of the aligned buffer a blob is copied through.
const directChunk = 1 << 20

var directBufs = sync.Pool{New: func() any {
	b := make([]byte, directChunk+directBlock)
	return &b
}}

func addrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// alignedChunk returns a directChunk-long slice of buf that starts on a directBlock
// boundary.
func alignedChunk(buf []byte) []byte {
	off := int(directBlock - addrOf(buf)%directBlock)
	if off == directBlock {
		off = 0
	}
	return buf[off : off+directChunk]
}

// writeBlobFile writes raw to the new, empty file f; blobStore.sync makes it durable.
// Where the file system allows it (Linux, not tmpfs), the bytes go to disk with direct
// I/O: a blob is synced anyway, and copying a 5 MB attachment through the page cache first cost several times
// the CPU of the write itself on small virtual machines (docs/performance.md); it also
// leaves the cache to the database. Anything direct I/O refuses is written the ordinary
// way.
func writeBlobFile(f *os.File, raw []byte) error {
	if ok, err := writeDirect(f, raw); ok || err != nil {
		return err
	}
	_, err := f.Write(raw)
	return err
}

// writeAligned writes raw through aligned chunks of a pooled buffer with write, padding
// the last chunk with zeros to a whole block, and truncates the file to len(raw).
// A write that fails before anything was written reports (false, nil) so the caller can
// fall back; later failures are errors.
func writeAligned(f *os.File, raw []byte) (bool, error) {
	bp := directBufs.Get().(*[]byte)
	defer directBufs.Put(bp)
	chunk := alignedChunk(*bp)
	written := 0
	for written < len(raw) {
		n := copy(chunk, raw[written:])
		m := n
		if r := m % directBlock; r != 0 {
			clear(chunk[m : m+directBlock-r])
			m += directBlock - r
		}
		if _, err := f.Write(chunk[:m]); err != nil {
			if written == 0 {
				return false, nil
			}
			return true, err
		}
		written += n
	}
	if err := f.Truncate(int64(len(raw))); err != nil {
		return true, err
	}
	return true, nil
}
