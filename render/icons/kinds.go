package icons

import "github.com/kubefig/kubefig/render/scene"

// The icons of the graph node kinds (spec.NodeKind), one per kind.
func init() {
	register("api", apiServer)
	register("store", store)
	register("controller", controller)
	register("scheduler", scheduler)
	register("agent", agent)
	register("runtime", runtime)
	register("proxy", proxy)
	register("pod", pod)
	register("container", container)
	register("service", service)
	register("ingress", ingress)
	register("dns", dns)
	register("dashboard", dashboard)
	register("monitoring", monitoring)
	register("logging", logging)
	register("network", network)
	register("cli", cli)
	register("user", user)
	register("server", server)
	register("file", file)
}

// apiServer: a helm wheel (hub, rim, seven spokes) in the Kubernetes
// heptagon.
func apiServer(p pen) []scene.IconShape {
	const cx, cy, rim = 12, 12.45, 3.6
	spokes := make([][]scene.Segment, 0, 7)
	for i := 0; i < 7; i++ {
		a := -90 + float64(i)*360/7
		in, out := polar(cx, cy, rim, rim, a), polar(cx, cy, 6.6, 6.6, a)
		spokes = append(spokes, seg(in.X, in.Y, out.X, out.Y))
	}
	return shapes(
		p.body(roundPoly(1.6, regular(7, cx, cy, 9.4, -90)...)),
		p.line(append(spokes, circle(cx, cy, rim))...),
		p.solid(circle(cx, cy, 1.3)),
	)
}

// store: a cylinder, the usual sign for a database such as etcd.
func store(p pen) []scene.IconShape {
	const cx, rx, ry, top, mid, bot = 12, 8, 3, 6, 12, 18
	body := at(cx-rx, top).V(bot).Arc(cx, bot, rx, ry, 180, 0).V(top).Arc(cx, top, rx, ry, 0, -180).Z()
	return shapes(
		p.body(body),
		p.line(scene.Ellipse(scene.Box{X: cx - rx, Y: top - ry, W: 2 * rx, H: 2 * ry})),
		p.line(at(cx-rx, mid).Arc(cx, mid, rx, ry, 180, 0).End()),
	)
}

// controller: a control loop of two arrows around a gear.
func controller(p pen) []scene.IconShape {
	const cx, cy, r = 12, 12, 8.6
	a := arc(cx, cy, r, 205, 325)
	b := arc(cx, cy, r, 25, 145)
	ta, tb := polar(cx, cy, r, r, 325), polar(cx, cy, r, r, 145)
	return append(shapes(
		p.line(a, b, chevron(ta.X, ta.Y, 325+90, 3), chevron(tb.X, tb.Y, 145+90, 3)),
	), gear(p, cx, cy, 4.9, 3.5, 6)...)
}

// gear is a solid gear with n teeth and a tint hole.
func gear(p pen, cx, cy, outer, inner float64, n int) []scene.IconShape {
	var xy []float64
	step := 360 / float64(n)
	for i := 0; i < n; i++ {
		a := -90 + float64(i)*step
		for _, q := range []struct{ da, r float64 }{
			{-step * 0.36, inner}, {-step * 0.2, outer}, {step * 0.2, outer}, {step * 0.36, inner},
		} {
			pt := polar(cx, cy, q.r, q.r, a+q.da)
			xy = append(xy, pt.X, pt.Y)
		}
	}
	hole := scene.IconShape{Segments: circle(cx, cy, inner*0.42), Fill: p.tint}
	return shapes(p.solid(roundPoly(0.35, xy...)), hole)
}

// scheduler: a calendar with one day picked.
func scheduler(p pen) []scene.IconShape {
	return shapes(
		p.body(rbox(3.5, 5, 17, 16, 2.4)),
		p.line(seg(3.5, 9.8, 20.5, 9.8), seg(8, 3, 8, 6.6), seg(16, 3, 16, 6.6)),
		p.solid(circle(8, 13.6, 1.15), circle(12, 13.6, 1.15), circle(8, 17.3, 1.15)),
		p.solid(rbox(13.9, 14.4, 3.8, 3.8, 0.9)),
	)
}

// machine is the outline shared by node and agent: a rounded box.
func machine(p pen) scene.IconShape { return p.body(rbox(3, 4, 18, 16, 2.8)) }

// agent: a node with a heartbeat, the kubelet reporting on its machine.
func agent(p pen) []scene.IconShape {
	return shapes(
		machine(p),
		p.line(poly(3, 12.5, 7.2, 12.5, 9.2, 8, 12.4, 16.5, 14.6, 12.5, 21, 12.5)),
	)
}

// runtime: a chip that runs something: the engine under the containers.
func runtime(p pen) []scene.IconShape {
	pins := [][]scene.Segment{}
	for _, c := range []float64{9.5, 14.5} {
		pins = append(pins, seg(c, 3, c, 6), seg(c, 18, c, 21), seg(3, c, 6, c), seg(18, c, 21, c))
	}
	return shapes(
		p.line(pins...),
		p.body(rbox(6, 6, 12, 12, 2.2)),
		p.solid(roundPoly(0.6, 10.4, 9.2, 15, 12, 10.4, 14.8)),
	)
}

// proxy: two crossing arrows, traffic redirected by rules.
func proxy(p pen) []scene.IconShape {
	return shapes(p.line(
		at(3, 7).H(6.5).C(10.5, 7, 10.5, 17, 14.5, 17).H(20.5).End(),
		at(3, 17).H(6.5).C(10.5, 17, 10.5, 7, 14.5, 7).H(20.5).End(),
		chevron(20.5, 7, 0, 3.2), chevron(20.5, 17, 0, 3.2),
	))
}

