package icons

import "github.com/kubefig/kubefig/render/scene"

// Icons for the features of Kubernetes (notes §1.4), for card grids.
func init() {
	register("bin-pack", binPack)
	register("self-heal", selfHeal)
	register("scale-out", scaleOut)
	register("rollout", rollout)
	register("batch", batch)
}

// binPack: blocks of different sizes packed into an open bin.
func binPack(p pen) []scene.IconShape {
	return shapes(
		p.line(at(3.5, 3.5).V(18.5).Q(3.5, 20.5, 5.5, 20.5).H(18.5).Q(20.5, 20.5, 20.5, 18.5).V(3.5).End()),
		p.solid(rbox(6.6, 5.6, 10.8, 4.6, 1), rbox(6.6, 12.2, 4.8, 6, 1), rbox(12.6, 12.2, 4.8, 6, 1)),
	)
}

// selfHeal: a restart arrow round a plus.
func selfHeal(p pen) []scene.IconShape {
	const cx, cy, r = 12, 11.6, 8
	end := polar(cx, cy, r, r, 235)
	return shapes(p.line(
		arc(cx, cy, r, -55, 235),
		chevron(end.X, end.Y, 235+90, 3.4),
		seg(cx, cy-3.6, cx, cy+3.6), seg(cx-3.6, cy, cx+3.6, cy),
	))
}

// scaleOut: replicas side by side, and a double arrow: more of the same.
func scaleOut(p pen) []scene.IconShape {
	return shapes(
		p.solid(rbox(3.2, 4.4, 4.6, 7, 1.2), rbox(9.7, 4.4, 4.6, 7, 1.2), rbox(16.2, 4.4, 4.6, 7, 1.2)),
		p.line(seg(4, 16.8, 20, 16.8), chevron(20.3, 16.8, 0, 3.2), chevron(3.7, 16.8, 180, 3.2)),
	)
}

// rollout: two arrows chasing each other round: roll forward, roll back.
func rollout(p pen) []scene.IconShape {
	const cx, cy, r = 12, 12, 8
	a, b := polar(cx, cy, r, r, 340), polar(cx, cy, r, r, 160)
	return shapes(p.line(
		arc(cx, cy, r, 200, 340), chevron(a.X, a.Y, 340+90, 3.4),
		arc(cx, cy, r, 20, 160), chevron(b.X, b.Y, 160+90, 3.4),
	))
}

// batch: a stack of jobs, the front one done.
func batch(p pen) []scene.IconShape {
	return shapes(
		p.body(rbox(7.5, 3, 13.5, 13.5, 2)),
		p.body(rbox(3, 7.5, 13.5, 13.5, 2)),
		p.line(poly(6.4, 14.3, 8.9, 16.8, 13.2, 11.8)),
	)
}
