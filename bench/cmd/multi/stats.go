package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

// pct is the nearest-rank percentile p (1-100) of d; 0 for no samples.
func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	k := (p*len(s) + 99) / 100
	return s[min(max(k-1, 0), len(s)-1)]
}

// cpuTimes is the machine's aggregate CPU time (first line of /proc/stat), in ticks.
type cpuTimes struct{ busy, total uint64 }

// readCPU reads /proc/stat; on a system without it the zero value makes busyShare 0.
func readCPU() cpuTimes {
	f, err := os.Open("/proc/stat")
	if err != nil {
		return cpuTimes{}
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return cpuTimes{}
	}
	t, _ := parseCPULine(sc.Text())
	return t
}

// parseCPULine parses "cpu  user nice system idle iowait irq softirq steal ...": idle and
// iowait are not busy.
func parseCPULine(line string) (cpuTimes, error) {
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return cpuTimes{}, fmt.Errorf("proc stat: unexpected line %q", line)
	}
	var t cpuTimes
	for i, s := range f[1:] {
		if i >= 8 { // guest and guest_nice are already counted in user and nice
			break
		}
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return cpuTimes{}, fmt.Errorf("proc stat: field %d: %w", i+1, err)
		}
		t.total += v
		if i != 3 && i != 4 {
			t.busy += v
		}
	}
	return t, nil
}

// busyShare is the share of CPU time (0-1) that was busy between a and b.
func busyShare(a, b cpuTimes) float64 {
	if b.total <= a.total {
		return 0
	}
	return float64(b.busy-a.busy) / float64(b.total-a.total)
}
