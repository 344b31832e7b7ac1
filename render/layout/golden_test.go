package layout

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name. With -update it rewrites the
// file; on a mismatch it writes name.got beside it for review with diff.
func golden(t *testing.T, name string, got []byte) {
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
		t.Fatalf("%v (run go test ./render/layout -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		ext := filepath.Ext(path)
		gotPath := strings.TrimSuffix(path, ext) + ".got" + ext
		_ = os.WriteFile(gotPath, got, 0o644)
		t.Errorf("%s differs from the golden file; review with: diff %s %s (accept with -update)", name, path, gotPath)
	}
}

// sceneJSON is the golden form of a scene: indented JSON with floats at two
// decimals, so a layout change reads as a diff of numbers.
func sceneJSON(t *testing.T, s *scene.Scene) []byte {
	t.Helper()
	b, err := json.MarshalIndent(roundScene(s), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// roundScene marshals the scene through a generic value with every float
// rounded to two decimals, so goldens do not depend on the last bits of
// floating point arithmetic.
func roundScene(s *scene.Scene) any {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		panic(err)
	}
	return roundAll(v)
}

func roundAll(v any) any {
	switch x := v.(type) {
	case float64:
		return json.Number(formatFloat(x))
	case []any:
		for i := range x {
			x[i] = roundAll(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = roundAll(x[k])
		}
	}
	return v
}
