package e2e

import (
	"os"
	"testing"
)

// TestMain removes the spocd binary BuildSpocd made once all tests ran.
func TestMain(m *testing.M) {
	code := m.Run()
	RemoveBuild()
	os.Exit(code)
}
