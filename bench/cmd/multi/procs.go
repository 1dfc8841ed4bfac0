package main

import (
	"fmt"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// instance is one `spocd run` process.
type instance struct {
	cmd   *exec.Cmd
	pid   int
	log   string
	done  chan struct{}
	state *os.ProcessState // set when done is closed
}

// procs tracks every spocd process this program started, so that none outlives it.
type procs struct {
	mu   sync.Mutex
	list []*instance
}

// start runs `spocd --config cfg run` with its output in logPath. The process gets
// SIGKILL if this program dies first.
func (p *procs) start(bin, cfg, logPath string) (*instance, error) {
	f, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("start spocd: %w", err)
	}
	cmd := exec.Command(bin, "--config", cfg, "run")
	cmd.Stdout, cmd.Stderr = f, f
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("start spocd: %w", err)
	}
	in := &instance{cmd: cmd, pid: cmd.Process.Pid, log: logPath, done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		f.Close()
		in.state = cmd.ProcessState
		close(in.done)
	}()
	p.mu.Lock()
	p.list = append(p.list, in)
	p.mu.Unlock()
	return in, nil
}

// exited reports whether the process has ended.
func (in *instance) exited() bool {
	select {
	case <-in.done:
		return true
	default:
		return false
	}
}

// kill sends SIGKILL and waits for the process to end.
func (in *instance) kill() {
	if !in.exited() {
		_ = in.cmd.Process.Signal(syscall.SIGKILL)
	}
	<-in.done
}

// stop sends SIGTERM and waits up to timeout, then kills. It reports whether the process
// stopped by itself.
func (in *instance) stop(timeout time.Duration) bool {
	if in.exited() {
		return true
	}
	_ = in.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-in.done:
		return true
	case <-time.After(timeout):
		in.kill()
		return false
	}
}

// cpuSeconds is the user + system CPU time of an ended process.
func (in *instance) cpuSeconds() float64 {
	if in.state == nil {
		return 0
	}
	return (in.state.UserTime() + in.state.SystemTime()).Seconds()
}

// killAll kills every process still running.
func (p *procs) killAll() {
	p.mu.Lock()
	list := append([]*instance(nil), p.list...)
	p.mu.Unlock()
	for _, in := range list {
		in.kill()
	}
}
