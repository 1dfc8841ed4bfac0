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

// syncFS flushes the whole file system that dir is on (syncfs(2)): one call makes every
// blob written since the last one durable. Since Linux 5.8 it reports write-back errors
// that happened since dir was opened.
func syncFS(dir *os.File) (bool, error) {
	rc, err := dir.SyscallConn()
	if err != nil {
		return false, nil
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = unix.Syncfs(int(fd)) }); err != nil {
		return false, nil
	}
	if serr == unix.ENOSYS {
		return false, nil
	}
	return true, serr
}
