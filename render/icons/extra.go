package icons

import (
	"math"

	"github.com/kubefig/kubefig/render/scene"
)

// Icons beyond the node kinds, for objects and states.
func init() {
	register("node", node)
	register("lease", lease)
	register("configmap", configmap)
	register("secret", secret)
	register("namespace", namespace)
	register("deployment", deployment)
	register("image-layer", imageLayer)
	register("load-balancer", loadBalancer)
	register("cloud", cloud)
	register("check", check)
	register("cross", cross)
	register("warning", warning)
}

// node: a machine that runs pods.
func node(p pen) []scene.IconShape { return append(shapes(machine(p)), cube(p, 12, 12, 5.2)...) }

// lease: a small document with a clock: a claim that expires.
func lease(p pen) []scene.IconShape {
	return append(page(p, 3.5, 3, 15.5, 19, 4),
		p.line(seg(6.5, 10.5, 10.5, 10.5)),
		p.body(circle(16, 16, 5.2)),
		p.line(poly(16, 13.2, 16, 16, 18, 17.4)),
	)
}

// configmap: settings as sliders.
func configmap(p pen) []scene.IconShape {
	return shapes(
		p.line(seg(3.5, 6, 20.5, 6), seg(3.5, 12, 20.5, 12), seg(3.5, 18, 20.5, 18)),
		p.body(circle(15, 6, 2.3)),
		p.body(circle(8.5, 12, 2.3)),
		p.body(circle(13.5, 18, 2.3)),
	)
}

// secret: a padlock.
func secret(p pen) []scene.IconShape {
	return shapes(
		p.line(at(8, 11).V(7.5).C(8, 5.1, 9.8, 3.3, 12, 3.3).C(14.2, 3.3, 16, 5.1, 16, 7.5).V(11).End()),
		p.body(rbox(4.5, 10.5, 15, 10.5, 2.2)),
		p.solid(circle(12, 15, 1.6)),
		p.line(seg(12, 15, 12, 17.6)),
	)
}

// namespace: a dashed boundary around objects.
func namespace(p pen) []scene.IconShape {
	const x, y, s, r = 3, 3, 18, 3.5
	perim := 4*(s-2*r) + 2*math.Pi*r
	period := perim / math.Round(perim/5)
	return shapes(
		p.dashed(rbox(x, y, s, s, r), period*0.55, period*0.45),
		p.solid(rbox(7.2, 7.2, 4, 4, 0.9), rbox(12.8, 7.2, 4, 4, 0.9), rbox(7.2, 12.8, 4, 4, 0.9)),
	)
}

// deployment: replicas of one pod, one cube behind the other.
func deployment(p pen) []scene.IconShape {
	return append(shapes(p.body(roundPoly(0.9, regular(6, 8.7, 9.2, 6.2, -90)...))), cube(p, 14.3, 14.2, 7)...)
}

// imageLayer: read-only layers stacked.
func imageLayer(p pen) []scene.IconShape {
	return shapes(
		p.line(poly(3, 12, 12, 16.5, 21, 12), poly(3, 16.5, 12, 21, 21, 16.5)),
		p.body(roundPoly(0.8, 12, 3, 21, 7.5, 12, 12, 3, 7.5)),
	)
}

// loadBalancer: one way in, spread over several ways out.
func loadBalancer(p pen) []scene.IconShape {
	const hx, hy, tip = 7, 12, 20.5
	return shapes(
		p.line(
			seg(2.5, hy, hx, hy),
			at(hx, hy).C(12, hy, 11.5, 5.5, 15.5, 5.5).H(tip).End(),
			seg(hx, hy, tip, hy),
			at(hx, hy).C(12, hy, 11.5, 18.5, 15.5, 18.5).H(tip).End(),
			chevron(tip, 5.5, 0, 3), chevron(tip, hy, 0, 3), chevron(tip, 18.5, 0, 3),
		),
		p.body(circle(hx, hy, 3.2)),
	)
}

// cloud: a cloud, drawn as the outline of three circles on a flat base.
func cloud(p pen) []scene.IconShape {
	l := circ{6.55, 15.3, 3.6}
	t := circ{11.75, 10.6, 5.5}
	r := circ{16.75, 14.6, 4.3}
	lt, tl := l.meet(t)
	tr, rt := t.meet(r)
	// Clockwise round the outline: each arc runs to a larger angle.
	lt = after(lt, 90)
	tr = after(tr, tl)
	body := at(l.x, l.y+l.r).
		Arc(l.x, l.y, l.r, l.r, 90, lt).
		Arc(t.x, t.y, t.r, t.r, tl, tr).
		Arc(r.x, r.y, r.r, r.r, rt, after(90, rt)).
		L(l.x, l.y+l.r).Z()
	return shapes(p.body(body))
}

// after returns the angle a turned by whole turns to lie just after from.
func after(a, from float64) float64 {
	for a <= from {
		a += 360
	}
	for a-360 > from {
		a -= 360
	}
	return a
}

// circ is a circle, for working out where two meet.
type circ struct{ x, y, r float64 }

// meet returns the upper crossing of c and o as angles (degrees) on c and
// on o.
func (c circ) meet(o circ) (float64, float64) {
	dx, dy := o.x-c.x, o.y-c.y
	d := math.Hypot(dx, dy)
	a := (d*d + c.r*c.r - o.r*o.r) / (2 * d)
	h := math.Sqrt(c.r*c.r - a*a)
	ux, uy := dx/d, dy/d
	// Of the two crossings, take the one above (smaller y).
	x1, y1 := c.x+a*ux-h*uy, c.y+a*uy+h*ux
	x2, y2 := c.x+a*ux+h*uy, c.y+a*uy-h*ux
	if y2 < y1 {
		x1, y1 = x2, y2
	}
	deg := func(cx, cy float64) float64 { return math.Atan2(y1-cy, x1-cx) * 180 / math.Pi }
	return deg(c.x, c.y), deg(o.x, o.y)
}

// check: a tick in a circle.
func check(p pen) []scene.IconShape {
	return shapes(p.body(circle(12, 12, 9)), p.line(poly(7.6, 12.4, 10.6, 15.3, 16.4, 9.2)))
}

// cross: an X in a circle.
func cross(p pen) []scene.IconShape {
	return shapes(p.body(circle(12, 12, 9)), p.line(seg(8.9, 8.9, 15.1, 15.1), seg(15.1, 8.9, 8.9, 15.1)))
}

// warning: an exclamation mark in a triangle.
func warning(p pen) []scene.IconShape {
	return shapes(
		p.body(roundPoly(2.2, 12, 3.2, 21.2, 19.8, 2.8, 19.8)),
		p.line(seg(12, 9.5, 12, 13.6)),
		p.solid(circle(12, 16.7, 1.2)),
	)
}
