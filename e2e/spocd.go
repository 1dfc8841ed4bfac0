package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// build is the process-wide result of BuildSpocd.
var build struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

// BuildSpocd builds ./cmd/spocd once per test process and returns the path
// of the binary. The binary lives in a temporary directory shared by all
// tests of the process (a t.TempDir would vanish with the first test);
// RemoveBuild, called from TestMain, deletes it.
func BuildSpocd(t testing.TB) string {
	t.Helper()
	build.once.Do(func() {
		build.bin, build.err = buildSpocd()
	})
	if build.err != nil {
		t.Fatalf("e2e: build spocd: %v", build.err)
	}
	return build.bin
}

// RemoveBuild deletes the binary BuildSpocd made, if any.
func RemoveBuild() {
	if build.dir != "" {
		os.RemoveAll(build.dir)
	}
}

func buildSpocd() (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "spocd-e2e-bin-")
	if err != nil {
		return "", fmt.Errorf("temp dir: %w", err)
	}
	build.dir = dir
	bin := filepath.Join(dir, "spocd")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/spocd")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/spocd: %w\n%s", err, out)
	}
	return bin, nil
}

// moduleRoot is the directory holding go.mod, found with `go env GOMOD`.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("go env GOMOD: not inside the module")
	}
	return filepath.Dir(gomod), nil
}

// Setup is what WriteConfig puts into a spocd config besides the servers.
type Setup struct {
	Spoc      string   // the shared SPOC mailbox: IMAP login and sender (required)
	Customer  string   // the customer SPOC (default: Addr("facilitair"))
	Supplier  string   // the supplier SPOC (default: spoc@example.net)
	Approvers []string // default: Addr("rianne"), Addr("piet")
	Database  string   // SQLite file (default: spocd.db in the config's directory)
	Language  string   // nl (default) or en
	// Extra is TOML appended verbatim: [[rule]] tables, [digest], [http].
	// Tables written above ([organisation] ... [approval]) cannot be repeated.
	Extra string
}

// WriteConfig writes spocd.toml and a password file into dir for a spocd
// that reads s.Spoc's INBOX on this Env and sends through its SMTP server
// (plain text on loopback, AUTH PLAIN), and returns the config's path.
func (e Env) WriteConfig(t testing.TB, dir string, s Setup) string {
	t.Helper()
	if s.Spoc == "" {
		t.Fatalf("e2e: WriteConfig: Setup.Spoc is required")
	}
	if s.Customer == "" {
		s.Customer = e.Addr("facilitair")
	}
	if s.Supplier == "" {
		s.Supplier = "spoc@example.net"
	}
	if s.Approvers == nil {
		s.Approvers = []string{e.Addr("rianne"), e.Addr("piet")}
	}
	if s.Database == "" {
		s.Database = filepath.Join(dir, "spocd.db")
	}
	if s.Language == "" {
		s.Language = "nl"
	}
	pwFile := filepath.Join(dir, "mail-password")
	if err := os.WriteFile(pwFile, []byte(e.Password+"\n"), 0o600); err != nil {
		t.Fatalf("e2e: write password file: %v", err)
	}
	approvers := make([]string, len(s.Approvers))
	for i, a := range s.Approvers {
		approvers[i] = strconv.Quote(a)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `# Written by the e2e harness.
[organisation]
name = "Gemeente Voorbeeld"
ref_prefix = "SPOC"
language = %q
timezone = "Europe/Amsterdam"

[database]
driver = "sqlite"
dsn = %q

[imap]
address = %q
tls = "none"
username = %q
password_file = %q
mailbox = "INBOX"
keyword = "$SPOCdProcessed"
idle = true
poll_interval = "1s"

[smtp]
address = %q
tls = "none"
username = %q
password_file = %q
auth = "plain"

[spoc]
address = %q
customer = %q
supplier = %q
plus_addressing = true

[approval]
approvers = [%s]
policy = "any"
`, s.Language, s.Database,
		e.IMAPAddr, s.Spoc, pwFile,
		e.SMTPAddr, s.Spoc, pwFile,
		s.Spoc, s.Customer, s.Supplier,
		strings.Join(approvers, ", "))
	if s.Extra != "" {
		b.WriteString("\n")
		b.WriteString(s.Extra)
		b.WriteString("\n")
	}
	path := filepath.Join(dir, "spocd.toml")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatalf("e2e: write config: %v", err)
	}
	return path
}

// Result is the outcome of one spocd run.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs the spocd binary with args (e.g. "--config", path, "run", "--once")
// and returns its output and exit code; it fails the test only when the
// binary cannot be started or outlives timeout.
func Run(t testing.TB, bin string, timeout time.Duration, args ...string) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("e2e: spocd %s: still running after %v\nstderr:\n%s", strings.Join(args, " "), timeout, stderr.String())
	}
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if err != nil {
		exitErr, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("e2e: spocd %s: %v", strings.Join(args, " "), err)
		}
		res.Code = exitErr.ExitCode()
	}
	return res
}
