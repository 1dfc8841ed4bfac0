//go:build !linux

package sqlstore

import (
	"os"
)

// writeDirect: direct I/O is only used on Linux.
func writeDirect(f *os.File, raw []byte) (bool, error) { return false, nil }
