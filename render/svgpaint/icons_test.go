package svgpaint

import (
	"strings"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
)

// TestIconColourings: one icon in two colourings (a role, or dimmed by a
// focus) gets a symbol per colouring, and each use points at its own.
func TestIconColourings(t *testing.T) {
	icon := func(c string, x float64) scene.Item {
		return scene.Item{Icon: &scene.Icon{Name: "pod", Box: scene.Box{X: x, W: 24, H: 24},
			Shapes: []scene.IconShape{{Segments: scene.RoundedBox(scene.Box{W: 24, H: 24}, 4), Fill: scene.Hex(c)}}}}
	}
	s := &scene.Scene{ID: "d", Width: 100, Height: 30, Background: scene.Hex("#ffffff"), Content: scene.Identity,
		Items: []scene.Item{icon("#ff0000", 0), icon("#00ff00", 30), icon("#ff0000", 60)}}
	out, err := Paint(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	svg := string(out)
	for _, want := range []string{`<symbol id="d-icon-pod"`, `<symbol id="d-icon-pod-2"`} {
		if strings.Count(svg, want) != 1 {
			t.Errorf("want one %s in\n%s", want, svg)
		}
	}
	if n := strings.Count(svg, `href="#d-icon-pod"`); n != 2 {
		t.Errorf("%d uses of the first colouring, want 2", n)
	}
	if n := strings.Count(svg, `href="#d-icon-pod-2"`); n != 1 {
		t.Errorf("%d uses of the second colouring, want 1", n)
	}
}
