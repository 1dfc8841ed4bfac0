package e2e

import (
	"os"
	"strings"
	"sync"
	"testing"
)

// EnvFigures names a file that end-to-end tests append their figures to; .ci/run prints
// it after the tests, since go test shows nothing of a passing package's output.
const EnvFigures = "SPOCD_FIGURES"

var figuresMu sync.Mutex

// Figures logs a test's figures and appends them to $SPOCD_FIGURES when it is set.
func Figures(t testing.TB, text string) {
	t.Helper()
	t.Log(text)
	path := os.Getenv(EnvFigures)
	if path == "" {
		return
	}
	figuresMu.Lock()
	defer figuresMu.Unlock()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		t.Errorf("figures: %v", err)
		return
	}
	defer f.Close()
	f.WriteString(t.Name() + ":\n  " + strings.ReplaceAll(strings.TrimSpace(text), "\n", "\n  ") + "\n")
}
