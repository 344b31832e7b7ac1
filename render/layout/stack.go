package layout

import (
	"math"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Stack lays out a stack body: layers as bands on rows, several columns
// side by side, arrows in the gaps between rows, side notes in lanes left
// and right of the stack, and column headings on top.
//
// Rows come from the layers' order: a layer takes the row above the
// highest layer already in its columns, so layers in different columns
// can share a row (two containers' writable layers on one image). The
// column width is the one free dimension: the available width
// (Options.Width) takes the widest that fits; otherwise the width whose
// framed picture comes closest to the target aspect (Stack.Aspect, 16:9
// by default) wins.
func Stack(d *spec.Diagram, o Options) (Body, error) {
	sl := newStackLayout(d.Stack, o)
	widths := sl.widthCandidates()
	var w float64
	if o.Width > 0 {
		w = widths[0]
		for _, c := range widths {
			if sl.build(c).Bounds.W <= o.Width {
				w = c
			}
		}
	} else {
		w = closestAspect(widths, aspectOf(d.Stack.Aspect), func(c float64) *scene.Scene {
			body := sl.build(c)
			return Frame(withBodyLegend(d, body), o, body)
		})
	}
	return sl.build(w), nil
}

// Stack geometry in px.
const (
	stackColGap     = 20.0  // between columns
	stackPadX       = 14.0  // inside a layer, left and right
	stackPadY       = 9.0   // inside a layer, top and bottom
	stackSubGap     = 3.0   // between a layer's label and sublabel
	stackTightGap   = 5.0   // between rows joined by no arrow
	stackArrowGap   = 40.0  // the least gap that carries an arrow
	stackArrowLabel = 8.0   // between an arrow and its label
	stackHeaderGap  = 10.0  // between a column heading and its top layer
	minStackColW    = 200.0 // the narrowest column
	maxStackColW    = 380.0 // the widest natural column; sublabels wrap beyond
	stackRadius     = 6.0
)

type stackLayout struct {
	st    *spec.Stack
	o     Options
	cols  [][]int // layer indexes per column, in stacking order
	level []int   // the row of each layer, 1 = the first row
	rows  int
	colW  float64 // the natural column width
}

func newStackLayout(st *spec.Stack, o Options) *stackLayout {
	sl := &stackLayout{st: st, o: o, cols: st.ColumnLayers(), level: make([]int, len(st.Layers))}
	tops := make([]int, st.ColumnCount())
	for i, l := range st.Layers {
		first, last, _ := st.Span(l)
		lv := 0
		for c := first; c <= last; c++ {
			lv = max(lv, tops[c])
		}
		sl.level[i] = lv + 1
		for c := first; c <= last; c++ {
			tops[c] = lv + 1
		}
		sl.rows = max(sl.rows, lv+1)
	}
	for i, l := range st.Layers {
		if l.AlignEnd {
			sl.level[i] = sl.rows
		}
	}
	sl.colW = sl.naturalColW()
	return sl
}

func (sl *stackLayout) labelStyle(t spec.Text) textmeasure.Style { return sl.o.titleStyle(t) }

func (sl *stackLayout) sublabelStyle(t spec.Text) textmeasure.Style {
	if t.Lit != "" {
		return mono(sl.o.Theme.Size.Sublabel + 0.5)
	}
	return sans(sl.o.Theme.Size.Sublabel + 1)
}

func (sl *stackLayout) headerStyle() textmeasure.Style { return bold(sl.o.Theme.Size.GroupLabel) }

// naturalColW is the narrowest column width that puts every label and
// heading on one line, at least minStackColW; sublabels may wrap.
func (sl *stackLayout) naturalColW() float64 {
	w := minStackColW
	lang := sl.o.Lang
	for _, l := range sl.st.Layers {
		first, last, _ := sl.st.Span(l)
		k := float64(last - first + 1)
		need := textmeasure.Width(l.Label.In(lang), sl.labelStyle(l.Label)) + 2*stackPadX + 2
		w = max(w, (need-(k-1)*stackColGap)/k)
	}
	for _, c := range sl.st.Columns {
		w = max(w, textmeasure.Width(c.Label.In(lang), sl.headerStyle())+4)
	}
	return min(w, maxStackColW)
}

// widthCandidates are the column widths the layout tries: the natural
// width, then wider in steps of 10 % up to 2.2 times it.
func (sl *stackLayout) widthCandidates() []float64 {
	var ws []float64
	for k := 0; k <= 12; k++ {
		ws = append(ws, math.Round(sl.colW*(1+0.1*float64(k))))
	}
	return ws
}

// stackPlan is the stack measured at one column width.
type stackPlan struct {
	colW    float64
	boxes   []scene.Box // per layer
	labels  [][]string  // per layer
	subs    [][]string
	rowTop  []float64 // per row, 1-based
	rowH    []float64
	gaps    []float64 // gaps[k]: between row k and row k+1
	arrows  []arrowPlan
	left    float64 // the stack's left and right edges
	right   float64
	top     float64 // the top of the highest layer
	headers []scene.Item
}

type arrowPlan struct {
	a          spec.LayerArrow
	x, y0, y1  float64 // the arrow runs from (x, y0) to (x, y1)
	labelBox   scene.Box
	labelLines []string
}

// colX is the left edge of column c.
func (p *stackPlan) colX(c int) float64 { return float64(c) * (p.colW + stackColGap) }

// build lays the stack out with columns colW wide.
func (sl *stackLayout) build(colW float64) Body {
	p := sl.plan(colW)
	var items []scene.Item
	for i := range sl.st.Layers {
		items = append(items, sl.drawLayer(p, i))
	}
	for _, ap := range p.arrows {
		items = append(items, sl.drawArrow(ap))
	}
	items = append(items, p.headers...)
	items = append(items, sl.sideNotes(p, spec.Left)...)
	items = append(items, sl.sideNotes(p, spec.Right)...)
	return Body{Items: items, Bounds: scene.ItemBounds(items)}
}

// plan measures every layer at the column width and places the rows.
func (sl *stackLayout) plan(colW float64) *stackPlan {
	st, lang, th := sl.st, sl.o.Lang, sl.o.Theme
	n := len(st.Layers)
	p := &stackPlan{colW: colW, boxes: make([]scene.Box, n), labels: make([][]string, n), subs: make([][]string, n),
		rowTop: make([]float64, sl.rows+1), rowH: make([]float64, sl.rows+1), gaps: make([]float64, sl.rows+1)}
	p.right = p.colX(st.ColumnCount()-1) + colW

	// Rows are as tall as their tallest layer, and never shorter than a
	// one-line label (and sublabel, if any layer has one): a tidy cake.
	minH := 0.0
	for i, l := range st.Layers {
		first, last, _ := st.Span(l)
		w := p.colX(last) + colW - p.colX(first)
		p.boxes[i] = scene.Box{X: p.colX(first), W: w}
		inner := w - 2*stackPadX
		lst, sst := sl.labelStyle(l.Label), sl.sublabelStyle(l.Sublabel)
		p.labels[i] = wrapText(l.Label, lang, lst, inner)
		h := 2*stackPadY + TextBlockHeight(len(p.labels[i]), lst, th.Size.LineHeight)
		one := 2*stackPadY + TextBlockHeight(1, lst, th.Size.LineHeight)
		if l.Sublabel.In(lang) != "" {
			p.subs[i] = balancedWrap(l.Sublabel, lang, sst, inner)
			h += stackSubGap + TextBlockHeight(len(p.subs[i]), sst, th.Size.LineHeight)
			one += stackSubGap + TextBlockHeight(1, sst, th.Size.LineHeight)
		}
		minH = max(minH, one)
		k := sl.level[i]
		p.rowH[k] = max(p.rowH[k], h)
	}
	for k := 1; k <= sl.rows; k++ {
		p.rowH[k] = max(p.rowH[k], minH)
		p.gaps[k] = stackTightGap
	}

	// Arrows widen the gaps they cross to fit their labels.
	p.arrows = sl.planArrows(p)
	for _, ap := range p.arrows {
		lo, hi := sl.arrowRows(ap.a)
		need := stackArrowGap
		if len(ap.labelLines) > 0 && hi == lo+1 {
			need = max(need, TextBlockHeight(len(ap.labelLines), sl.arrowLabelStyle(ap.a.Label), th.Size.LineHeight)+16)
		}
		for k := lo; k < hi; k++ {
			p.gaps[k] = max(p.gaps[k], need)
		}
	}

	// Place the rows: the last row on top when building up.
	y := 0.0
	for r := 0; r < sl.rows; r++ {
		k := sl.rows - r
		if sl.st.Direction == spec.Down {
			k = r + 1
		}
		p.rowTop[k] = y
		y += p.rowH[k]
		next := k - 1
		if sl.st.Direction == spec.Down {
			next = k + 1
		}
		if next >= 1 && next <= sl.rows {
			y += p.gaps[min(k, next)]
		}
	}
	p.top = 0
	for i := range st.Layers {
		k := sl.level[i]
		p.boxes[i].Y, p.boxes[i].H = p.rowTop[k], p.rowH[k]
	}
	for i := range p.arrows {
		sl.placeArrow(p, &p.arrows[i])
	}
	p.headers = sl.headers(p)
	return p
}

func (sl *stackLayout) arrowRows(a spec.LayerArrow) (lo, hi int) {
	f, t := sl.level[sl.st.LayerIndex(a.From)], sl.level[sl.st.LayerIndex(a.To)]
	return min(f, t), max(f, t)
}

func (sl *stackLayout) arrowLabelStyle(t spec.Text) textmeasure.Style {
	if t.Lit != "" {
		return mono(sl.o.Theme.Size.EdgeLabel)
	}
	return sans(sl.o.Theme.Size.EdgeLabel)
}

// planArrows chooses each arrow's x and wraps its label: an arrow runs
// where its two layers overlap; arrows sharing that span and rows spread
// out evenly, each label to the right of its arrow.
func (sl *stackLayout) planArrows(p *stackPlan) []arrowPlan {
	st := sl.st
	type key struct{ first, last, lo, hi int }
	groups := map[key][]int{}
	var order []key
	spans := make([][2]int, len(st.Arrows))
	for i, a := range st.Arrows {
		f1, l1, _ := st.Span(st.Layers[st.LayerIndex(a.From)])
		f2, l2, _ := st.Span(st.Layers[st.LayerIndex(a.To)])
		lo, hi := sl.arrowRows(a)
		k := key{max(f1, f2), min(l1, l2), lo, hi}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
		spans[i] = [2]int{k.first, k.last}
	}
	out := make([]arrowPlan, len(st.Arrows))
	for _, k := range order {
		idx := groups[k]
		x0 := p.colX(k.first)
		x1 := p.colX(k.last) + p.colW
		n := float64(len(idx))
		for j, i := range idx {
			a := st.Arrows[i]
			x := x0 + (x1-x0)*(2*float64(j)+1)/(2*n)
			right := x1 - 6
			if j+1 < len(idx) {
				right = x0 + (x1-x0)*(2*float64(j)+3)/(2*n) - stackArrowLabel
			}
			ap := arrowPlan{a: a, x: x}
			if a.Label.In(sl.o.Lang) != "" {
				ap.labelLines = balancedWrap(a.Label, sl.o.Lang, sl.arrowLabelStyle(a.Label), right-x-stackArrowLabel)
			}
			ap.labelBox = scene.Box{X: x + stackArrowLabel, W: right - x - stackArrowLabel}
			out[i] = ap
		}
	}
	return out
}

// placeArrow sets an arrow's ends and its label's box once rows are placed.
func (sl *stackLayout) placeArrow(p *stackPlan, ap *arrowPlan) {
	from, to := p.boxes[sl.st.LayerIndex(ap.a.From)], p.boxes[sl.st.LayerIndex(ap.a.To)]
	if from.Y < to.Y { // down the page
		ap.y0, ap.y1 = from.Y+from.H+1, to.Y-1
	} else {
		ap.y0, ap.y1 = from.Y-1, to.Y+to.H+1
	}
	ap.labelBox.Y, ap.labelBox.H = min(ap.y0, ap.y1), math.Abs(ap.y1-ap.y0)
}

// drawLayer draws one layer: a band, its label and sublabel centred.
func (sl *stackLayout) drawLayer(p *stackPlan, i int) scene.Item {
	l, th, lang := sl.st.Layers[i], sl.o.Theme, sl.o.Lang
	rc := th.Role(l.Role)
	b := p.boxes[i]
	rect := scene.Rect{Box: b, Radius: stackRadius, Fill: rc.Tint, Stroke: scene.Stroke{Color: rc.Accent, Width: th.Size.StrokeWidth * 1.2}}
	if l.Style != spec.Solid {
		rect.Fill = th.Background
		rect.Stroke = EdgeStroke(rc.Accent, l.Style, th.Size.StrokeWidth*1.4)
	}
	items := []scene.Item{{Rect: &rect}}
	lst, sst := sl.labelStyle(l.Label), sl.sublabelStyle(l.Sublabel)
	lh := TextBlockHeight(len(p.labels[i]), lst, th.Size.LineHeight)
	h := lh
	if len(p.subs[i]) > 0 {
		h += stackSubGap + TextBlockHeight(len(p.subs[i]), sst, th.Size.LineHeight)
	}
	inner := b.Inset(1)
	top := b.Y + (b.H-h)/2
	cx := b.X + b.W/2
	block, _ := TextBlock(cx, top, scene.Middle, p.labels[i], lst, th.Size.LineHeight, rc.Ink, inner)
	items = append(items, block...)
	if len(p.subs[i]) > 0 {
		block, _ = TextBlock(cx, top+lh+stackSubGap, scene.Middle, p.subs[i], sst, th.Size.LineHeight, th.Text, inner)
		items = append(items, block...)
	}
	title := l.Label.In(lang)
	if s := l.Sublabel.In(lang); s != "" {
		title += ": " + s
	}
	return scene.Item{Group: &scene.Group{ID: "layer-" + l.ID, Title: title, Items: items}}
}

// drawArrow draws an arrow between two layers and its label beside it.
func (sl *stackLayout) drawArrow(ap arrowPlan) scene.Item {
	th := sl.o.Theme
	rc := th.Role(ap.a.Role)
	tip, from := scene.Point{X: ap.x, Y: ap.y1}, scene.Point{X: ap.x, Y: ap.y0}
	shaft := towards(tip, from, th.Size.ArrowLength*0.8)
	items := []scene.Item{
		{Path: &scene.Path{Segments: scene.Polyline(from, shaft), Stroke: EdgeStroke(rc.Accent, ap.a.Style, th.Size.EdgeWidth)}},
		{Path: &scene.Path{Segments: scene.Arrowhead(tip, from, th.Size.ArrowLength, th.Size.ArrowWidth), Fill: rc.Accent}},
	}
	if len(ap.labelLines) > 0 {
		st := sl.arrowLabelStyle(ap.a.Label)
		h := TextBlockHeight(len(ap.labelLines), st, th.Size.LineHeight)
		top := ap.labelBox.Y + (ap.labelBox.H-h)/2
		block, _ := TextBlock(ap.labelBox.X, top, scene.Start, ap.labelLines, st, th.Size.LineHeight, rc.Ink, ap.labelBox)
		items = append(items, block...)
	}
	return scene.Item{Group: &scene.Group{ID: "arrow-" + ap.a.From + "-" + ap.a.To, Title: ap.a.Label.In(sl.o.Lang), Items: items}}
}

// headers draws each column's heading over its top layer. The headings
// share one height, so headings over layers on one row line up.
func (sl *stackLayout) headers(p *stackPlan) []scene.Item {
	th, lang := sl.o.Theme, sl.o.Lang
	hst, sst := sl.headerStyle(), sans(th.Size.Sublabel+1)
	type heading struct {
		label, sub []string
		labelH, h  float64
	}
	hs := make([]heading, len(sl.st.Columns))
	maxH := 0.0
	for c, col := range sl.st.Columns {
		var hd heading
		if label := col.Label.In(lang); label != "" {
			hd.label = textmeasure.Wrap(label, hst, p.colW)
			hd.labelH = TextBlockHeight(len(hd.label), hst, th.Size.LineHeight)
			hd.h = hd.labelH
		}
		if sub := col.Sublabel.In(lang); sub != "" {
			hd.sub = textmeasure.Wrap(sub, sst, p.colW)
			if hd.h > 0 {
				hd.h += stackSubGap
			}
			hd.h += TextBlockHeight(len(hd.sub), sst, th.Size.LineHeight)
		}
		hs[c] = hd
		maxH = max(maxH, hd.h)
	}
	var out []scene.Item
	for c, col := range sl.st.Columns {
		hd := hs[c]
		if hd.h == 0 {
			continue
		}
		top := math.Inf(1)
		for _, i := range sl.cols[c] {
			top = min(top, p.boxes[i].Y)
		}
		if math.IsInf(top, 1) {
			top = p.top
		}
		x, y := p.colX(c), top-stackHeaderGap-maxH
		within := scene.Box{X: x, Y: y, W: p.colW, H: maxH}
		block, _ := TextBlock(x+p.colW/2, y, scene.Middle, hd.label, hst, th.Size.LineHeight, th.Title, within)
		items := block
		if len(hd.sub) > 0 {
			subTop := y
			if hd.labelH > 0 {
				subTop += hd.labelH + stackSubGap
			}
			block, _ = TextBlock(x+p.colW/2, subTop, scene.Middle, hd.sub, sst, th.Size.LineHeight, th.Muted, within)
			items = append(items, block...)
		}
		out = append(out, scene.Item{Group: &scene.Group{ID: "column-" + col.ID, Items: items}})
	}
	return out
}
