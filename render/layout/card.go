package layout

import (
	"math"
	"strconv"
	"strings"

	"github.com/kubefig/kubefig/render/icons"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// A card is the box pipeline steps and card grids share: an optional
// number, an optional icon, a title (monospace when literal), an optional
// badge pill, a wrapped description and a stack of note chips. measureCard wraps its
// text at a width; drawCard places it.

// Card geometry in px.
const (
	cardPad     = 12.0 // inside the card outline
	numberD     = 18.0 // the number circle's diameter (NumberBadge)
	numberGap   = 8.0  // between the number and the title
	cardIconD   = 24.0 // the side of a card's icon
	pillH       = 18.0
	pillPadX    = 7.0
	pillGap     = 5.0 // between the title and a pill under it
	chipPadX    = 6.0
	chipPadY    = 3.0
	chipGap     = 4.0
	headerGap   = 6.0 // between the header and the description
	notesGap    = 8.0 // between the description and the notes
	minCardW    = 200.0
	maxCardW    = 280.0
	cardWExtra  = 4.0 // slack added to the widest title line
	arrowMargin = 22.0
)

// cardContent is what a card shows.
type cardContent struct {
	id     string // the element id, for the group id
	prefix string // group id prefix: "step", "card"
	number int    // 0 draws no number
	icon   string // "" draws no icon
	title  spec.Text
	desc   spec.Text
	notes  []spec.Note
	role   string
	badge  *spec.Badge
}

// cardBox is a card measured at a width.
type cardBox struct {
	c          cardContent
	w, h       float64
	titleSt    textmeasure.Style
	titleLines []string
	titleH     float64 // the header: title block or number circle, whichever is taller
	pill       string
	pillW      float64
	pillBelow  bool // the pill is under the title, not beside it
	descSt     textmeasure.Style
	descLines  []string
	notes      []chipBox
}

// chipBox is a note chip, placed relative to the top-left of the notes
// area.
type chipBox struct {
	lines []string
	st    textmeasure.Style
	role  string
	x, y  float64
	w, h  float64
}

// flowChips measures note chips and flows them like words: left to right,
// a new line when the next does not fit in width. Short artifacts (file
// names) share a line; a long remark takes its own.
func flowChips(notes []spec.Note, width float64, o Options) []chipBox {
	th := o.Theme
	var out []chipBox
	x, y, lineH := 0.0, 0.0, 0.0
	for _, n := range notes {
		st := o.noteStyle(n.Text)
		lines := wrapText(n.Text, o.Lang, st, width-2*chipPadX)
		ch := chipBox{lines: lines, st: st, role: n.Role,
			w: textmeasure.MaxWidth(lines, st) + 2*chipPadX,
			h: TextBlockHeight(len(lines), st, th.Size.LineHeight) + 2*chipPadY}
		if x > 0 && x+ch.w > width {
			x, y, lineH = 0, y+lineH+chipGap, 0
		}
		ch.x, ch.y = x, y
		x += ch.w + chipGap
		lineH = max(lineH, ch.h)
		out = append(out, ch)
	}
	return out
}

// wrapText wraps a visible text: literal texts as code, the rest as prose.
func wrapText(t spec.Text, lang spec.Lang, st textmeasure.Style, width float64) []string {
	if t.Lit != "" {
		return wrapCode(t.Lit, st, width)
	}
	return textmeasure.Wrap(t.In(lang), st, width)
}

// codePieces splits code at its break opportunities: after spaces and
// after slashes; each piece keeps its trailing separator. A one-letter
// flag stays with its argument ("-f ns.json", "-n NS").
func codePieces(s string) []string {
	var pieces []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && isShortFlag(s[start:i]) {
			continue
		}
		if s[i] == ' ' || (s[i] == '/' && i+1 < len(s) && s[i+1] != ' ') {
			pieces = append(pieces, s[start:i+1])
			start = i + 1
		}
	}
	return append(pieces, s[start:])
}

// isShortFlag reports whether a word is a one-letter option such as -f.
func isShortFlag(w string) bool {
	return len(w) == 2 && w[0] == '-' && (w[1] >= 'a' && w[1] <= 'z' || w[1] >= 'A' && w[1] <= 'Z')
}

// wrapCode wraps a path or name at spaces and after slashes only, so
// "kube-controller-manager.yaml" never splits at a hyphen; a piece too
// wide on its own falls back to the general wrapper.
func wrapCode(s string, st textmeasure.Style, width float64) []string {
	pieces := codePieces(s)
	var lines []string
	line := ""
	flush := func() {
		if l := strings.TrimRight(line, " "); l != "" {
			lines = append(lines, l)
		}
		line = ""
	}
	for _, p := range pieces {
		if line != "" && textmeasure.Width(strings.TrimRight(line+p, " "), st) > width {
			flush()
		}
		if textmeasure.Width(strings.TrimRight(p, " "), st) > width {
			flush()
			parts := textmeasure.Wrap(strings.TrimRight(p, " "), st, width)
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1] + " "
			continue
		}
		line += p
	}
	flush()
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

