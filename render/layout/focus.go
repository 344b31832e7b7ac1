package layout

import (
	"strings"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// A focus keeps some paths and elements at full strength and dims the
// rest by mixing its colours toward the background. It changes colours and
// stroke widths only, never a position or a size, and it does not change
// what Graphviz is asked: a focused view lines up pixel for pixel with the
// unfocused one. (Colour mixing rather than group opacity: it is exact in
// both painters and costs the PNG painter no extra layer.)

// focusSet is a diagram's focus resolved against its graph.
type focusSet struct {
	paths map[string]bool // the focused paths
	keep  map[string]bool // kept node, group, edge and path ids; nil: no focus
}

func (f focusSet) active() bool { return f.keep != nil }

// kept reports whether the element with the id is drawn at full strength.
func (f focusSet) kept(id string) bool { return f.keep == nil || f.keep[id] }

// newFocus resolves d.Focus: a path stands for its members, a group for
// everything inside it.
func newFocus(d *spec.Diagram) focusSet {
	if len(d.Focus) == 0 || d.Graph == nil {
		return focusSet{}
	}
	g := d.Graph
	f := focusSet{paths: map[string]bool{}, keep: map[string]bool{}}
	paths := map[string]*spec.Path{}
	for i := range g.Paths {
		paths[g.Paths[i].ID] = &g.Paths[i]
	}
	for _, id := range d.Focus {
		f.keep[id] = true
		if p, ok := paths[id]; ok {
			f.paths[id] = true
			for _, m := range p.Members {
				f.keep[m] = true
			}
		}
	}
	// A kept group keeps what it holds; groups come before their
	// children in Walk order, so one pass carries it down.
	g.Walk(func(n *spec.Node, group string) {
		if f.keep[group] {
			f.keep[n.ID] = true
		}
	}, func(gr *spec.Group, parent string) {
		if f.keep[parent] {
			f.keep[gr.ID] = true
		}
	})
	return f
}

// Dim mixes every colour of the items toward the theme's background, to
// theme.Dim of its strength; alpha is kept, so transparent stays
// transparent.
func Dim(items []scene.Item, th *theme.Theme) {
	dim := func(c *scene.Color) {
		if c.A == 0 {
			return
		}
		a := c.A
		*c = c.Mix(th.Background, 1-th.Dim)
		c.A = a
	}
	scene.Walk(items, func(it *scene.Item) {
		switch {
		case it.Rect != nil:
			dim(&it.Rect.Fill)
			dim(&it.Rect.Stroke.Color)
		case it.Path != nil:
			dim(&it.Path.Fill)
			dim(&it.Path.Stroke.Color)
		case it.Text != nil:
			dim(&it.Text.Color)
		case it.Icon != nil:
			for i := range it.Icon.Shapes {
				dim(&it.Icon.Shapes[i].Fill)
				dim(&it.Icon.Shapes[i].Stroke.Color)
			}
		}
	})
}

// focusItem dims an element's item unless the focus keeps the element.
func (gl *graphLayout) focusItem(it scene.Item, id string) scene.Item {
	if !gl.focus.kept(id) {
		Dim([]scene.Item{it}, gl.th)
	}
	return it
}

// strengthen draws the lines of a kept edge on a focused path wider; the
// arrow heads and every point stay where they are.
func (gl *graphLayout) strengthen(items []scene.Item) {
	scene.Walk(items, func(it *scene.Item) {
		if it.Path != nil && it.Path.Stroke.Width > 0 {
			it.Path.Stroke.Width *= gl.th.Size.FocusStrength
		}
	})
}

// keptLast moves the items of kept elements after the dimmed ones (a
// stable partition), so a faded line never crosses over a focused one.
func keptLast(items []scene.Item, kept []bool) []scene.Item {
	out := make([]scene.Item, 0, len(items))
	for pass := 0; pass < 2; pass++ {
		for i, it := range items {
			if kept[i] == (pass == 1) {
				out = append(out, it)
			}
		}
	}
	return out
}

// dimLegend dims the legend entries (grouped as "legend-<id>" by Legend)
// whose id the focus leaves out; keep nil means no focus.
func dimLegend(items []scene.Item, keep map[string]bool, th *theme.Theme) {
	if keep == nil {
		return
	}
	for _, it := range items {
		if g := it.Group; g != nil && strings.HasPrefix(g.ID, "legend-") && !keep[strings.TrimPrefix(g.ID, "legend-")] {
			Dim(g.Items, th)
		}
	}
}
