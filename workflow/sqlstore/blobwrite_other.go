//go:build !linux

package sqlstore

import (
	"os"
	"unsafe"
)

func addrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// writeDirect: direct I/O is only used on Linux.
func writeDirect(f *os.File, raw []byte) (bool, error) { return false, nil }
