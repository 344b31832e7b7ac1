package icons

import (
	"math"

	"github.com/kubefig/kubefig/render/scene"
)

// pb builds a path from a start point, SVG style.
type pb struct {
	segs []scene.Segment
	cur  scene.Point
}

// at starts a path at (x, y).
func at(x, y float64) *pb {
	p := scene.Point{X: x, Y: y}
	return &pb{segs: []scene.Segment{{Op: scene.MoveTo, Pts: []scene.Point{p}}}, cur: p}
}

// L draws a line to (x, y).
func (b *pb) L(x, y float64) *pb {
	b.cur = scene.Point{X: x, Y: y}
	b.segs = append(b.segs, scene.Segment{Op: scene.LineTo, Pts: []scene.Point{b.cur}})
	return b
}

// H draws a horizontal line to x; V a vertical one to y.
func (b *pb) H(x float64) *pb { return b.L(x, b.cur.Y) }
func (b *pb) V(y float64) *pb { return b.L(b.cur.X, y) }

// Q draws a quadratic curve with control (cx, cy) to (x, y).
func (b *pb) Q(cx, cy, x, y float64) *pb {
	b.cur = scene.Point{X: x, Y: y}
	b.segs = append(b.segs, scene.Segment{Op: scene.QuadTo, Pts: []scene.Point{{X: cx, Y: cy}, b.cur}})
	return b
}

// C draws a cubic curve to (x, y).
func (b *pb) C(x1, y1, x2, y2, x, y float64) *pb {
	b.cur = scene.Point{X: x, Y: y}
	b.segs = append(b.segs, scene.Segment{Op: scene.CubicTo, Pts: []scene.Point{{X: x1, Y: y1}, {X: x2, Y: y2}, b.cur}})
	return b
}

// Arc draws the elliptical arc around (cx, cy) from angle a0 to a1 in
// degrees (0 is +x, 90 is down: clockwise on screen when a1 > a0), as
// cubics, with a line to its start when the pen is elsewhere.
func (b *pb) Arc(cx, cy, rx, ry, a0, a1 float64) *pb {
	s := polar(cx, cy, rx, ry, a0)
	if math.Hypot(s.X-b.cur.X, s.Y-b.cur.Y) > 1e-9 {
		b.L(s.X, s.Y)
	}
	n := int(math.Ceil(math.Abs(a1-a0)/90 - 1e-9))
	if n == 0 {
		return b
	}
	step := (a1 - a0) / float64(n) * math.Pi / 180
	k := 4.0 / 3 * math.Tan(step/4)
	t := a0 * math.Pi / 180
	for i := 0; i < n; i++ {
		t1 := t + step
		c0, s0 := math.Cos(t), math.Sin(t)
		c1, s1 := math.Cos(t1), math.Sin(t1)
		b.C(cx+rx*(c0-k*s0), cy+ry*(s0+k*c0),
			cx+rx*(c1+k*s1), cy+ry*(s1-k*c1),
			cx+rx*c1, cy+ry*s1)
		t = t1
	}
	return b
}

// Z closes the path and returns it.
func (b *pb) Z() []scene.Segment { return append(b.segs, scene.Segment{Op: scene.Close}) }

// End returns the path open.
func (b *pb) End() []scene.Segment { return b.segs }

// arc is an open arc path of a circle.
func arc(cx, cy, r, a0, a1 float64) []scene.Segment {
	s := polar(cx, cy, r, r, a0)
	return at(s.X, s.Y).Arc(cx, cy, r, r, a0, a1).End()
}

// polar is the point at angle a (degrees) on the ellipse around (cx, cy).
func polar(cx, cy, rx, ry, a float64) scene.Point {
	t := a * math.Pi / 180
	return scene.Point{X: cx + rx*math.Cos(t), Y: cy + ry*math.Sin(t)}
}

// circle is the outline of a circle.
func circle(cx, cy, r float64) []scene.Segment {
	return scene.Ellipse(scene.Box{X: cx - r, Y: cy - r, W: 2 * r, H: 2 * r})
}

// rbox is the outline of a rounded rectangle.
func rbox(x, y, w, h, r float64) []scene.Segment {
	return scene.RoundedBox(scene.Box{X: x, Y: y, W: w, H: h}, r)
}

// seg is a straight line.
func seg(x0, y0, x1, y1 float64) []scene.Segment { return at(x0, y0).L(x1, y1).End() }

// poly is an open polyline through flat x, y pairs.
func poly(xy ...float64) []scene.Segment { return scene.Polyline(pts(xy)...) }

// roundPoly is a closed polygon through flat x, y pairs with its corners
// rounded by r (a quadratic through each corner).
func roundPoly(r float64, xy ...float64) []scene.Segment {
	v := pts(xy)
	n := len(v)
	toward := func(a, b scene.Point) scene.Point {
		d := math.Hypot(b.X-a.X, b.Y-a.Y)
		t := math.Min(r/d, 0.5)
		return scene.Point{X: a.X + (b.X-a.X)*t, Y: a.Y + (b.Y-a.Y)*t}
	}
	start := toward(v[0], v[1])
	p := at(start.X, start.Y)
	for i := 1; i <= n; i++ {
		c, prev, next := v[i%n], v[i-1], v[(i+1)%n]
		a, b := toward(c, prev), toward(c, next)
		p.L(a.X, a.Y).Q(c.X, c.Y, b.X, b.Y)
	}
	return p.Z()
}

// regular returns the flat x, y pairs of a regular n-gon around (cx, cy)
// with radius r and its first vertex at angle a0 (degrees).
func regular(n int, cx, cy, r, a0 float64) []float64 {
	xy := make([]float64, 0, 2*n)
	for i := 0; i < n; i++ {
		p := polar(cx, cy, r, r, a0+float64(i)*360/float64(n))
		xy = append(xy, p.X, p.Y)
	}
	return xy
}

// chevron is an open arrow head whose tip is at (x, y), pointing along
// angle a (degrees), with arms of length l.
func chevron(x, y, a, l float64) []scene.Segment {
	p := polar(x, y, l, l, a+180-45)
	q := polar(x, y, l, l, a+180+45)
	return at(p.X, p.Y).L(x, y).L(q.X, q.Y).End()
}

func pts(xy []float64) []scene.Point {
	out := make([]scene.Point, len(xy)/2)
	for i := range out {
		out[i] = scene.Point{X: xy[2*i], Y: xy[2*i+1]}
	}
	return out
}

// cat joins paths into one segment list.
func cat(parts ...[]scene.Segment) []scene.Segment {
	var out []scene.Segment
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
