package icons

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func TestNamesSortedUniqueAndValid(t *testing.T) {
	names := Names()
	if !slices.IsSorted(names) {
		t.Errorf("Names() is not sorted: %v", names)
	}
	for i, n := range names {
		if !scene.ValidID(n) {
			t.Errorf("icon name %q is not of [a-z0-9-]", n)
		}
		if i > 0 && names[i-1] == n {
			t.Errorf("icon name %q is listed twice", n)
		}
	}
}

func TestNamesCoverNodeKindsAndObjects(t *testing.T) {
	names := Names()
	var want []string
	for _, k := range spec.NodeKinds {
		if k != spec.KindComponent {
			want = append(want, string(k))
		}
	}
	want = append(want, "node", "lease", "configmap", "secret", "namespace", "deployment",
		"image-layer", "load-balancer", "cloud", "check", "cross", "warning")
	for _, w := range want {
		if _, found := slices.BinarySearch(names, w); !found {
			t.Errorf("no icon %q (node kind or object that diagrams use)", w)
		}
	}
}

func TestGetUnknown(t *testing.T) {
	for _, n := range []string{"", "Pod", "no-such-icon", "component"} {
		if sh, ok := Get(n, scene.Hex("#000000"), scene.Hex("#ffffff")); ok || sh != nil {
			t.Errorf("Get(%q) = %d shapes, %v; want nil, false", n, len(sh), ok)
		}
	}
}

