package svgpaint

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
)

func icon(name string, c scene.Color, x float64) scene.Item {
	return scene.Item{Icon: &scene.Icon{Name: name, Box: scene.Box{X: x, W: 22, H: 22},
		Shapes: []scene.IconShape{{Segments: scene.Polygon(scene.Point{X: 2, Y: 2}, scene.Point{X: 20, Y: 2}, scene.Point{X: 12, Y: 20}), Fill: c}}}}
}

// TestIconSymbols: an icon is defined once per colouring and reused.
func TestIconSymbols(t *testing.T) {
	red, blue := scene.Hex("#ff0000"), scene.Hex("#0000ff")
	s := &scene.Scene{ID: "t", Width: 100, Height: 30, Items: []scene.Item{
		icon("pod", red, 0), icon("pod", red, 30), icon("pod", blue, 60),
	}}
	b, err := Paint(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	svg := string(b)
	if n := strings.Count(svg, "<symbol"); n != 2 {
		t.Errorf("%d symbols, want 2 (one per colouring)", n)
	}
	if strings.Count(svg, `xlink:href="#t-icon-pod"`) != 2 || strings.Count(svg, `xlink:href="#t-icon-pod-2"`) != 1 {
		t.Errorf("uses do not point at the right symbols:\n%s", svg)
	}
	if !strings.Contains(svg, `fill="#0000ff"`) {
		t.Error("the blue pod lost its colour")
	}
}

func TestNumbersAreFixedPrecision(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{{1, "1"}, {1.006, "1.01"}, {-0.001, "0"}, {2.5, "2.5"}, {1e-9, "0"}, {123.456, "123.46"}} {
		if got := num(tc.in); got != tc.want {
			t.Errorf("num(%g) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSubsetIsRepeatable: subsetting twice, and concurrently, gives the same
// bytes (the subsetter must not keep state between calls).
func TestSubsetIsRepeatable(t *testing.T) {
	face := textmeasure.Face{Family: textmeasure.Sans, Bold: true}
	runes := []rune("集群架构 kube-apiserver ①")
	first, err := subsetWOFF2(face, runes)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			again, err := subsetWOFF2(face, runes)
			if err != nil || !bytes.Equal(again, first) {
				t.Errorf("subset differs on a later call (err %v)", err)
			}
		}()
	}
	wg.Wait()
	if _, err := subsetWOFF2(face, []rune{0x20000}); err == nil {
		t.Error("a character without a glyph was subset silently")
	}
}
