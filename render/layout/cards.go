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
// re-wraps) rather than leaving a ragged right edge.
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
		for _, c := range s.Cards {
			all = append(all, gridCardContent(c, cs.Badges))
		}
	}
	return &gridLayout{cs: cs, o: o, cardW: naturalCardWidth(all, o)}
}

func gridCardContent(c spec.Card, badges []spec.Badge) cardContent {
	return cardContent{id: c.ID, prefix: "card", title: c.Title, desc: c.Desc, notes: c.Notes,
		role: c.Role, badge: spec.BadgeByID(badges, c.Badge)}
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
	return c*g.cardW + (c-1)*cardGapX + 2*panelPad
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
	noteL  []string
	rowH   []float64 // height of each row of cards
	h      float64
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
			pp := g.plan(s, x, pw, titleSt, noteSt)
			panels = append(panels, pp)
			rowH = max(rowH, pp.h)
			x += pw + panelGap
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
	pp := panelPlan{s: s, x: x, w: pw, cardW: (inner - float64(cols-1)*cardGapX) / float64(cols)}
	pp.titleL = wrapText(s.Title, o.Lang, titleSt, inner)
	h := panelPad + TextBlockHeight(len(pp.titleL), titleSt, th.Size.LineHeight) + panelTitle
	for i, c := range s.Cards {
		cb := measureCard(gridCardContent(c, g.cs.Badges), pp.cardW, o)
		pp.cards = append(pp.cards, cb)
		if i%cols == 0 {
			pp.rowH = append(pp.rowH, 0)
		}
		r := len(pp.rowH) - 1
		pp.rowH[r] = max(pp.rowH[r], cb.h)
	}
	for i, rh := range pp.rowH {
		if i > 0 {
			h += cardGapY
		}
		h += rh
	}
	if note := s.Note.In(o.Lang); note != "" {
		pp.noteL = textmeasure.Wrap(note, noteSt, inner)
		h += panelTitle + TextBlockHeight(len(pp.noteL), noteSt, th.Size.LineHeight)
	}
	pp.h = h + panelPad
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
	block, bh := TextBlock(pp.x+panelPad, cur, scene.Start, pp.titleL, titleSt, th.Size.LineHeight, rc.Ink, box)
	items = append(items, block...)
	cur += bh + panelTitle
	cols := sectionCols(pp.s)
	for i, cb := range pp.cards {
		r, c := i/cols, i%cols
		if c == 0 && r > 0 {
			cur += pp.rowH[r-1] + cardGapY
		}
		items = append(items, drawCard(cb, pp.x+panelPad+float64(c)*(pp.cardW+cardGapX), cur, pp.rowH[r], o))
	}
	cur += pp.rowH[len(pp.rowH)-1]
	if len(pp.noteL) > 0 {
		cur += panelTitle
		block, _ := TextBlock(pp.x+panelPad, cur, scene.Start, pp.noteL, noteSt, th.Size.LineHeight, th.Muted, box)
		items = append(items, block...)
	}
	return bg, scene.Item{Group: &scene.Group{ID: "section-" + pp.s.ID, Items: items}}
}
