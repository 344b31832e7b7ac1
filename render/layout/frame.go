package layout

import (
	"strconv"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// Frame puts a body under the diagram's title and subtitle and above its
// legend and notes, with the theme's margin all round, and returns the
// finished scene.
func Frame(d *spec.Diagram, o Options, body Body) *scene.Scene {
	th, lang := o.Theme, o.Lang
	sz := th.Size
	titleSt, subSt, noteSt := bold(sz.Title), sans(sz.Subtitle), sans(sz.Caption)

	// The content is as wide as the body, or the title if that is wider;
	// subtitle, legend and notes wrap to it.
	title := d.Title.In(lang)
	width := max(body.Bounds.W, textmeasure.Width(title, titleSt), 480)

	var items []scene.Item
	y := sz.Margin
	x := sz.Margin
	header := scene.Box{X: x, Y: y, W: width}
	block, h := TextBlock(x, y, scene.Start, []string{title}, titleSt, sz.LineHeight, th.Title, scene.Box{})
	items = append(items, block...)
	y += h
	if sub := d.Subtitle.In(lang); sub != "" {
		y += 8
		lines := textmeasure.Wrap(sub, subSt, width)
		block, h = TextBlock(x, y, scene.Start, lines, subSt, sz.LineHeight, th.Muted, scene.Box{})
		items = append(items, block...)
		y += h
	}
	header.H = y - header.Y
	setWithin(items, header)
	y += 22

	// The body, centred in the content width.
	bx := x + (width-body.Bounds.W)/2 - body.Bounds.X
	by := y - body.Bounds.Y
	Translate(body.Items, bx, by)
	items = append(items, scene.Item{Group: &scene.Group{ID: "body", Items: body.Items}})
	y += body.Bounds.H

	if len(d.Legend) > 0 {
		y += 20
		legend, h := Legend(d.Legend, o, x, y, width)
		dimLegend(legend, body.Focus, th)
		items = append(items, scene.Item{Group: &scene.Group{ID: "legend", Items: legend}})
		y += h
	}
	if len(d.Notes) > 0 {
		y += 16
		start := len(items)
		top := y
		for i, n := range d.Notes {
			if i > 0 {
				y += 4
			}
			lines := textmeasure.Wrap(n.In(lang), noteSt, width)
			block, h := TextBlock(x, y, scene.Start, lines, noteSt, sz.LineHeight, th.Muted, scene.Box{})
			items = append(items, block...)
			y += h
		}
		setWithin(items[start:], scene.Box{X: x, Y: top, W: width, H: y - top})
	}
	y += sz.Margin

	return &scene.Scene{
		ID:         d.ID,
		Title:      title,
		Desc:       firstNonEmpty(d.Desc.In(lang), d.Subtitle.In(lang), title),
		Lang:       string(lang),
		Width:      width + 2*sz.Margin,
		Height:     y,
		Background: th.Background,
		Content:    scene.Identity,
		Items:      items,
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// setWithin sets the containing box of every text item without one.
func setWithin(items []scene.Item, b scene.Box) {
	scene.Walk(items, func(it *scene.Item) {
		if it.Text != nil && it.Text.Within == (scene.Box{}) {
			it.Text.Within = b
		}
	})
}

// Legend lays out legend entries left to right from (x, y), wrapping into
// rows no wider than width; it returns the items and the height used.
func Legend(entries []spec.LegendItem, o Options, x, y, width float64) ([]scene.Item, float64) {
	th := o.Theme
	st := sans(th.Size.Legend)
	const swatchW, gap, rowGap, itemGap = 34.0, 8.0, 10.0, 28.0
	rowH := max(20, textmeasure.Extents(st).EmTop+textmeasure.Extents(st).EmBottom)
	var items []scene.Item
	cx, cy := x, y
	for _, e := range entries {
		label := e.Label.In(o.Lang)
		maxLabel := width - swatchW - gap
		lines := textmeasure.Wrap(label, st, maxLabel)
		w := swatchW + gap + textmeasure.MaxWidth(lines, st)
		h := max(rowH, TextBlockHeight(len(lines), st, th.Size.LineHeight))
		if cx > x && cx+w > x+width {
			cx, cy = x, cy+rowH+rowGap
		}
		rc := th.Role(e.Role)
		mid := cy + rowH/2
		entry := Swatch(e, rc, th, scene.Box{X: cx, Y: mid - 9, W: swatchW, H: 18})
		within := scene.Box{X: cx + swatchW + gap, Y: cy, W: w - swatchW - gap, H: h}
		top := mid - (textmeasure.Extents(st).EmTop+textmeasure.Extents(st).EmBottom)/2
		block, _ := TextBlock(cx+swatchW+gap, top, scene.Start, lines, st, th.Size.LineHeight, th.Text, within)
		entry = append(entry, block...)
		if e.For != "" { // a group a focus can find and dim
			entry = []scene.Item{{Group: &scene.Group{ID: "legend-" + e.For, Items: entry}}}
		}
		items = append(items, entry...)
		cx += w + itemGap
		if h > rowH {
			cy += h - rowH
		}
	}
	return items, cy + rowH - y
}

// Swatch draws a legend marker inside b.
func Swatch(e spec.LegendItem, rc theme.RoleColors, th *theme.Theme, b scene.Box) []scene.Item {
	c := b.Center()
	var items []scene.Item
	switch e.Marker {
	case spec.MarkerLine:
		from, to := scene.Point{X: b.X, Y: c.Y}, scene.Point{X: b.X + b.W, Y: c.Y}
		shaft := scene.Point{X: to.X - th.Size.ArrowLength*0.8, Y: c.Y}
		items = append(items,
			scene.Item{Path: &scene.Path{Segments: scene.Polyline(from, shaft), Stroke: EdgeStroke(rc.Accent, e.Style, th.Size.EdgeWidth*1.2)}},
			scene.Item{Path: &scene.Path{Segments: scene.Arrowhead(to, from, th.Size.ArrowLength*0.9, th.Size.ArrowWidth*0.9), Fill: rc.Accent}})
	case spec.MarkerBadge:
		items = append(items, scene.Item{Rect: &scene.Rect{Box: scene.Box{X: b.X + 3, Y: c.Y - 7, W: b.W - 6, H: 14}, Radius: 7, Fill: rc.Accent}})
	case spec.MarkerDot:
		items = append(items, scene.Item{Path: &scene.Path{Segments: scene.Ellipse(scene.Box{X: c.X - 6, Y: c.Y - 6, W: 12, H: 12}), Fill: rc.Accent}})
	case spec.MarkerMissed:
		items = append(items, eventMark(spec.EventDot, true, c, 6, rc, th)...)
	case spec.MarkerTick:
		items = append(items, eventMark(spec.EventTick, false, c, 5.5, rc, th)...)
	case spec.MarkerDiamond:
		items = append(items, eventMark(spec.EventDiamond, false, c, 6, rc, th)...)
	default:
		items = append(items, scene.Item{Rect: &scene.Rect{Box: scene.Box{X: b.X + 5, Y: b.Y + 1, W: b.W - 10, H: b.H - 2}, Radius: 3,
			Fill: rc.Tint, Stroke: scene.Stroke{Color: rc.Accent, Width: 1.5, Dash: dashFor(e.Style, 1.5)}}})
	}
	if e.Number > 0 {
		items = append(items, NumberBadge(c, e.Number, rc, th)...)
	}
	return items
}

// NumberBadge draws a filled circle in the role's accent with a number in
// it, centred on c: the ①-④ markers of numbered paths.
func NumberBadge(c scene.Point, n int, rc theme.RoleColors, th *theme.Theme) []scene.Item {
	st := bold(12)
	r := 9.0
	box := scene.Box{X: c.X - r, Y: c.Y - r, W: 2 * r, H: 2 * r}
	return []scene.Item{
		{Path: &scene.Path{Segments: scene.Ellipse(box), Fill: rc.Accent, Stroke: scene.Stroke{Color: th.Background, Width: 1.5}}},
		TextItem(c.X, textmeasure.BaselineFor(c.Y, st), scene.Middle, strconv.Itoa(n), st, th.Background, box),
	}
}

// EdgeStroke is the stroke of a line in a style.
func EdgeStroke(c scene.Color, style spec.LineStyle, width float64) scene.Stroke {
	return scene.Stroke{Color: c, Width: width, Dash: dashFor(style, width)}
}

func dashFor(style spec.LineStyle, width float64) []float64 {
	switch style {
	case spec.Dashed:
		return []float64{6, 4}
	case spec.Dotted:
		return []float64{max(width, 1.5), 3}
	}
	return nil
}
