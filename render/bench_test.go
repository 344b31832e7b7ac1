package render_test

// Benchmarks of rendering the whole catalog (both languages, light theme),
// stage by stage:
//
//	go test ./render -run '^$' -bench . -benchmem
//
// Layout results of graph diagrams are cached by their Graphviz input
// (render/internal/graphviz), so BenchmarkScene/graph/warm measures our
// own layout code plus a cache hit, and BenchmarkScene/graph/cold gives
// every iteration a slightly different node gap, so each runs Graphviz.
// Font subsets are cached by face and runes too (render/svgpaint), so
// BenchmarkSVG/embedded-fonts is painting plus cached subsets after its
// first iteration; font subsetting alone, uncached, is
// BenchmarkSubsetWOFF2 in render/svgpaint.

import (
	"image"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/pngpaint"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/svgpaint"
)

// job is one diagram in one language.
type job struct {
	d *spec.Diagram
	o render.Options
}

func catalogJobs() []job {
	var out []job
	for _, d := range diagrams.All() {
		for _, l := range []spec.Lang{spec.EN, spec.ZH} {
			out = append(out, job{d, render.Options{Lang: l}})
		}
	}
	return out
}

func catalogScenes(b *testing.B) []*scene.Scene {
	b.Helper()
	var out []*scene.Scene
	for _, j := range catalogJobs() {
		s, err := render.Scene(j.d, j.o)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// perDiagram reports the time per rendering besides the time per catalog.
func perDiagram(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n)/1e6, "ms/diagram")
}

// BenchmarkScene is validation and layout, per body kind. Graph layouts
// come from the cache after the first iteration ("warm"); "cold" gives
// every iteration a slightly different node gap, a new cache key, so each
// runs Graphviz again.
func BenchmarkScene(b *testing.B) {
	byKind := map[string][]job{}
	var kinds []string
	for _, j := range catalogJobs() {
		k := j.d.Kind()
		if _, ok := byKind[k]; !ok {
			kinds = append(kinds, k)
		}
		byKind[k] = append(byKind[k], j)
	}
	for _, kind := range kinds {
		jobs := byKind[kind]
		modes := []string{"warm"}
		if kind == "graph" {
			modes = append(modes, "cold")
		}
		for _, mode := range modes {
			b.Run(kind+"/"+mode, func(b *testing.B) {
				for _, j := range jobs { // fill the layout cache, start Graphviz
					if _, err := render.Scene(j.d, j.o); err != nil {
						b.Fatal(err)
					}
				}
				b.ResetTimer()
				for b.Loop() {
					for _, j := range jobs {
						if g := j.d.Graph; g != nil && mode == "cold" {
							// One ten-thousandth of an inch, the smallest
							// change the generated DOT shows: a new cache
							// key, the same layout work.
							g.NodeSep = max(g.NodeSep, 28) + 0.0072
						}
						if _, err := render.Scene(j.d, j.o); err != nil {
							b.Fatal(err)
						}
					}
				}
				perDiagram(b, len(jobs))
			})
		}
	}
}

func BenchmarkSVG(b *testing.B) {
	for _, c := range []struct {
		name  string
		embed bool
	}{{"embedded-fonts", true}, {"system-fonts", false}} {
		b.Run(c.name, func(b *testing.B) {
			scenes := catalogScenes(b)
			b.ResetTimer()
			bytes := 0
			for b.Loop() {
				bytes = 0
				for _, s := range scenes {
					svg, err := svgpaint.Paint(s, svgpaint.Options{EmbedFonts: c.embed})
					if err != nil {
						b.Fatal(err)
					}
					bytes += len(svg)
				}
			}
			perDiagram(b, len(scenes))
			b.ReportMetric(float64(bytes)/float64(len(scenes))/1024, "KiB/diagram")
		})
	}
}

func BenchmarkPNG(b *testing.B) {
	o := pngpaint.Options{Scale: 2}
	b.Run("draw", func(b *testing.B) {
		scenes := catalogScenes(b)
		b.ResetTimer()
		for b.Loop() {
			for _, s := range scenes {
				if _, err := pngpaint.Draw(s, o); err != nil {
					b.Fatal(err)
				}
			}
		}
		perDiagram(b, len(scenes))
	})
	b.Run("encode", func(b *testing.B) {
		var imgs []image.Image
		pixels := 0
		for _, s := range catalogScenes(b) {
			img, err := pngpaint.Draw(s, o)
			if err != nil {
				b.Fatal(err)
			}
			imgs = append(imgs, img)
			pixels += img.Bounds().Dx() * img.Bounds().Dy()
		}
		b.ResetTimer()
		bytes := 0
		for b.Loop() {
			bytes = 0
			for _, img := range imgs {
				data, err := pngpaint.Encode(img)
				if err != nil {
					b.Fatal(err)
				}
				bytes += len(data)
			}
		}
		perDiagram(b, len(imgs))
		b.ReportMetric(float64(pixels)/float64(len(imgs))/1e6, "Mpx/diagram")
		b.ReportMetric(float64(bytes)/float64(len(imgs))/1024, "KiB/diagram")
	})
}

// BenchmarkRender is the whole path for one file set: layout (warm cache)
// then SVG with embedded fonts and PNG at scale 2, as the CLI does per
// diagram, language and theme.
func BenchmarkRender(b *testing.B) {
	jobs := catalogJobs()
	catalogScenes(b)
	b.ResetTimer()
	for b.Loop() {
		for _, j := range jobs {
			s, err := render.Scene(j.d, j.o)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := render.PaintSVG(s, j.o); err != nil {
				b.Fatal(err)
			}
			if _, err := render.PaintPNG(s, j.o); err != nil {
				b.Fatal(err)
			}
		}
	}
	perDiagram(b, len(jobs))
}