// cube is an isometric cube around (cx, cy) with radius r: the pod.
func cube(p pen, cx, cy, r float64) []scene.IconShape {
	xy := regular(6, cx, cy, r, -90)
	return shapes(
		p.body(roundPoly(r*0.14, xy...)),
		p.line(poly(xy[10], xy[11], cx, cy, xy[2], xy[3]), seg(cx, cy, xy[6], xy[7])),
	)
}

// pod: the Kubernetes cube.
func pod(p pen) []scene.IconShape { return cube(p, 12, 12, 9.3) }

// container: a shipping container, ribbed.
func container(p pen) []scene.IconShape {
	ribs := [][]scene.Segment{}
	for _, x := range []float64{8, 12, 16} {
		ribs = append(ribs, seg(x, 9.5, x, 14.5))
	}
	return shapes(p.body(rbox(2.8, 6, 18.4, 12, 1.8)), p.line(ribs...))
}

// service: one stable address in front of a set of pods.
func service(p pen) []scene.IconShape {
	const hub, pods = 7, 16.5
	return shapes(
		p.line(seg(12, hub, 5, pods), seg(12, hub, 12, pods), seg(12, hub, 19, pods)),
		p.body(circle(12, hub, 3.3)),
		p.solid(rbox(2.8, pods, 4.6, 4.6, 1), rbox(9.7, pods, 4.6, 4.6, 1), rbox(16.6, pods, 4.6, 4.6, 1)),
	)
}

// ingress: an arrow entering through a door.
func ingress(p pen) []scene.IconShape {
	return shapes(
		p.line(at(14.5, 3.5).H(18).Q(20.8, 3.5, 20.8, 6.3).V(17.7).Q(20.8, 20.5, 18, 20.5).H(14.5).End()),
		p.line(seg(3.2, 12, 15, 12), chevron(15, 12, 0, 4.6)),
	)
}

// dns: a globe.
func dns(p pen) []scene.IconShape {
	return shapes(
		p.body(circle(12, 12, 9)),
		p.line(scene.Ellipse(scene.Box{X: 8, Y: 3, W: 8, H: 18})),
		p.line(seg(3, 12, 21, 12)),
	)
}

// dashboard: panels of a web console.
func dashboard(p pen) []scene.IconShape {
	return shapes(
		p.body(rbox(3, 3, 7.5, 9.5, 1.5)),
		p.body(rbox(13.5, 3, 7.5, 5.5, 1.5)),
		p.body(rbox(13.5, 11.5, 7.5, 9.5, 1.5)),
		p.body(rbox(3, 15.5, 7.5, 5.5, 1.5)),
	)
}

// monitoring: a gauge.
func monitoring(p pen) []scene.IconShape {
	const cx, cy, r = 12, 13.9, 9
	n := polar(cx, cy, 6.3, 6.3, -48)
	return shapes(
		p.line(arc(cx, cy, r, 145, 395), seg(cx, cy, n.X, n.Y)),
		p.solid(circle(cx, cy, 2)),
	)
}

// logging: stacked log lines.
func logging(p pen) []scene.IconShape {
	return shapes(
		p.solid(circle(4.3, 5.5, 1.25), circle(4.3, 9.8, 1.25), circle(4.3, 14.2, 1.25), circle(4.3, 18.5, 1.25)),
		p.line(seg(8.5, 5.5, 20.5, 5.5), seg(8.5, 9.8, 17, 9.8), seg(8.5, 14.2, 19.5, 14.2), seg(8.5, 18.5, 15, 18.5)),
	)
}

// network: three hosts, all connected.
func network(p pen) []scene.IconShape {
	return shapes(
		p.line(roundPoly(0, 12, 5.5, 18.5, 17.5, 5.5, 17.5)),
		p.body(circle(12, 5.5, 2.8)),
		p.body(circle(5.5, 17.5, 2.8)),
		p.body(circle(18.5, 17.5, 2.8)),
	)
}

// cli: a terminal prompt.
func cli(p pen) []scene.IconShape {
	return shapes(
		p.body(rbox(2.8, 4, 18.4, 16, 2.6)),
		p.line(poly(7, 9, 10.2, 12, 7, 15), seg(12.2, 15, 16.8, 15)),
	)
}

// user: a person.
func user(p pen) []scene.IconShape {
	return shapes(
		p.body(at(4.5, 20.5).C(4.5, 16.4, 7.8, 13.8, 12, 13.8).C(16.2, 13.8, 19.5, 16.4, 19.5, 20.5).Z()),
		p.body(circle(12, 7.6, 4.2)),
	)
}

// server: two rack units.
func server(p pen) []scene.IconShape {
	return shapes(
		p.body(rbox(3, 3.5, 18, 7.5, 2)),
		p.body(rbox(3, 13, 18, 7.5, 2)),
		p.solid(circle(7, 7.25, 1.2), circle(7, 16.75, 1.2)),
		p.line(seg(11, 7.25, 17, 7.25), seg(11, 16.75, 17, 16.75)),
	)
}

// page is a document outline with a folded corner, and its fold.
func page(p pen, x0, y0, x1, y1, fold float64) []scene.IconShape {
	return shapes(
		p.body(roundPoly(1.4, x0, y0, x1-fold, y0, x1, y0+fold, x1, y1, x0, y1)),
		p.line(poly(x1-fold, y0+0.4, x1-fold, y0+fold, x1-0.4, y0+fold)),
	)
}

// file: a page of text.
func file(p pen) []scene.IconShape {
	return append(page(p, 4.5, 3, 19.5, 21, 5),
		p.line(seg(8.2, 12.5, 15.8, 12.5), seg(8.2, 16.5, 15.8, 16.5)))
}
