package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spocd/spocd/workflow"
)

// TestDigestCommand renders the demo's database with --dry-run --out, in both languages.
func TestDigestCommand(t *testing.T) {
	demo := t.TempDir()
	if code, out, errs := runApp(t, nil, "demo", "--out", demo); code != exitOK {
		t.Fatalf("demo = %d: %s\n%s", code, errs, out)
	}
	if files, _ := filepath.Glob(filepath.Join(demo, "digest.*")); len(files) != 3 {
		t.Errorf("demo wrote %v, want digest.html, digest.txt and digest.eml", files)
	}
	cfg := filepath.Join(demo, "spocd-demo.toml")
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	week := workflow.WeekOf(time.Now(), ams)
	out := t.TempDir()
	code, stdout, errs := runApp(t, nil, "--config", cfg, "digest", "--week", week, "--dry-run", "--out", out)
	if code != exitOK {
		t.Fatalf("digest = %d: %s\n%s", code, errs, stdout)
	}
	for _, want := range []string{"2 requests", "2 new", "1 done", "€ 150,00 this week", "dry run"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("digest output lacks %q:\n%s", want, stdout)
		}
	}
	txt, _ := os.ReadFile(filepath.Join(out, "digest.txt"))
	for _, want := range []string{"SPOC-0001", "SPOC-0002", "€ 150,00"} {
		if !bytes.Contains(txt, []byte(want)) {
			t.Errorf("digest.txt lacks %q", want)
		}
	}
	chart, _ := os.ReadFile(filepath.Join(out, "chart.png"))
	if _, err := png.Decode(bytes.NewReader(chart)); err != nil {
		t.Errorf("chart.png: %v", err)
	}
	eml, _ := os.ReadFile(filepath.Join(out, "digest.eml"))
	if !bytes.Contains(eml, []byte("cid:chart")) && !bytes.Contains(eml, []byte("cid:=")) {
		t.Errorf("digest.eml does not refer to the inline chart")
	}
	for _, args := range [][]string{{"digest", "--week", "2026-W99", "--dry-run"}, {"digest", "--dry-run", "--force"}, {"digest", "extra"}} {
		if code, _, _ := runApp(t, nil, append([]string{"--config", cfg}, args...)...); code != exitUsage {
			t.Errorf("%v = %d, want %d", args, code, exitUsage)
		}
	}
}
