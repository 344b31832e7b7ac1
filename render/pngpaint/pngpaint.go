// Package pngpaint paints a scene as PNG with github.com/fogleman/gg and
// x/image/font/opentype faces made from the same embedded fonts the layout
// measured with.
//
// It makes no layout decisions. Every coordinate is mapped to device pixels
// here and text is drawn from faces made at the device size, so glyphs are
// rasterised crisply at the output scale instead of stretched.
package pngpaint

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/fogleman/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Options control PNG output.
type Options struct {
	// Scale is device pixels per CSS pixel; 2 makes slide-sharp images.
	Scale float64
}

// Paint draws the scene and encodes it as PNG. It draws into a pixel
// buffer kept for the next call, which saves zeroing a new image of
// millions of pixels (and faulting its pages in) for every picture.
func Paint(s *scene.Scene, o Options) ([]byte, error) {
	w, h, err := checkSize(s, o)
	if err != nil {
		return nil, err
	}
	img := getImage(w, h)
	defer putImage(img)
	if err := drawOn(img, s, o); err != nil {
		return nil, err
	}
	return Encode(img)
}

// Size is the pixel size of the image Draw makes for a scene.
func Size(s *scene.Scene, o Options) (int, int) {
	sc := scaleOf(o)
	return int(math.Ceil(s.Width*sc - 1e-9)), int(math.Ceil(s.Height*sc - 1e-9))
}

func scaleOf(o Options) float64 {
	if o.Scale <= 0 {
		return 1
	}
	return o.Scale
}

// Draw rasterises the scene into a new image.
func Draw(s *scene.Scene, o Options) (*image.RGBA, error) {
	w, h, err := checkSize(s, o)
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if err := drawOn(img, s, o); err != nil {
		return nil, err
	}
	return img, nil
}

// checkSize checks the scene and returns the size of its image.
func checkSize(s *scene.Scene, o Options) (int, int, error) {
	if err := s.Check(); err != nil {
		return 0, 0, fmt.Errorf("png: %w", err)
	}
	w, h := Size(s, o)
	if w <= 0 || h <= 0 || w > 20000 || h > 20000 {
		return 0, 0, fmt.Errorf("png %s: image %dx%d is out of range (scale %g)", s.ID, w, h, scaleOf(o))
	}
	return w, h, nil
}

// pixels keeps pixel buffers between calls of Paint.
var pixels sync.Pool