func (o Options) titleStyle(t spec.Text) textmeasure.Style {
	st := bold(o.Theme.Size.NodeLabel)
	if t.Lit != "" {
		st.Family = textmeasure.Mono
	}
	return st
}

func (o Options) descStyle() textmeasure.Style { return sans(o.Theme.Size.Sublabel + 1) }

func (o Options) noteStyle(t spec.Text) textmeasure.Style {
	if t.Lit != "" {
		return mono(o.Theme.Size.Sublabel - 0.5)
	}
	return sans(o.Theme.Size.Sublabel)
}

func pillStyle() textmeasure.Style { return bold(11.5) }

// titleX is where the title starts, from the card's left edge: after the
// number and the icon.
func (c cardContent) titleX() float64 {
	x := cardPad
	if c.number > 0 {
		x += numberD + numberGap
	}
	if c.icon != "" {
		x += cardIconD + numberGap
	}
	return x
}

// leadH is the height of what leads the title (number, icon, a pill
// beside it), which the first title line is centred on; 0 for none.
func (c cardContent) leadH(pillBeside bool) float64 {
	h := 0.0
	if c.number > 0 || pillBeside {
		h = numberD
	}
	if c.icon != "" {
		h = max(h, cardIconD)
	}
	return h
}

// naturalCardWidth is the width that puts every card's title on one line
// beside its number and badge, within [minCardW, maxCardW].
func naturalCardWidth(cards []cardContent, o Options) float64 {
	w := minCardW
	for _, c := range cards {
		need := c.titleX() + textmeasure.Width(c.title.In(o.Lang), o.titleStyle(c.title)) + cardPad + cardWExtra
		if c.badge != nil {
			need += pillWidth(c.badge.Label.In(o.Lang)) + numberGap
		}
		// A file name in a chip should not have to break.
		for _, n := range c.notes {
			if n.Text.Lit == "" {
				continue
			}
			for _, piece := range codePieces(n.Text.Lit) {
				need = max(need, 2*cardPad+2*chipPadX+textmeasure.Width(strings.TrimRight(piece, " "), o.noteStyle(n.Text))+cardWExtra)
			}
		}
		w = max(w, need)
	}
	return min(w, maxCardW)
}

func pillWidth(label string) float64 { return textmeasure.Width(label, pillStyle()) + 2*pillPadX }

// measureCard wraps a card's text at width w and returns its height.
func measureCard(c cardContent, w float64, o Options) cardBox {
	th := o.Theme
	b := cardBox{c: c, w: w, titleSt: o.titleStyle(c.title), descSt: o.descStyle()}
	titleW := w - c.titleX() - cardPad
	b.titleLines = wrapText(c.title, o.Lang, b.titleSt, titleW)
	if c.badge != nil {
		// The pill sits right of the title when that costs the title no
		// extra line, and under it otherwise.
		b.pill = c.badge.Label.In(o.Lang)
		b.pillW = pillWidth(b.pill)
		beside := wrapText(c.title, o.Lang, b.titleSt, titleW-b.pillW-numberGap)
		if len(beside) <= len(b.titleLines) {
			b.titleLines = beside
		} else {
			b.pillBelow = true
		}
	}
	// The first line is centred on the lead, so a lead taller than a line
	// pushes the whole title block down by half the difference.
	lead := c.leadH(c.badge != nil && !b.pillBelow)
	push := max(0, lead-TextBlockHeight(1, b.titleSt, 1)) / 2
	b.titleH = max(lead, push+TextBlockHeight(len(b.titleLines), b.titleSt, th.Size.LineHeight))
	if b.pillBelow {
		b.titleH += pillGap + pillH
	}
	inner := w - 2*cardPad
	h := cardPad + b.titleH
	if d := c.desc.In(o.Lang); d != "" {
		b.descLines = wrapText(c.desc, o.Lang, b.descSt, inner)
		h += headerGap + TextBlockHeight(len(b.descLines), b.descSt, th.Size.LineHeight)
	}
	if len(c.notes) > 0 {
		b.notes = flowChips(c.notes, inner, o)
		last := b.notes[len(b.notes)-1]
		h += notesGap + last.y + last.h
	}
	b.h = h + cardPad
	return b
}

// headerY is the y of the centre of the card's first title line, from
// the card's top: where arrows meet the card.
func (b cardBox) headerY() float64 {
	first := max(b.c.leadH(b.c.badge != nil && !b.pillBelow), TextBlockHeight(1, b.titleSt, 1))
	return cardPad + first/2
}

