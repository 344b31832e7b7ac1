// Package golden compares test output with files under testdata/, for the
// golden tests of several packages: one -update flag per test binary, the
// same review workflow everywhere.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Check compares got with testdata/name. With -update it rewrites the file;
// on a mismatch it writes name.got.ext beside it, to review with diff.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		ext := filepath.Ext(path)
		gotPath := strings.TrimSuffix(path, ext) + ".got" + ext
		_ = os.WriteFile(gotPath, got, 0o644)
		t.Errorf("%s differs from its golden file; review: diff %s %s (accept with -update)", name, path, gotPath)
	}
}