// getImage returns an image of the size whose pixels are undefined: drawOn
// paints every one of them first.
func getImage(w, h int) *image.RGBA {
	n := 4 * w * h
	if buf, ok := pixels.Get().(*[]byte); ok && cap(*buf) >= n {
		return &image.RGBA{Pix: (*buf)[:n], Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	}
	return image.NewRGBA(image.Rect(0, 0, w, h))
}

func putImage(img *image.RGBA) {
	buf := img.Pix
	pixels.Put(&buf)
}

// drawOn paints the scene onto img, every pixel: the background first,
// with the source operator, whatever the buffer held.
func drawOn(img *image.RGBA, s *scene.Scene, o Options) error {
	sc := scaleOf(o)
	p := &painter{
		k:     sc * s.Content.Scale,
		dx:    s.Content.DX * sc,
		dy:    s.Content.DY * sc,
		faces: map[faceKey]font.Face{},
	}
	dc := gg.NewContextForRGBA(img)
	dc.SetColor(rgba(s.Background))
	dc.Clear()
	if err := p.items(dc, s.Items); err != nil {
		return fmt.Errorf("png %s: %w", s.ID, err)
	}
	return nil
}

type faceKey struct {
	face textmeasure.Face
	size float64
}

type painter struct {
	k, dx, dy float64 // CSS px -> device px: p*k + d
	faces     map[faceKey]font.Face
}

func (p *painter) pt(q scene.Point) (float64, float64) { return q.X*p.k + p.dx, q.Y*p.k + p.dy }

func (p *painter) items(dc *gg.Context, items []scene.Item) error {
	for _, it := range items {
		var err error
		switch {
		case it.Group != nil:
			err = p.group(dc, it.Group)
		case it.Rect != nil:
			p.rect(dc, it.Rect)
		case it.Path != nil:
			p.path(dc, it.Path.Segments, it.Path.Fill, it.Path.Stroke, p.pt, p.k)
		case it.Text != nil:
			err = p.text(dc, it.Text)
		case it.Icon != nil:
			p.icon(dc, it.Icon)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// group draws its items; a group with opacity is drawn onto a layer the
// size of its bounds and composited, as SVG's group opacity does.
func (p *painter) group(dc *gg.Context, g *scene.Group) error {
	if g.Opacity <= 0 || g.Opacity >= 1 {
		return p.items(dc, g.Items)
	}
	b := scene.ItemBounds(g.Items).Inset(-2)
	x0, y0 := p.pt(scene.Point{X: b.X, Y: b.Y})
	x1, y1 := p.pt(scene.Point{X: b.X + b.W, Y: b.Y + b.H})
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(dc.Image().Bounds())
	if r.Empty() {
		return nil
	}
	layer := gg.NewContext(r.Dx(), r.Dy())
	sub := *p
	sub.dx -= float64(r.Min.X)
	sub.dy -= float64(r.Min.Y)
	if err := sub.items(layer, g.Items); err != nil {
		return err
	}
	dst := dc.Image().(*image.RGBA)
	mask := image.NewUniform(color.Alpha{A: uint8(math.Round(g.Opacity * 255))})
	draw.DrawMask(dst, r, layer.Image(), image.Point{}, mask, image.Point{}, draw.Over)
	return nil
}

func (p *painter) rect(dc *gg.Context, r *scene.Rect) {
	if r.Fill.IsVisible() {
		p.path(dc, scene.RoundedBox(r.Box, r.Radius), r.Fill, scene.Stroke{}, p.pt, p.k)
	}
	st := r.Stroke
	if st.Width <= 0 || !st.Color.IsVisible() {
		return
	}
	if len(st.Dash) > 0 {
		p.path(dc, scene.RoundedBox(r.Box, r.Radius), scene.Transparent, st, p.pt, p.k)
		return
	}
	// A solid outline is filled as the ring between two outlines: exact,
	// and free of the bump gg's stroker leaves where a closed path starts.
	hw := st.Width / 2
	outer := scene.RoundedBox(r.Box.Inset(-hw), r.Radius+hw)
	inner := scene.RoundedBox(r.Box.Inset(hw), max(r.Radius-hw, 0))
	dc.SetFillRuleEvenOdd()
	p.path(dc, append(outer, inner...), st.Color, scene.Stroke{}, p.pt, p.k)
	dc.SetFillRuleWinding()
}

// path draws segments mapped by pt; k scales stroke widths and dashes.
func (p *painter) path(dc *gg.Context, segs []scene.Segment, fill scene.Color, st scene.Stroke, pt func(scene.Point) (float64, float64), k float64) {
	trace := func() {
		dc.NewSubPath()
		for _, s := range segs {
			switch s.Op {
			case scene.MoveTo:
				dc.MoveTo(pt(s.Pts[0]))
			case scene.LineTo:
				dc.LineTo(pt(s.Pts[0]))
			case scene.QuadTo:
				x1, y1 := pt(s.Pts[0])
				x2, y2 := pt(s.Pts[1])
				dc.QuadraticTo(x1, y1, x2, y2)
			case scene.CubicTo:
				x1, y1 := pt(s.Pts[0])
				x2, y2 := pt(s.Pts[1])
				x3, y3 := pt(s.Pts[2])
				dc.CubicTo(x1, y1, x2, y2, x3, y3)
			case scene.Close:
				// A zero-length closing line gives the stroker a
				// direction-less cap, drawn as a bump; skip it when the
				// outline already ends where it began.
				if !endsAtStart(segs) {
					dc.ClosePath()
				}
			}
		}
	}
	if fill.IsVisible() {
		trace()
		dc.SetColor(rgba(fill))
		dc.Fill()
	}
	if p.setStroke(dc, st, k) {
		trace()
		dc.Stroke()
	}
}

// setStroke prepares the context to stroke; it reports false for no stroke.
func (p *painter) setStroke(dc *gg.Context, st scene.Stroke, k float64) bool {
	if st.Width <= 0 || !st.Color.IsVisible() {
		return false
	}
	dc.SetColor(rgba(st.Color))
	dc.SetLineWidth(st.Width * k)
	dc.SetLineCapRound()
	dc.SetLineJoinRound()
	if len(st.Dash) > 0 {
		d := make([]float64, len(st.Dash))
		for i, v := range st.Dash {
			d[i] = v * k
		}
		dc.SetDash(d...)
	} else {
		dc.SetDash()
	}
	return true
}

func (p *painter) icon(dc *gg.Context, ic *scene.Icon) {
	u := ic.Box.W / 24 // design units -> CSS px
	pt := func(q scene.Point) (float64, float64) {
		return p.pt(scene.Point{X: ic.Box.X + q.X*u, Y: ic.Box.Y + q.Y*ic.Box.H/24})
	}
	for _, sh := range ic.Shapes {
		p.path(dc, sh.Segments, sh.Fill, sh.Stroke, pt, p.k*u)
	}
}

func (p *painter) text(dc *gg.Context, t *scene.Text) error {
	size := t.Style.Size * p.k
	key := faceKey{t.Style.Face, size}
	f, ok := p.faces[key]
	if !ok {
		var err error
		f, err = opentype.NewFace(textmeasure.Load(t.Style.Face).SFNT, &opentype.FaceOptions{
			Size: size, DPI: 72, Hinting: font.HintingNone,
		})
		if err != nil {
			return fmt.Errorf("text %q: face %s at %g px: %w", t.Text, t.Style.Face.Name(), size, err)
		}
		p.faces[key] = f
	}
	x, y := p.pt(scene.Point{X: t.X, Y: t.Y})
	// Anchor with the measured width, the same number the SVG's browser
	// uses, rather than the face's rounded advances.
	switch t.Anchor {
	case scene.Middle:
		x -= t.Width * p.k / 2
	case scene.End:
		x -= t.Width * p.k
	}
	// Draw the glyph masks straight onto the image. gg's DrawString sends
	// every glyph through a generic bilinear transform, which for a pure
	// translation gives the same pixels (within one level in a few) at
	// about three times the cost.
	d := font.Drawer{
		Dst:  dc.Image().(*image.RGBA),
		Src:  image.NewUniform(rgba(t.Color)),
		Face: f,
		Dot:  fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)},
	}
	d.DrawString(t.Text)
	return nil
}

func rgba(c scene.Color) color.NRGBA { return color.NRGBA{R: c.R, G: c.G, B: c.B, A: c.A} }

func endsAtStart(segs []scene.Segment) bool {
	if len(segs) < 3 || len(segs[0].Pts) == 0 {
		return false
	}
	last := segs[len(segs)-2]
	if len(last.Pts) == 0 {
		return false
	}
	a, b := segs[0].Pts[0], last.Pts[len(last.Pts)-1]
	return math.Abs(a.X-b.X) < 1e-9 && math.Abs(a.Y-b.Y) < 1e-9
}
