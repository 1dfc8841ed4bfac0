//go:build !linux

package sqlstore

import (
	"os"
)

// writeDirect: direct I/O is only used on Linux.
func writeDirect(f *os.File, raw []byte) (bool, error) { return false, nil }

// syncFS: elsewhere each blob and directory is synced on its own.
func syncFS(dir *os.File) (bool, error) { return false, nil }
