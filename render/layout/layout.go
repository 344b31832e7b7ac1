// Package layout turns a validated spec into a scene: it measures every
// text with textmeasure, places every box, and resolves colours from the
// theme. Graph bodies get positions from Graphviz; every other kind is laid
// out here.
package layout

import (
	"fmt"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// Options choose the language and the theme of one layout.
type Options struct {
	Lang  spec.Lang
	Theme *theme.Theme
	// Width is the body width available to kinds that wrap (pipelines,
	// card grids), in px; 0 lets them fit their target aspect instead.
	Width float64
}

// Body is a laid-out diagram body in its own coordinates; Frame adds the
// title, legend and notes around it.
type Body struct {
	Items  []scene.Item
	Bounds scene.Box // the area the items cover, including their padding
	// Legend holds entries the body adds to the diagram's own legend
	// (a graph's paths, the badges a pipeline's steps carry).
	Legend []spec.LegendItem
	// Focus is the set of ids the diagram's focus keeps, nil when there
	// is no focus: Frame dims the legend entries for anything else.
	Focus map[string]bool
}

// Layout lays out a diagram. The spec must have passed Validate.
func Layout(d *spec.Diagram, o Options) (*scene.Scene, error) {
	if o.Theme == nil {
		o.Theme = theme.Light
	}
	if o.Lang == "" {
		o.Lang = spec.EN
	}
	var body Body
	var err error
	switch {
	case d.Graph != nil:
		body, err = Graph(d, o)
	case d.Pipeline != nil:
		body, err = Pipeline(d, o)
	case d.Cards != nil:
		body, err = Cards(d, o)
	case d.Timeline != nil:
		body, err = Timeline(d, o)
	case d.Stack != nil:
		body, err = Stack(d, o)
	case d.Sequence != nil:
		body, err = Sequence(d, o)
	case d.Anatomy != nil:
		body, err = Anatomy(d, o)
	default:
		err = fmt.Errorf("no body to lay out")
	}
	if err != nil {
		return nil, fmt.Errorf("layout %q: %w", d.ID, err)
	}
	return Frame(withBodyLegend(d, body), o, body), nil
}

// withBodyLegend returns d, or a shallow copy of d whose legend also holds
// the entries the body contributes.
func withBodyLegend(d *spec.Diagram, body Body) *spec.Diagram {
	if len(body.Legend) == 0 {
		return d
	}
	dd := *d
	dd.Legend = append(append([]spec.LegendItem(nil), d.Legend...), body.Legend...)
	return &dd
}