// drawCard draws the card with its top-left corner at (x, y), stretched to
// height h, as a group whose title reads the card's text in order.
func drawCard(b cardBox, x, y, h float64, o Options) scene.Item {
	th := o.Theme
	rc := th.Role(b.c.role)
	box := scene.Box{X: x, Y: y, W: b.w, H: h}
	stroke := th.Border
	if b.c.role != "" {
		stroke = rc.Accent
	}
	items := []scene.Item{{Rect: &scene.Rect{Box: box, Radius: th.Size.Radius, Fill: th.Surface,
		Stroke: scene.Stroke{Color: stroke, Width: th.Size.StrokeWidth * 1.2}}}}
	inner := scene.Box{X: x + 1, Y: y + 1, W: b.w - 2, H: h - 2}

	// Header: number, title lines, pill. The first title line is centred
	// on the number circle.
	cy := y + b.headerY()
	if b.c.number > 0 {
		items = append(items, NumberBadge(scene.Point{X: x + cardPad + numberD/2, Y: cy}, b.c.number, rc, th)...)
	}
	if b.c.icon != "" {
		shapes, _ := icons.Get(b.c.icon, rc.Accent, rc.Tint)
		ib := scene.Box{X: x + b.c.titleX() - numberGap - cardIconD, Y: cy - cardIconD/2, W: cardIconD, H: cardIconD}
		items = append(items, scene.Item{Icon: &scene.Icon{Name: b.c.icon, Box: ib, Shapes: shapes}})
	}
	m := textmeasure.Extents(b.titleSt)
	top := cy - (m.EmTop+m.EmBottom)/2
	block, _ := TextBlock(x+b.c.titleX(), top, scene.Start, b.titleLines, b.titleSt, th.Size.LineHeight, th.Title, inner)
	items = append(items, block...)
	if b.pill != "" {
		bc := th.Role(b.c.badge.Role)
		pb := scene.Box{X: x + b.w - cardPad - b.pillW, Y: cy - pillH/2, W: b.pillW, H: pillH}
		if b.pillBelow {
			pb.X, pb.Y = x+b.c.titleX(), y+cardPad+b.titleH-pillH
		}
		items = append(items,
			scene.Item{Rect: &scene.Rect{Box: pb, Radius: pillH / 2, Fill: bc.Tint, Stroke: scene.Stroke{Color: bc.Accent, Width: 1.2}}},
			TextItem(pb.X+pb.W/2, textmeasure.BaselineFor(pb.Y+pillH/2, pillStyle()), scene.Middle, b.pill, pillStyle(), bc.Ink, pb))
	}
	cur := y + cardPad + b.titleH

	if len(b.descLines) > 0 {
		cur += headerGap
		block, bh := TextBlock(x+cardPad, cur, scene.Start, b.descLines, b.descSt, th.Size.LineHeight, th.Text, inner)
		items = append(items, block...)
		cur += bh
	}
	if len(b.notes) > 0 {
		cur += notesGap
		for _, ch := range b.notes {
			nc := th.Role(ch.role)
			cb := scene.Box{X: x + cardPad + ch.x, Y: cur + ch.y, W: ch.w, H: ch.h}
			chip := scene.Rect{Box: cb, Radius: 4, Fill: nc.Tint}
			if ch.role != "" {
				chip.Stroke = scene.Stroke{Color: nc.Accent, Width: 1}
			}
			items = append(items, scene.Item{Rect: &chip})
			block, _ := TextBlock(cb.X+chipPadX, cb.Y+chipPadY, scene.Start, ch.lines, ch.st, th.Size.LineHeight, nc.Ink, cb)
			items = append(items, block...)
		}
	}
	return scene.Item{Group: &scene.Group{ID: b.c.prefix + "-" + b.c.id, Title: b.c.accessibleTitle(o), Items: items}}
}

// accessibleTitle is the card read aloud: "3. certs: Generate ...".
func (c cardContent) accessibleTitle(o Options) string {
	s := c.title.In(o.Lang)
	if c.number > 0 {
		s = strconv.Itoa(c.number) + ". " + s
	}
	if c.badge != nil {
		s += " (" + c.badge.Label.In(o.Lang) + ")"
	}
	if d := c.desc.In(o.Lang); d != "" {
		s += ": " + d
	}
	return s
}

// badgeLegend turns the badges in use into legend entries.
func badgeLegend(badges []spec.Badge, used []string) []spec.LegendItem {
	var out []spec.LegendItem
	for _, b := range spec.UsedBadges(badges, used) {
		out = append(out, spec.LegendItem{Role: b.Role, Marker: spec.MarkerBadge, Label: b.LegendText()})
	}
	return out
}

// arrow draws a connector along pts with an arrow head at the last point.
func arrow(pts []scene.Point, c scene.Color, o Options) []scene.Item {
	th := o.Theme
	n := len(pts)
	tip, from := pts[n-1], pts[n-2]
	// Stop the shaft inside the head so the line's end does not poke out.
	shaft := append([]scene.Point(nil), pts...)
	shaft[n-1] = towards(tip, from, th.Size.ArrowLength*0.8)
	return []scene.Item{
		{Path: &scene.Path{Segments: scene.Polyline(shaft...), Stroke: scene.Stroke{Color: c, Width: th.Size.EdgeWidth}}},
		{Path: &scene.Path{Segments: scene.Arrowhead(tip, from, th.Size.ArrowLength, th.Size.ArrowWidth), Fill: c}},
	}
}

// towards returns the point d px from p in the direction of q.
func towards(p, q scene.Point, d float64) scene.Point {
	dx, dy := q.X-p.X, q.Y-p.Y
	l := max(1e-9, dx*dx+dy*dy)
	k := d / math.Sqrt(l)
	return scene.Point{X: p.X + dx*k, Y: p.Y + dy*k}
}
