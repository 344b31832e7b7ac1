package svgpaint

import (
	"testing"

	tdfont "github.com/tdewolff/font"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/layout"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
	"github.com/kubefig/kubefig/render/theme"
)

// BenchmarkSubsetWOFF2 is font subsetting alone: for every catalog diagram
// in both languages, one WOFF2 subset per face it uses, as Paint makes
// them with embedded fonts, without the cache (each parses its font
// afresh, as subsetWOFF2 does).
//
//	go test ./render/svgpaint -run '^$' -bench . -benchmem
func BenchmarkSubsetWOFF2(b *testing.B) {
	type job struct {
		face  textmeasure.Face
		runes []rune
	}
	var jobs []job
	for _, s := range benchScenes(b) {
		used := runesByFace(s)
		for _, f := range textmeasure.Faces {
			if rs, ok := used[f]; ok {
				jobs = append(jobs, job{f, rs})
			}
		}
	}
	b.ResetTimer()
	bytes := 0
	for b.Loop() {
		bytes = 0
		for _, j := range jobs {
			w, err := subsetWOFF2(j.face, j.runes)
			if err != nil {
				b.Fatal(err)
			}
			bytes += len(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(jobs))/1e6, "ms/subset")
	b.ReportMetric(float64(bytes)/float64(len(jobs))/1024, "KiB/subset")
}

// BenchmarkParseSFNT is the cost of parsing an embedded font for
// subsetting, which subsetWOFF2 does for every subset.
func BenchmarkParseSFNT(b *testing.B) {
	data := textmeasure.Load(textmeasure.Faces[0]).Bytes
	for b.Loop() {
		if _, err := tdfont.ParseSFNT(data, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func benchScenes(b *testing.B) []*scene.Scene {
	b.Helper()
	var out []*scene.Scene
	for _, d := range diagrams.All() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
		for _, l := range []spec.Lang{spec.EN, spec.ZH} {
			s, err := layout.Layout(d, layout.Options{Lang: l, Theme: theme.Light})
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, s)
		}
	}
	return out
}
