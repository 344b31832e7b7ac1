// Package render is kubefig's library front door: a diagram spec and options
// in, SVG or PNG bytes out.
//
//	svg, err := render.SVG(d, render.Options{Lang: spec.ZH})
//
// Underneath: spec.Validate, layout (Graphviz for graph positions, our own
// code for the rest) into a neutral scene, then a painter per format.
package render

import (
	"fmt"

	"github.com/kubefig/kubefig/render/layout"
	"github.com/kubefig/kubefig/render/pngpaint"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/svgpaint"
	"github.com/kubefig/kubefig/render/theme"
)

// Format is an output format.
type Format string

const (
	SVGFormat Format = "svg"
	PNGFormat Format = "png"
)

// Canvas chooses the size of the picture.
type Canvas string

const (
	// CanvasAuto is the diagram's own bounds plus a margin.
	CanvasAuto Canvas = "auto"
	// CanvasSlide centres the diagram, scaled to fit, in a 1920×1080 frame.
	CanvasSlide Canvas = "slide"
)

// Slide is the size of the slide canvas in CSS px.
const (
	SlideWidth  = 1920
	SlideHeight = 1080
)

// Options for one rendering. The zero value renders English, light theme,
// auto canvas, PNG at scale 2, with embedded fonts.
type Options struct {
	Lang   spec.Lang // "en" (default) or "zh"
	Theme  string    // "light" (default) or "dark"
	Canvas Canvas    // "auto" (default) or "slide"
	// Scale is PNG device pixels per CSS pixel (default 2).
	Scale float64
	// SystemFonts names font families in the SVG instead of embedding
	// subsets of kubefig's fonts (the CLI's --embed-fonts=false).
	SystemFonts bool
}

func (o Options) withDefaults() Options {
	if o.Lang == "" {
		o.Lang = spec.EN
	}
	if o.Theme == "" {
		o.Theme = "light"
	}
	if o.Canvas == "" {
		o.Canvas = CanvasAuto
	}
	if o.Scale == 0 {
		o.Scale = 2
	}
	return o
}

// Scene validates and lays out a diagram into a scene.
func Scene(d *spec.Diagram, o Options) (*scene.Scene, error) {
	o = o.withDefaults()
	if err := d.Validate(); err != nil {
		return nil, err
	}
	th, err := theme.Get(o.Theme)
	if err != nil {
		return nil, fmt.Errorf("diagram %q: %w", d.ID, err)
	}
	if o.Lang != spec.EN && o.Lang != spec.ZH {
		return nil, fmt.Errorf("diagram %q: unknown language %q (known: en, zh)", d.ID, o.Lang)
	}
	s, err := layout.Layout(d, layout.Options{Lang: o.Lang, Theme: th})
	if err != nil {
		return nil, err
	}
	switch o.Canvas {
	case CanvasAuto:
	case CanvasSlide:
		FitSlide(s)
	default:
		return nil, fmt.Errorf("diagram %q: unknown canvas %q (known: auto, slide)", d.ID, o.Canvas)
	}
	return s, nil
}

// FitSlide centres the scene's content, scaled to fit, in a 1920×1080 canvas.
func FitSlide(s *scene.Scene) {
	k := min(SlideWidth/s.Width, SlideHeight/s.Height)
	s.Content = scene.Transform{
		Scale: k,
		DX:    (SlideWidth - s.Width*k) / 2,
		DY:    (SlideHeight - s.Height*k) / 2,
	}
	s.Width, s.Height = SlideWidth, SlideHeight
}

// SVG renders a diagram as an SVG document.
func SVG(d *spec.Diagram, o Options) ([]byte, error) {
	s, err := Scene(d, o)
	if err != nil {
		return nil, err
	}
	return PaintSVG(s, o)
}

// PNG renders a diagram as a PNG image.
func PNG(d *spec.Diagram, o Options) ([]byte, error) {
	s, err := Scene(d, o)
	if err != nil {
		return nil, err
	}
	return PaintPNG(s, o)
}

// Render renders a diagram in a format.
func Render(d *spec.Diagram, f Format, o Options) ([]byte, error) {
	switch f {
	case SVGFormat:
		return SVG(d, o)
	case PNGFormat:
		return PNG(d, o)
	}
	return nil, fmt.Errorf("unknown format %q (known: svg, png)", f)
}

// PaintSVG paints an already laid-out scene as SVG.
func PaintSVG(s *scene.Scene, o Options) ([]byte, error) {
	return svgpaint.Paint(s, svgpaint.Options{EmbedFonts: !o.SystemFonts})
}

// PaintPNG paints an already laid-out scene as PNG.
func PaintPNG(s *scene.Scene, o Options) ([]byte, error) {
	return pngpaint.Paint(s, pngpaint.Options{Scale: o.withDefaults().Scale})
}
