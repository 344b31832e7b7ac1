package layout

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// networkPathsIDs are the overview and its four focused views.
var networkPathsIDs = []string{"network-paths", "network-paths-1", "network-paths-2", "network-paths-3", "network-paths-4"}

func layoutByID(t *testing.T, id string, lang spec.Lang, th *theme.Theme) *scene.Scene {
	t.Helper()
	d := diagrams.ByID(id)
	if d == nil {
		t.Fatalf("diagram %q is not in the catalog", id)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	s, err := Layout(d, Options{Lang: lang, Theme: th})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestNetworkPathsGolden pins the overview's scene in both languages.
func TestNetworkPathsGolden(t *testing.T) {
	for _, lang := range spec.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s := layoutByID(t, "network-paths", lang, theme.Light)
			golden(t, "network-paths."+string(lang)+".json", sceneJSON(t, s))
		})
	}
}

// TestFocusViewsAlign proves that the four focused views put every box,
// line, arrow head, badge and text exactly where the overview has it: only
// colours, stroke widths and the title's words may differ.
func TestFocusViewsAlign(t *testing.T) {
	for _, th := range []*theme.Theme{theme.Light, theme.Dark} {
		for _, lang := range spec.Langs {
			t.Run(th.Name+"/"+string(lang), func(t *testing.T) {
				base := layoutByID(t, networkPathsIDs[0], lang, th)
				want := geometry(base)
				for _, id := range networkPathsIDs[1:] {
					s := layoutByID(t, id, lang, th)
					if s.Width != base.Width || s.Height != base.Height {
						t.Errorf("%s: size %gx%g, overview %gx%g", id, s.Width, s.Height, base.Width, base.Height)
					}
					got := geometry(s)
					if len(got) != len(want) {
						t.Errorf("%s: %d primitives, overview %d", id, len(got), len(want))
					}
					for _, k := range sortedKeys(want) {
						if got[k] != want[k] {
							t.Errorf("%s: %s\n  got  %s\n  want %s", id, k, got[k], want[k])
						}
					}
				}
			})
		}
	}
}

// TestFocusViewsDiffer guards the alignment test against passing because
// nothing changed: each focused view dims something and keeps its path.
func TestFocusViewsDiffer(t *testing.T) {
	base := colours(layoutByID(t, networkPathsIDs[0], spec.EN, theme.Light))
	for n, id := range networkPathsIDs[1:] {
		s := layoutByID(t, id, spec.EN, theme.Light)
		got := colours(s)
		changed := 0
		for k, c := range base {
			if got[k] != c {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("%s: no colour differs from the overview", id)
		}
		legend := fmt.Sprintf("legend-%s", []string{"path-lo", "path-pod", "path-service", "path-outside"}[n])
		for k, c := range base {
			if strings.Contains(k, "/"+legend+"/") && got[k] != c {
				t.Errorf("%s: its own legend entry changed colour at %s", id, k)
			}
		}
	}
}

// TestNetworkPathsReadable checks what a person following a path needs:
// every text inside its box, and no drawn edge crossing a text other than
// its own label's.
func TestNetworkPathsReadable(t *testing.T) {
	for _, lang := range spec.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s := layoutByID(t, "network-paths", lang, theme.Light)
			if of := scene.Overflows(s.Items, 0.5); len(of) > 0 {
				for _, o := range of {
					t.Errorf("overflow: %s", o)
				}
			}
			if r := s.Width / s.Height; r < 4.0/3 || r > 2 {
				t.Errorf("aspect %.2f is outside 4:3 to 2:1", r)
			}
			for _, c := range edgeTextCrossings(s) {
				t.Error(c)
			}
		})
	}
}

func TestEdgeTextCrossingsFinds(t *testing.T) {
	s := &scene.Scene{Items: []scene.Item{
		{Group: &scene.Group{ID: "edge-x", Items: []scene.Item{{Path: &scene.Path{
			Segments: scene.Polyline(scene.Point{X: 0, Y: 10}, scene.Point{X: 100, Y: 10}), Stroke: scene.Stroke{Width: 1}}}}}},
		{Group: &scene.Group{ID: "label-x", Items: []scene.Item{
			{Rect: &scene.Rect{Box: scene.Box{X: 40, Y: 5, W: 40, H: 30}}}, // its own pill may touch the line
			TextItem(60, 30, scene.Middle, "own", sans(12), scene.Color{}, scene.Box{}),
		}}},
		{Group: &scene.Group{ID: "node-y", Items: []scene.Item{TextItem(20, 14, scene.Start, "other", sans(12), scene.Color{}, scene.Box{})}}},
	}}
	got := edgeTextCrossings(s)
	if len(got) != 1 {
		t.Fatalf("got %v, want one crossing of %q", got, "other")
	}
}

