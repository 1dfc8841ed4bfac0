package sqlstore

import (
	"os"

	"golang.org/x/sys/unix"
)

// writeDirect switches f to O_DIRECT and writes raw through aligned chunks. It reports
// false (and leaves f empty and in ordinary mode) when the file system does not take
// direct I/O.
func writeDirect(f *os.File, raw []byte) (bool, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return false, nil
	}
	setDirect := func(on bool) error {
		var ferr error
		if err := rc.Control(func(fd uintptr) {
			flags, err := unix.FcntlInt(fd, unix.F_GETFL, 0)
			if err != nil {
				ferr = err
				return
			}
			if on {
				flags |= unix.O_DIRECT
			} else {
				flags &^= unix.O_DIRECT
			}
			_, ferr = unix.FcntlInt(fd, unix.F_SETFL, flags)
		}); err != nil {
			return err
		}
		return ferr
	}
	if setDirect(true) != nil {
		return false, nil
	}
	ok, err := writeAligned(f, raw)
	if !ok {
		// Refused at the first write (an alignment the device does not take): back to
		// ordinary writes on the still-empty file.
		if err := setDirect(false); err != nil {
			return true, err
		}
		return false, f.Truncate(0)
	}
	return true, err
}
