package scene

import "math"

// Polyline returns the segments of an open line through pts.
func Polyline(pts ...Point) []Segment {
	segs := make([]Segment, 0, len(pts))
	for i, p := range pts {
		op := LineTo
		if i == 0 {
			op = MoveTo
		}
		segs = append(segs, Segment{Op: op, Pts: []Point{p}})
	}
	return segs
}

// Polygon returns the segments of a closed outline through pts.
func Polygon(pts ...Point) []Segment {
	return append(Polyline(pts...), Segment{Op: Close})
}

// Arrowhead returns a filled triangle whose tip is at tip, pointing away
// from from, length long and width wide at its base.
func Arrowhead(tip, from Point, length, width float64) []Segment {
	dx, dy := tip.X-from.X, tip.Y-from.Y
	d := math.Hypot(dx, dy)
	if d == 0 {
		dx, dy, d = 1, 0, 1
	}
	ux, uy := dx/d, dy/d
	base := Point{tip.X - ux*length, tip.Y - uy*length}
	nx, ny := -uy*width/2, ux*width/2
	return Polygon(tip, Point{base.X + nx, base.Y + ny}, Point{base.X - nx, base.Y - ny})
}

// kappa places cubic control points that approximate a quarter circle.
const kappa = 0.5522847498

// Ellipse returns the outline of the ellipse inscribed in b, as four cubics.
func Ellipse(b Box) []Segment {
	cx, cy, rx, ry := b.X+b.W/2, b.Y+b.H/2, b.W/2, b.H/2
	kx, ky := rx*kappa, ry*kappa
	return []Segment{
		{MoveTo, []Point{{cx + rx, cy}}},
		{CubicTo, []Point{{cx + rx, cy + ky}, {cx + kx, cy + ry}, {cx, cy + ry}}},
		{CubicTo, []Point{{cx - kx, cy + ry}, {cx - rx, cy + ky}, {cx - rx, cy}}},
		{CubicTo, []Point{{cx - rx, cy - ky}, {cx - kx, cy - ry}, {cx, cy - ry}}},
		{CubicTo, []Point{{cx + kx, cy - ry}, {cx + rx, cy - ky}, {cx + rx, cy}}},
		{Op: Close},
	}
}

// RoundedBox returns the outline of b with corner radius r, as a path, for
// shapes that a Rect cannot express (icons).
func RoundedBox(b Box, r float64) []Segment {
	r = min(r, b.W/2, b.H/2)
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	k := r * (1 - kappa)
	return []Segment{
		{MoveTo, []Point{{x0 + r, y0}}},
		{LineTo, []Point{{x1 - r, y0}}},
		{CubicTo, []Point{{x1 - k, y0}, {x1, y0 + k}, {x1, y0 + r}}},
		{LineTo, []Point{{x1, y1 - r}}},
		{CubicTo, []Point{{x1, y1 - k}, {x1 - k, y1}, {x1 - r, y1}}},
		{LineTo, []Point{{x0 + r, y1}}},
		{CubicTo, []Point{{x0 + k, y1}, {x0, y1 - k}, {x0, y1 - r}}},
		{LineTo, []Point{{x0, y0 + r}}},
		{CubicTo, []Point{{x0, y0 + k}, {x0 + k, y0}, {x0 + r, y0}}},
		{Op: Close},
	}
}

// Bounds returns the box around every point of the segments (control
// points included, so it may be a little larger than the curve).
func Bounds(segs []Segment) Box {
	first := true
	var x0, y0, x1, y1 float64
	for _, s := range segs {
		for _, p := range s.Pts {
			if first {
				x0, y0, x1, y1, first = p.X, p.Y, p.X, p.Y, false
				continue
			}
			x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
		}
	}
	return Box{x0, y0, x1 - x0, y1 - y0}
}

// ItemBounds returns the box the items cover, descending into groups.
func ItemBounds(items []Item) Box {
	var b Box
	Walk(items, func(it *Item) {
		switch {
		case it.Rect != nil:
			b = b.Union(it.Rect.Box.Inset(-it.Rect.Stroke.Width / 2))
		case it.Path != nil:
			b = b.Union(Bounds(it.Path.Segments).Inset(-it.Path.Stroke.Width / 2))
		case it.Text != nil:
			b = b.Union(it.Text.Bounds())
		case it.Icon != nil:
			b = b.Union(it.Icon.Box)
		}
	})
	return b
}

// Flatten samples a path's curves into a polyline (16 points a cubic, 12 a
// quadratic), for hit tests such as "does this edge cross that label".
func Flatten(segs []Segment) []Point {
	var out []Point
	var cur, start Point
	for _, s := range segs {
		switch s.Op {
		case MoveTo:
			cur, start = s.Pts[0], s.Pts[0]
			out = append(out, cur)
		case LineTo:
			cur = s.Pts[0]
			out = append(out, cur)
		case QuadTo:
			p0, p1, p2 := cur, s.Pts[0], s.Pts[1]
			for k := 1; k <= 12; k++ {
				t := float64(k) / 12
				u := 1 - t
				out = append(out, Point{u*u*p0.X + 2*u*t*p1.X + t*t*p2.X, u*u*p0.Y + 2*u*t*p1.Y + t*t*p2.Y})
			}
			cur = p2
		case CubicTo:
			p0, p1, p2, p3 := cur, s.Pts[0], s.Pts[1], s.Pts[2]
			for k := 1; k <= 16; k++ {
				t := float64(k) / 16
				u := 1 - t
				out = append(out, Point{
					u*u*u*p0.X + 3*u*u*t*p1.X + 3*u*t*t*p2.X + t*t*t*p3.X,
					u*u*u*p0.Y + 3*u*u*t*p1.Y + 3*u*t*t*p2.Y + t*t*t*p3.Y,
				})
			}
			cur = p3
		case Close:
			cur = start
			out = append(out, cur)
		}
	}
	return out
}

// Spline returns the segments of a cubic spline given as its start point
// and then three points per curve (Graphviz's form).
func Spline(pts []Point) []Segment {
	if len(pts) == 0 {
		return nil
	}
	segs := []Segment{{Op: MoveTo, Pts: []Point{pts[0]}}}
	for i := 1; i+2 < len(pts); i += 3 {
		segs = append(segs, Segment{Op: CubicTo, Pts: []Point{pts[i], pts[i+1], pts[i+2]}})
	}
	return segs
}
