package scene

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	ok := Item{Path: &Path{Segments: Polyline(Point{0, 0}, Point{1, 1})}}
	tests := []struct {
		name  string
		scene Scene
		want  string
	}{
		{"valid", Scene{ID: "a", Width: 10, Height: 10, Items: []Item{ok}}, ""},
		{"bad id", Scene{ID: "a b", Width: 10, Height: 10}, `scene id "a b"`},
		{"empty size", Scene{ID: "a"}, "must be positive"},
		{"two primitives", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{Rect: &Rect{}, Text: &Text{}}}}, "has 2 primitives"},
		{"no primitive", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{}}}, "has 0 primitives"},
		{"bad segment", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{Path: &Path{Segments: []Segment{{Op: MoveTo}}}}}}, "op M has 0 points"},
		{"no move first", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{Path: &Path{Segments: []Segment{{Op: LineTo, Pts: []Point{{}}}}}}}}, "must start with M"},
		{"bad group id", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{Group: &Group{ID: `x"><script>`}}}}, "group id"},
		{"bad icon name", Scene{ID: "a", Width: 1, Height: 1, Items: []Item{{Icon: &Icon{Name: "../x"}}}}, "icon name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.scene.Check()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want an error saying %q", err, tc.want)
			}
		})
	}
}

func TestBoxes(t *testing.T) {
	a := Box{0, 0, 10, 10}
	if !a.Contains(Box{1, 1, 8, 8}, 0) || a.Contains(Box{5, 5, 10, 1}, 0.5) {
		t.Error("Contains")
	}
	if !a.Intersects(Box{9, 9, 5, 5}, 0) || a.Intersects(Box{10, 0, 5, 5}, 0) {
		t.Error("Intersects: touching edges do not overlap")
	}
	if u := a.Union(Box{20, -5, 1, 1}); u != (Box{0, -5, 21, 15}) {
		t.Errorf("Union = %+v", u)
	}
	if b := ItemBounds([]Item{{Rect: &Rect{Box: Box{2, 3, 4, 5}}}, {Group: &Group{Items: []Item{{Icon: &Icon{Box: Box{10, 10, 2, 2}}}}}}}); b != (Box{2, 3, 10, 9}) {
		t.Errorf("ItemBounds = %+v", b)
	}
}

func TestColor(t *testing.T) {
	c, err := ParseHex("#326ce5")
	if err != nil || c != (Color{0x32, 0x6c, 0xe5, 255}) || c.String() != "#326ce5" {
		t.Errorf("ParseHex: %v %v", c, err)
	}
	if c, _ := ParseHex("#00000080"); c.A != 0x80 || c.String() != "#00000080" {
		t.Errorf("alpha: %v", c)
	}
	for _, bad := range []string{"326ce5", "#326ce", "#zzzzzz", "red", `#fff" onload="x`} {
		if _, err := ParseHex(bad); err == nil {
			t.Errorf("ParseHex(%q) accepted", bad)
		}
	}
	if m := Hex("#000000").Mix(Hex("#ffffff"), 0.5); m != (Color{128, 128, 128, 255}) {
		t.Errorf("Mix = %v", m)
	}
	b, _ := json.Marshal(struct{ C Color }{Hex("#0a0b0c")})
	if string(b) != `{"C":"#0a0b0c"}` {
		t.Errorf("JSON %s", b)
	}
}

func TestFlatten(t *testing.T) {
	pts := Flatten(Spline([]Point{{0, 0}, {0, 10}, {10, 10}, {10, 0}}))
	if len(pts) != 17 || pts[0] != (Point{0, 0}) || pts[16] != (Point{10, 0}) {
		t.Fatalf("cubic flattened to %d points, %v ... %v", len(pts), pts[0], pts[len(pts)-1])
	}
	if mid := pts[8]; mid.X != 5 || mid.Y != 7.5 {
		t.Errorf("midpoint %v, want (5, 7.5)", mid)
	}
}