// edgeTextCrossings lists every edge line (group "edge-x") that comes
// within 2 px of a text line's box or of another edge's label pill
// (badges included); it may touch its own label's pill ("label-x").
func edgeTextCrossings(s *scene.Scene) []string {
	type obstacle struct {
		owner, what string
		box         scene.Box
	}
	var obstacles []obstacle
	var edges = map[string][][]scene.Point{}
	var edgeOrder []string
	var walk func(items []scene.Item, owner string)
	walk = func(items []scene.Item, owner string) {
		for i := range items {
			it := &items[i]
			switch {
			case it.Group != nil:
				o := owner
				if it.Group.ID != "" {
					o = it.Group.ID
				}
				walk(it.Group.Items, o)
			case it.Text != nil:
				obstacles = append(obstacles, obstacle{owner, fmt.Sprintf("text %q", it.Text.Text), it.Text.Bounds()})
			case it.Rect != nil && strings.HasPrefix(owner, "label-"):
				obstacles = append(obstacles, obstacle{owner, "label pill", it.Rect.Box})
			case it.Path != nil && strings.HasPrefix(owner, "edge-") && it.Path.Stroke.Width > 0:
				if _, ok := edges[owner]; !ok {
					edgeOrder = append(edgeOrder, owner)
				}
				edges[owner] = append(edges[owner], scene.Flatten(it.Path.Segments))
			}
		}
	}
	walk(s.Items, "")
	var out []string
	for _, e := range edgeOrder {
		own := "label-" + strings.TrimPrefix(e, "edge-")
		for _, o := range obstacles {
			if o.owner == own && o.what == "label pill" {
				continue // dot runs an edge along its own label
			}
			if crossesAny(o.box.Inset(-2), edges[e]) {
				out = append(out, fmt.Sprintf("%s crosses %s (%s)", e, o.what, o.owner))
			}
		}
	}
	return out
}

// geometry maps every primitive of a scene, keyed by its enclosing group
// ids and its index, to its position and shape, without colours or stroke
// widths.
func geometry(s *scene.Scene) map[string]string {
	return describe(s, func(it scene.Item) string {
		switch {
		case it.Rect != nil:
			return fmt.Sprintf("rect %s r%s", box(it.Rect.Box), formatFloat(it.Rect.Radius))
		case it.Path != nil:
			return "path " + points(it.Path.Segments)
		case it.Text != nil:
			// Where a text is, not what it says: a focused view may
			// name its path in the title.
			return fmt.Sprintf("text %s,%s %s %s", formatFloat(it.Text.X), formatFloat(it.Text.Y), it.Text.Anchor, formatFloat(it.Text.Style.Size))
		case it.Icon != nil:
			return fmt.Sprintf("icon %s %s", it.Icon.Name, box(it.Icon.Box))
		}
		return ""
	})
}

// colours maps every primitive, keyed as geometry does, to its colours.
func colours(s *scene.Scene) map[string]string {
	return describe(s, func(it scene.Item) string {
		switch {
		case it.Rect != nil:
			return it.Rect.Fill.String() + " " + it.Rect.Stroke.Color.String()
		case it.Path != nil:
			return it.Path.Fill.String() + " " + it.Path.Stroke.Color.String()
		case it.Text != nil:
			return it.Text.Color.String()
		}
		return ""
	})
}

// describe maps every primitive (not group) of a scene, keyed by its
// enclosing group ids and its index, to what fn says of it.
func describe(s *scene.Scene, fn func(scene.Item) string) map[string]string {
	out := map[string]string{}
	var walk func(items []scene.Item, key string)
	walk = func(items []scene.Item, key string) {
		for i, it := range items {
			k := fmt.Sprintf("%s/%d", key, i)
			if it.Group != nil {
				if it.Group.ID != "" {
					k = key + "/" + it.Group.ID
				}
				walk(it.Group.Items, k)
				continue
			}
			if d := fn(it); d != "" {
				out[k] = d
			}
		}
	}
	walk(s.Items, "")
	return out
}

func box(b scene.Box) string {
	return fmt.Sprintf("%s,%s %sx%s", formatFloat(b.X), formatFloat(b.Y), formatFloat(b.W), formatFloat(b.H))
}

func points(segs []scene.Segment) string {
	var b strings.Builder
	for _, sg := range segs {
		b.WriteByte(byte(sg.Op))
		for _, p := range sg.Pts {
			fmt.Fprintf(&b, " %s,%s", formatFloat(p.X), formatFloat(p.Y))
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
