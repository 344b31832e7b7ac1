// Package scene is the neutral hand-off between layout and painters: a
// canvas size and a flat, ordered list of absolutely positioned primitives
// in CSS pixels. It knows nothing of SVG or PNG, and imports only the
// standard library and the font vocabulary of textmeasure.
package scene

import (
	"fmt"
	"regexp"

	"github.com/kubefig/kubefig/render/textmeasure"
)

// Scene is one laid-out picture.
type Scene struct {
	ID     string  `json:"id"` // the diagram id, used to prefix SVG ids
	Title  string  `json:"title"`
	Desc   string  `json:"desc"`
	Lang   string  `json:"lang"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Background fills the whole canvas.
	Background Color `json:"background"`
	// Content is placed on the canvas with this transform, so a diagram can
	// be centred and scaled into a fixed frame (the 16:9 slide canvas)
	// without laying it out again.
	Content Transform `json:"content"`
	Items   []Item    `json:"items"`
}

// Transform scales content about the origin, then moves it.
type Transform struct {
	Scale float64 `json:"scale"`
	DX    float64 `json:"dx"`
	DY    float64 `json:"dy"`
}

// Identity is the transform that leaves content where it is.
var Identity = Transform{Scale: 1}

// Apply maps a content point to canvas coordinates.
func (t Transform) Apply(p Point) Point {
	return Point{p.X*t.Scale + t.DX, p.Y*t.Scale + t.DY}
}

// Item is one primitive; exactly one field is set. A tagged struct keeps the
// scene plain data that marshals to readable JSON for golden tests.
type Item struct {
	Rect  *Rect  `json:"rect,omitempty"`
	Path  *Path  `json:"path,omitempty"`
	Text  *Text  `json:"text,omitempty"`
	Icon  *Icon  `json:"icon,omitempty"`
	Group *Group `json:"group,omitempty"`
}

// Point is a position in px.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Box is an axis-aligned rectangle in px.
type Box struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Contains reports whether b contains o, with tolerance eps.
func (b Box) Contains(o Box, eps float64) bool {
	return o.X >= b.X-eps && o.Y >= b.Y-eps && o.X+o.W <= b.X+b.W+eps && o.Y+o.H <= b.Y+b.H+eps
}

// Intersects reports whether the two boxes overlap by more than eps.
func (b Box) Intersects(o Box, eps float64) bool {
	return b.X+eps < o.X+o.W && o.X+eps < b.X+b.W && b.Y+eps < o.Y+o.H && o.Y+eps < b.Y+b.H
}

// Union returns the smallest box holding both (a zero box counts as empty).
func (b Box) Union(o Box) Box {
	if b.W == 0 && b.H == 0 {
		return o
	}
	if o.W == 0 && o.H == 0 {
		return b
	}
	x0, y0 := min(b.X, o.X), min(b.Y, o.Y)
	x1, y1 := max(b.X+b.W, o.X+o.W), max(b.Y+b.H, o.Y+o.H)
	return Box{x0, y0, x1 - x0, y1 - y0}
}

// Inset shrinks the box by d on every side (grows it when d < 0).
func (b Box) Inset(d float64) Box { return Box{b.X + d, b.Y + d, b.W - 2*d, b.H - 2*d} }

// Center is the centre point of the box.
func (b Box) Center() Point { return Point{b.X + b.W/2, b.Y + b.H/2} }

// Stroke is how an outline is drawn. A zero Width draws none.
type Stroke struct {
	Color Color     `json:"color"`
	Width float64   `json:"width,omitempty"`
	Dash  []float64 `json:"dash,omitempty"` // on/off lengths in px
}

// Rect is a rectangle with optional rounded corners.
type Rect struct {
	Box
	Radius float64 `json:"radius,omitempty"`
	Fill   Color   `json:"fill"`
	Stroke Stroke  `json:"stroke"`
}

// Op is a path operation.
type Op uint8

const (
	MoveTo  Op = 'M'
	LineTo  Op = 'L'
	QuadTo  Op = 'Q' // one control point, then the end point
	CubicTo Op = 'C' // two control points, then the end point
	Close   Op = 'Z'
)

// MarshalJSON writes an op as its letter.
func (o Op) MarshalJSON() ([]byte, error) { return []byte(`"` + string(rune(o)) + `"`), nil }

// Segment is one path operation with its points (0 for Close, 1 for MoveTo
// and LineTo, 2 for QuadTo, 3 for CubicTo).
type Segment struct {
	Op  Op      `json:"op"`
	Pts []Point `json:"pts,omitempty"`
}

// Path is an open or closed outline; arrow heads are separate filled paths,
// so painters draw no markers and decide nothing.
type Path struct {
	Segments []Segment `json:"segments"`
	Fill     Color     `json:"fill"` // transparent for lines
	Stroke   Stroke    `json:"stroke"`
}

// Anchor aligns text horizontally on its x.
type Anchor uint8

const (
	Start Anchor = iota
	Middle
	End
)

func (a Anchor) String() string { return [...]string{"start", "middle", "end"}[a] }

// MarshalJSON writes the anchor by name.
func (a Anchor) MarshalJSON() ([]byte, error) { return []byte(`"` + a.String() + `"`), nil }

// Text is one line of text in one style, placed by its baseline.
type Text struct {
	X      float64           `json:"x"`
	Y      float64           `json:"y"` // baseline
	Anchor Anchor            `json:"anchor"`
	Text   string            `json:"text"`
	Style  textmeasure.Style `json:"style"`
	Color  Color             `json:"color"`
	// Width is the measured advance width, for checks; painters place text
	// by X and Anchor and need not read it.
	Width float64 `json:"width"`
	// Within is the box the text must stay inside (its node, card or
	// legend), for the tests that prove no label overflows.
	Within Box `json:"within"`
}

// Bounds is the box the text's line occupies: advance width by ascent and
// descent around the baseline.
func (t *Text) Bounds() Box {
	x := t.X
	switch t.Anchor {
	case Middle:
		x -= t.Width / 2
	case End:
		x -= t.Width
	}
	m := textmeasure.Extents(t.Style)
	return Box{x, t.Y - m.EmTop, t.Width, m.EmTop + m.EmBottom}
}

// Icon is a small picture drawn from path shapes in a 24×24 design box,
// placed at Box. Name identifies the picture, so the SVG painter can define
// it once and reuse it.
type Icon struct {
	Name   string      `json:"name"`
	Box    Box         `json:"box"`
	Shapes []IconShape `json:"shapes"`
}

// IconShape is one filled and/or stroked outline of an icon, in design units.
type IconShape struct {
	Segments []Segment `json:"segments"`
	Fill     Color     `json:"fill"`
	Stroke   Stroke    `json:"stroke"`
}

// Group wraps items for structure and accessibility: an id, an optional
// title read by screen readers, and an opacity applied to the whole group
// (used to dim everything outside a focus).
type Group struct {
	ID      string  `json:"id,omitempty"`
	Title   string  `json:"title,omitempty"`
	Opacity float64 `json:"opacity,omitempty"` // 0 means 1
	Items   []Item  `json:"items"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// ValidID reports whether s may be used as an element id: painters write ids
// into markup unescaped, so only this alphabet reaches them.
func ValidID(s string) bool { return idPattern.MatchString(s) }

// Check verifies the invariants painters rely on: ids from the safe
// alphabet, one field per item, the right number of points per segment.
func (s *Scene) Check() error {
	if s.ID != "" && !ValidID(s.ID) {
		return fmt.Errorf("scene id %q is not of [a-z0-9-]", s.ID)
	}
	if s.Width <= 0 || s.Height <= 0 {
		return fmt.Errorf("scene %s: size %gx%g must be positive", s.ID, s.Width, s.Height)
	}
	return checkItems(s.ID, s.Items)
}

func checkItems(scene string, items []Item) error {
	for i, it := range items {
		n := 0
		for _, set := range []bool{it.Rect != nil, it.Path != nil, it.Text != nil, it.Icon != nil, it.Group != nil} {
			if set {
				n++
			}
		}
		if n != 1 {
			return fmt.Errorf("scene %s: item %d has %d primitives, want exactly 1", scene, i, n)
		}
		switch {
		case it.Path != nil:
			if err := checkSegments(it.Path.Segments); err != nil {
				return fmt.Errorf("scene %s: item %d: %w", scene, i, err)
			}
		case it.Icon != nil:
			if !ValidID(it.Icon.Name) {
				return fmt.Errorf("scene %s: icon name %q is not of [a-z0-9-]", scene, it.Icon.Name)
			}
			for _, sh := range it.Icon.Shapes {
				if err := checkSegments(sh.Segments); err != nil {
					return fmt.Errorf("scene %s: icon %s: %w", scene, it.Icon.Name, err)
				}
			}
		case it.Group != nil:
			if it.Group.ID != "" && !ValidID(it.Group.ID) {
				return fmt.Errorf("scene %s: group id %q is not of [a-z0-9-]", scene, it.Group.ID)
			}
			if err := checkItems(scene, it.Group.Items); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkSegments(segs []Segment) error {
	want := map[Op]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubicTo: 3, Close: 0}
	for j, sg := range segs {
		n, ok := want[sg.Op]
		if !ok {
			return fmt.Errorf("segment %d: unknown op %q", j, rune(sg.Op))
		}
		if len(sg.Pts) != n {
			return fmt.Errorf("segment %d: op %c has %d points, want %d", j, rune(sg.Op), len(sg.Pts), n)
		}
		if j == 0 && sg.Op != MoveTo {
			return fmt.Errorf("segment 0: path must start with M, not %c", rune(sg.Op))
		}
	}
	return nil
}

// Walk calls fn for every item in drawing order, descending into groups.
func Walk(items []Item, fn func(*Item)) {
	for i := range items {
		fn(&items[i])
		if g := items[i].Group; g != nil {
			Walk(g.Items, fn)
		}
	}
}