// TestIcons checks every icon's geometry: valid segments (as painters
// check them), inside the design box with room to spare, drawn with the
// family's stroke, and the same on every call.
func TestIcons(t *testing.T) {
	accent, tint := scene.Hex("#326ce5"), scene.Hex("#eaf1fd")
	box := scene.Box{X: 1.6, Y: 1.6, W: Size - 3.2, H: Size - 3.2} // the stroke's edge may use a little of the padding
	for _, name := range Names() {
		shapes, ok := Get(name, accent, tint)
		if !ok || len(shapes) == 0 {
			t.Fatalf("%s: Get gave %d shapes, %v", name, len(shapes), ok)
		}
		s := &scene.Scene{ID: "icons", Width: 24, Height: 24, Content: scene.Identity, Items: []scene.Item{
			{Icon: &scene.Icon{Name: name, Box: scene.Box{W: 24, H: 24}, Shapes: shapes}},
		}}
		if err := s.Check(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		stroked := false
		for i, sh := range shapes {
			if len(sh.Segments) < 2 {
				t.Errorf("%s: shape %d has %d segments", name, i, len(sh.Segments))
				continue
			}
			if b := ink(sh); !box.Contains(b, 1e-9) {
				t.Errorf("%s: shape %d covers %+v, outside %+v", name, i, b, box)
			}
			if sh.Stroke.Width > 0 {
				stroked = true
				if sh.Stroke.Width != StrokeWidth {
					t.Errorf("%s: shape %d is stroked at %g, want %g", name, i, sh.Stroke.Width, StrokeWidth)
				}
			}
			if !sh.Fill.IsVisible() && sh.Stroke.Width == 0 {
				t.Errorf("%s: shape %d draws nothing", name, i)
			}
		}
		if !stroked {
			t.Errorf("%s: no stroked shape: not of the line-icon family", name)
		}
		again, _ := Get(name, accent, tint)
		if !reflect.DeepEqual(shapes, again) {
			t.Errorf("%s: two calls gave different shapes", name)
		}
	}
}

// TestIconColours checks that icons use only the colours given, for every
// role of every theme: accent for strokes and solid parts, tint for fills.
func TestIconColours(t *testing.T) {
	for _, th := range []*theme.Theme{theme.Light, theme.Dark} {
		for _, role := range th.RoleNames() {
			rc := th.Role(role)
			for _, name := range Names() {
				shapes, _ := Get(name, rc.Accent, rc.Tint)
				for i, sh := range shapes {
					if c := sh.Fill; c != scene.Transparent && c != rc.Accent && c != rc.Tint {
						t.Errorf("%s %s %s: shape %d is filled with %v, not the accent %v or tint %v", th.Name, role, name, i, c, rc.Accent, rc.Tint)
					}
					if sh.Stroke.Width > 0 && sh.Stroke.Color != rc.Accent {
						t.Errorf("%s %s %s: shape %d is stroked with %v, not the accent %v", th.Name, role, name, i, sh.Stroke.Color, rc.Accent)
					}
				}
			}
		}
	}
}

// TestIconsAreCentred checks that no icon leans to one side of its box:
// the centre of its ink lies within 0.6 units of the box's.
func TestIconsAreCentred(t *testing.T) {
	for _, name := range Names() {
		shapes, _ := Get(name, scene.Hex("#000000"), scene.Hex("#ffffff"))
		var b scene.Box
		for _, sh := range shapes {
			b = b.Union(ink(sh))
		}
		c := b.Center()
		if dx, dy := c.X-12, c.Y-12; dx*dx+dy*dy > 0.6*0.6 {
			t.Errorf("%s: ink %+v is centred at (%.2f, %.2f), not near (12, 12)", name, b, c.X, c.Y)
		}
	}
}

func TestArcFollowsTheCircle(t *testing.T) {
	const cx, cy, r = 5.0, 7.0, 3.0
	for _, c := range []struct{ a0, a1 float64 }{{0, 90}, {0, 360}, {200, 340}, {90, -90}, {160, 380}, {10, 10}} {
		segs := arc(cx, cy, r, c.a0, c.a1)
		last := segs[len(segs)-1].Pts
		got, want := last[len(last)-1], polar(cx, cy, r, r, c.a1)
		if math.Hypot(got.X-want.X, got.Y-want.Y) > 1e-9 {
			t.Errorf("arc %g..%g ends at %+v, want %+v", c.a0, c.a1, got, want)
		}
		// Every cubic's midpoint lies on the circle, within a thousandth
		// of the radius.
		from := segs[0].Pts[0]
		for _, s := range segs[1:] {
			if s.Op != scene.CubicTo {
				t.Fatalf("arc %g..%g: segment %c, want only cubics after the move", c.a0, c.a1, rune(s.Op))
			}
			p1, p2, p3 := s.Pts[0], s.Pts[1], s.Pts[2]
			mx := (from.X + 3*p1.X + 3*p2.X + p3.X) / 8
			my := (from.Y + 3*p1.Y + 3*p2.Y + p3.Y) / 8
			if d := math.Hypot(mx-cx, my-cy); math.Abs(d-r) > r/1000 {
				t.Errorf("arc %g..%g: a cubic's midpoint is %g from the centre, want %g", c.a0, c.a1, d, r)
			}
			from = p3
		}
	}
}

func TestRoundPolyIsClosedAtItsStart(t *testing.T) {
	segs := roundPoly(1, 0, 0, 10, 0, 10, 10)
	if segs[len(segs)-1].Op != scene.Close {
		t.Fatalf("roundPoly does not end with Close")
	}
	end := segs[len(segs)-2].Pts
	if start := segs[0].Pts[0]; end[len(end)-1] != start {
		t.Errorf("roundPoly ends at %+v, not at its start %+v", end[len(end)-1], start)
	}
}

// ink is the box a shape paints: its curves followed closely (not their
// control points), grown by half the stroke.
func ink(sh scene.IconShape) scene.Box {
	var ps []scene.Point
	var cur scene.Point
	for _, s := range sh.Segments {
		switch s.Op {
		case scene.MoveTo, scene.LineTo:
			cur = s.Pts[0]
			ps = append(ps, cur)
		case scene.QuadTo, scene.CubicTo:
			ctrl := append([]scene.Point{cur}, s.Pts...)
			for i := 1; i <= 32; i++ {
				ps = append(ps, bezier(ctrl, float64(i)/32))
			}
			cur = s.Pts[len(s.Pts)-1]
		}
	}
	x0, y0, x1, y1 := ps[0].X, ps[0].Y, ps[0].X, ps[0].Y
	for _, p := range ps {
		x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
	}
	hw := sh.Stroke.Width / 2
	return scene.Box{X: x0 - hw, Y: y0 - hw, W: x1 - x0 + 2*hw, H: y1 - y0 + 2*hw}
}

// bezier evaluates the curve with control points c at t (de Casteljau).
func bezier(c []scene.Point, t float64) scene.Point {
	c = slices.Clone(c)
	for n := len(c) - 1; n > 0; n-- {
		for i := 0; i < n; i++ {
			c[i] = scene.Point{X: c[i].X + (c[i+1].X-c[i].X)*t, Y: c[i].Y + (c[i+1].Y-c[i].Y)*t}
		}
	}
	return c[0]
}

// TestInkBounds checks the test's own measure on shapes of known size.
func TestInkBounds(t *testing.T) {
	for _, c := range []struct {
		name string
		sh   scene.IconShape
		want scene.Box
	}{
		{"circle", scene.IconShape{Segments: circle(12, 12, 5), Stroke: scene.Stroke{Width: 2}}, scene.Box{X: 6, Y: 6, W: 12, H: 12}},
		{"line", scene.IconShape{Segments: seg(2, 3, 10, 3)}, scene.Box{X: 2, Y: 3, W: 8, H: 0}},
		{"quad", scene.IconShape{Segments: at(0, 0).Q(5, 10, 10, 0).End()}, scene.Box{X: 0, Y: 0, W: 10, H: 5}},
	} {
		got := ink(c.sh)
		if math.Abs(got.X-c.want.X)+math.Abs(got.Y-c.want.Y)+math.Abs(got.W-c.want.W)+math.Abs(got.H-c.want.H) > 0.01 {
			t.Errorf("ink(%s) = %+v, want %+v", c.name, got, c.want)
		}
	}
}
