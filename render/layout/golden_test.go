package layout

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	goldenfile "github.com/kubefig/kubefig/internal/golden"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// golden compares got with testdata/name (see internal/golden; -update
// rewrites the files).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, name, got)
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

// scenesOfKind lays out the fixtures and every catalog diagram of a body
// kind, in every language and theme, keyed "id.lang.theme". It fails when
// fewer than want diagrams are found, so a test cannot pass on nothing.
func scenesOfKind(t *testing.T, kind string, want int, fixtures ...*spec.Diagram) map[string]*scene.Scene {
	t.Helper()
	ds := fixtures
	for _, d := range diagrams.All() {
		if d.Kind() == kind {
			ds = append(ds, d)
		}
	}
	if len(ds) < want {
		t.Fatalf("found %d %s diagrams, want at least %d", len(ds), kind, want)
	}
	out := map[string]*scene.Scene{}
	for _, d := range ds {
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, lang := range spec.Langs {
			for _, th := range []*theme.Theme{theme.Light, theme.Dark} {
				s, err := Layout(d, Options{Lang: lang, Theme: th})
				if err != nil {
					t.Fatal(err)
				}
				out[fmt.Sprintf("%s.%s.%s", d.ID, lang, th.Name)] = s
			}
		}
	}
	return out
}

// goldenFixture checks a fixture's scene against
// testdata/<prefix>.en.light.json and testdata/<prefix>.zh.dark.json: one
// language on each theme, so both languages and both palettes are pinned.
func goldenFixture(t *testing.T, prefix string, d *spec.Diagram) {
	t.Helper()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang spec.Lang
		th   *theme.Theme
	}{{spec.EN, theme.Light}, {spec.ZH, theme.Dark}} {
		name := fmt.Sprintf("%s.%s.%s.json", prefix, tc.lang, tc.th.Name)
		t.Run(name, func(t *testing.T) {
			s, err := Layout(d, Options{Lang: tc.lang, Theme: tc.th})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, sceneJSON(t, s))
		})
	}
}
