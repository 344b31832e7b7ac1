package layout

import (
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Cards lays out a card grid body: each section a titled panel holding a
// grid of cards, the panels flowing left to right in rows.
//
// The rows are chosen like a pipeline's: the available width
// (Options.Width) takes the fewest rows that fit; otherwise every way of
// cutting the sections, in order, into rows is framed and the one closest
// to the target aspect (Cards.Aspect, 16:9 by default) wins. Rows are then
// stretched to the widest: a panel's cards grow wider (and their text
// re-wraps) rather than leaving a ragged right edge. With Cards.AlignRows,
// panels that share a row also share their title height and the height of
// each row of cards, so side-by-side sections line up like table columns.
func Cards(d *spec.Diagram, o Options) (Body, error) {
	cs := d.Cards
	g := newGridLayout(cs, o)
	cuts := partitions(len(cs.Sections))
	var cut []int
	if o.Width > 0 {
		cut = g.cutForWidth(cuts, o.Width)
	} else {
		cut = closestAspect(cuts, aspectOf(cs.Aspect), func(c []int) *scene.Scene {
			body := g.build(c)
			return Frame(withBodyLegend(d, body), o, body)
		})
	}
	return g.build(cut), nil
}

// Card grid geometry in px.
const (
	panelPad   = 14.0 // inside a section panel
	panelGap   = 24.0 // between panels
	cardGapX   = 16.0
	stepGapX   = 34.0 // between the cards of a Steps section: room for an arrow
	cardGapY   = 14.0
	panelTitle = 8.0 // between a panel's title and its cards
)

type gridLayout struct {
	cs    *spec.Cards
	o     Options
	cardW float64
}

func newGridLayout(cs *spec.Cards, o Options) *gridLayout {
	var all []cardContent
	for _, s := range cs.Sections {
		for i, c := range s.Cards {
			all = append(all, gridCardContent(s, i, c, cs.Badges))
		}
	}
	w := naturalCardWidth(all, o)
	if cs.CardWidth > 0 {
		w = cs.CardWidth
	}
	return &gridLayout{cs: cs, o: o, cardW: w}
}

// gridCardContent is the i-th card of section s: numbered when the
// section is a sequence of steps.
func gridCardContent(s spec.Section, i int, c spec.Card, badges []spec.Badge) cardContent {
	cc := cardContent{id: c.ID, prefix: "card", title: c.Title, desc: c.Desc, notes: c.Notes,
		role: c.Role, badge: spec.BadgeByID(badges, c.Badge), icon: c.Icon}
	if s.Steps {
		cc.number = i + 1
	}
	return cc
}

// gapX is the gap between neighbouring cards of a section.
func gapX(s spec.Section) float64 {
	if s.Steps {
		return stepGapX
	}
	return cardGapX
}

func sectionCols(s spec.Section) int {
	if s.Columns > 0 {
		return min(s.Columns, len(s.Cards))
	}
	return len(s.Cards)
}

// naturalWidth is a section panel's width with cards of the base width.
func (g *gridLayout) naturalWidth(s spec.Section) float64 {
	c := float64(sectionCols(s))
	return c*g.cardW + (c-1)*gapX(s) + 2*panelPad
}

// partitions lists every way to cut n sections, in order, into rows, as
// the number of sections in each row; one row first.
func partitions(n int) [][]int {
	var out [][]int
	var rec func(left int, acc []int)
	rec = func(left int, acc []int) {
		if left == 0 {
			out = append(out, append([]int(nil), acc...))
			return
		}
		for k := left; k >= 1; k-- {
			rec(left-k, append(acc, k))
		}
	}
	rec(n, nil)
	return out
}

// cutForWidth returns the cut with the fewest rows whose widest row fits
// in width; among those, the lowest; the cut with most rows when none fits.
func (g *gridLayout) cutForWidth(cuts [][]int, width float64) []int {
	var best []int
	bestH := 0.0
	for _, c := range cuts {
		b := g.build(c)
		if b.Bounds.W > width {
			continue
		}
		if best == nil || len(c) < len(best) || (len(c) == len(best) && b.Bounds.H < bestH) {
			best, bestH = c, b.Bounds.H
		}
	}
	if best == nil {
		return cuts[len(cuts)-1]
	}
	return best
}

type panelPlan struct {
	s      spec.Section
	x, w   float64
	cardW  float64
	cards  []cardBox
	titleL []string
	titleH float64 // the title block, or more to line up with its row
	noteL  []string
	noteH  float64
	rowH   []float64 // height of each row of cards
	h      float64
}

// height sums the panel from its title, rows of cards and note.
func (pp *panelPlan) height() float64 {
	h := panelPad + pp.titleH + panelTitle
	for i, rh := range pp.rowH {
		if i > 0 {
			h += cardGapY
		}
		h += rh
	}
	if pp.noteH > 0 {
		h += panelTitle + pp.noteH
	}
	return h + panelPad
}

// alignPanels gives the panels of one row the same title height and the
// same height for their n-th rows of cards.
func alignPanels(panels []panelPlan) {
	titleH := 0.0
	var rowH []float64
	for _, pp := range panels {
		titleH = max(titleH, pp.titleH)
		for r, h := range pp.rowH {
			if r == len(rowH) {
				rowH = append(rowH, 0)
			}
			rowH[r] = max(rowH[r], h)
		}
	}
	for i := range panels {
		panels[i].titleH = titleH
		for r := range panels[i].rowH {
			panels[i].rowH[r] = rowH[r]
		}
		panels[i].h = panels[i].height()
	}
}

// build lays the sections out in rows of the given sizes.
func (g *gridLayout) build(cut []int) Body {
	th := g.o.Theme
	titleSt, noteSt := bold(th.Size.GroupLabel), sans(th.Size.Sublabel)
	// Natural row widths, and the widest.
	var rowsW []float64
	k := 0
	for _, n := range cut {
		w := 0.0
		for i := 0; i < n; i++ {
			w += g.naturalWidth(g.cs.Sections[k+i])
		}
		w += float64(n-1) * panelGap
		rowsW = append(rowsW, w)
		k += n
	}
	maxW := 0.0
	for _, w := range rowsW {
		maxW = max(maxW, w)
	}

	var bands, items []scene.Item
	y := 0.0
	k = 0
	for ri, n := range cut {
		// Stretch the row's panels in proportion to their natural widths.
		stretch := (maxW - float64(n-1)*panelGap) / (rowsW[ri] - float64(n-1)*panelGap)
		var panels []panelPlan
		x := 0.0
		rowH := 0.0
		for i := 0; i < n; i++ {
			s := g.cs.Sections[k+i]
			pw := g.naturalWidth(s) * stretch
			if i == n-1 {
				pw = maxW - x // absorb rounding so the row ends flush
			}
			panels = append(panels, g.plan(s, x, pw, titleSt, noteSt))
			x += pw + panelGap
		}
		if g.cs.AlignRows {
			alignPanels(panels)
		}
		for _, pp := range panels {
			rowH = max(rowH, pp.h)
		}
		for _, pp := range panels {
			b, it := g.drawPanel(pp, y, rowH, titleSt, noteSt)
			bands = append(bands, b)
			items = append(items, it)
		}
		y += rowH + panelGap
		k += n
	}
	all := append(bands, items...)
	return Body{Items: all, Bounds: scene.ItemBounds(all), Legend: badgeLegend(g.cs.Badges, g.cs.BadgeIDs())}
}

// plan measures a section at panel width pw.
func (g *gridLayout) plan(s spec.Section, x, pw float64, titleSt, noteSt textmeasure.Style) panelPlan {
	th, o := g.o.Theme, g.o
	cols := sectionCols(s)
	inner := pw - 2*panelPad
	pp := panelPlan{s: s, x: x, w: pw, cardW: (inner - float64(cols-1)*gapX(s)) / float64(cols)}
	pp.titleL = wrapText(s.Title, o.Lang, titleSt, inner)
	pp.titleH = TextBlockHeight(len(pp.titleL), titleSt, th.Size.LineHeight)
	for i, c := range s.Cards {
		cb := measureCard(gridCardContent(s, i, c, g.cs.Badges), pp.cardW, o)
		pp.cards = append(pp.cards, cb)
		if i%cols == 0 {
			pp.rowH = append(pp.rowH, 0)
		}
		r := len(pp.rowH) - 1
		pp.rowH[r] = max(pp.rowH[r], cb.h)
	}
	if note := s.Note.In(o.Lang); note != "" {
		pp.noteL = textmeasure.Wrap(note, noteSt, inner)
		pp.noteH = TextBlockHeight(len(pp.noteL), noteSt, th.Size.LineHeight)
	}
	pp.h = pp.height()
	return pp
}

// drawPanel returns the panel's background and, as one group in reading
// order, its title, cards and note.
func (g *gridLayout) drawPanel(pp panelPlan, y, h float64, titleSt, noteSt textmeasure.Style) (scene.Item, scene.Item) {
	th, o := g.o.Theme, g.o
	rc := th.Role(pp.s.Role)
	box := scene.Box{X: pp.x, Y: y, W: pp.w, H: h}
	bg := scene.Item{Rect: &scene.Rect{Box: box, Radius: th.Size.Radius + 2, Fill: rc.Tint}}
	var items []scene.Item
	cur := y + panelPad
	block, _ := TextBlock(pp.x+panelPad, cur, scene.Start, pp.titleL, titleSt, th.Size.LineHeight, rc.Ink, box)
	items = append(items, block...)
	cur += pp.titleH + panelTitle
	cols := sectionCols(pp.s)
	gap := gapX(pp.s)
	for i, cb := range pp.cards {
		r, c := i/cols, i%cols
		if c == 0 && r > 0 {
			cur += pp.rowH[r-1] + cardGapY
		}
		cx := pp.x + panelPad + float64(c)*(pp.cardW+gap)
		items = append(items, drawCard(cb, cx, cur, pp.rowH[r], o))
		if pp.s.Steps && c > 0 {
			// An arrow from the previous step's header to this one's.
			y := cur + cb.headerY()
			items = append(items, arrow([]scene.Point{{X: cx - gap + 4, Y: y}, {X: cx - 4, Y: y}}, rc.Accent, o)...)
		}
	}
	cur += pp.rowH[len(pp.rowH)-1]
	if len(pp.noteL) > 0 {
		cur += panelTitle
		block, _ := TextBlock(pp.x+panelPad, cur, scene.Start, pp.noteL, noteSt, th.Size.LineHeight, th.Muted, box)
		items = append(items, block...)
	}
	return bg, scene.Item{Group: &scene.Group{ID: "section-" + pp.s.ID, Items: items}}
}
