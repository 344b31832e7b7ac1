package render_test

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/internal/golden"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/spec"
)

func TestGoldenSVG(t *testing.T) {
	for _, lang := range spec.Langs {
		t.Run(string(lang), func(t *testing.T) {
			svg, err := render.SVG(diagrams.ClusterArchitecture(), render.Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "cluster-architecture."+string(lang)+".svg", svg)
		})
	}
}

// TestDeterministic renders twice, and concurrently at GOMAXPROCS 1 and 2,
// and wants the same bytes every time.
func TestDeterministic(t *testing.T) {
	d := diagrams.ClusterArchitecture()
	o := render.Options{Lang: spec.ZH, Theme: "dark"}
	first := renderBoth(t, d, o)
	for _, procs := range []int{1, 2} {
		prev := runtime.GOMAXPROCS(procs)
		var wg sync.WaitGroup
		results := make([][2][]byte, 3)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = renderBoth(t, diagrams.ClusterArchitecture(), o)
			}()
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		for i, r := range results {
			if !bytes.Equal(r[0], first[0]) {
				t.Errorf("GOMAXPROCS=%d run %d: SVG differs", procs, i)
			}
			if !bytes.Equal(r[1], first[1]) {
				t.Errorf("GOMAXPROCS=%d run %d: PNG differs", procs, i)
			}
		}
	}
}

func renderBoth(t *testing.T, d *spec.Diagram, o render.Options) [2][]byte {
	svg, err := render.SVG(d, o)
	if err != nil {
		t.Error(err)
	}
	png, err := render.PNG(d, o)
	if err != nil {
		t.Error(err)
	}
	return [2][]byte{svg, png}
}

func TestPNGSize(t *testing.T) {
	d := diagrams.ClusterArchitecture()
	s, err := render.Scene(d, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		o    render.Options
		w, h int
	}{
		{"default scale 2", render.Options{}, ceil(s.Width * 2), ceil(s.Height * 2)},
		{"scale 1", render.Options{Scale: 1}, ceil(s.Width), ceil(s.Height)},
		{"slide", render.Options{Canvas: render.CanvasSlide}, 3840, 2160},
		{"slide scale 1", render.Options{Canvas: render.CanvasSlide, Scale: 1}, 1920, 1080},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := render.PNG(d, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds().Size(); got.X != tc.w || got.Y != tc.h {
				t.Errorf("PNG is %dx%d, want %dx%d", got.X, got.Y, tc.w, tc.h)
			}
		})
	}
}

func ceil(v float64) int {
	n := int(v)
	if float64(n) < v {
		n++
	}
	return n
}

// TestHostileLabels: labels are data, never markup.
func TestHostileLabels(t *testing.T) {
	hostile := []string{
		`<script>alert(1)</script>`,
		`Tom & "Jerry" 'quotes'`,
		`]]><!-- end`,
		`</text><rect width="9999"/>`,
	}
	var nodes []spec.Node
	for i, h := range hostile {
		nodes = append(nodes, spec.Node{ID: "n" + string(rune('a'+i)), Label: spec.L(h), Sublabel: spec.T(h, h)})
	}
	d := &spec.Diagram{ID: "hostile", Title: spec.L(hostile[0]), Subtitle: spec.L(hostile[2]),
		Notes: []spec.Text{spec.L(hostile[3])}, Graph: &spec.Graph{Nodes: nodes}}
	for _, embed := range []bool{true, false} {
		svg, err := render.SVG(d, render.Options{SystemFonts: !embed})
		if err != nil {
			t.Fatal(err)
		}
		texts, elements := parseSVG(t, svg)
		if elements["script"] > 0 {
			t.Error("a label became a <script> element")
		}
		joined := strings.Join(texts, "\n")
		for _, h := range hostile {
			if !strings.Contains(joined, h) {
				t.Errorf("label %q did not come out as text; texts: %q", h, texts)
			}
		}
		if bytes.Contains(svg, []byte("<script")) || bytes.Contains(svg, []byte(`<rect width="9999"`)) {
			t.Error("raw markup from a label reached the SVG")
		}
	}
}

// parseSVG checks the SVG is well-formed XML and returns the character data
// of its <text>, <title> and <desc> elements and a count of element names.
func parseSVG(t *testing.T, svg []byte) ([]string, map[string]int) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	elements := map[string]int{}
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			elements[v.Name.Local]++
			stack = append(stack, v.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if n := len(stack); n > 0 && (stack[n-1] == "text" || stack[n-1] == "title" || stack[n-1] == "desc") {
				texts = append(texts, string(v))
			}
		}
	}
	return texts, elements
}

func TestSVGStructure(t *testing.T) {
	svg, err := render.SVG(diagrams.ClusterArchitecture(), render.Options{Lang: spec.ZH})
	if err != nil {
		t.Fatal(err)
	}
	texts, elements := parseSVG(t, svg)
	for _, want := range []string{`role="img"`, `<title id="cluster-architecture-title">Kubernetes 集群架构</title>`,
		`@font-face{font-family:kubefig-sans;font-weight:700;src:url(data:font/woff2;base64,`, `font-kerning:none`} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	if elements["desc"] != 1 || elements["title"] < 1 {
		t.Errorf("want one <desc> and a <title>, got %v", elements)
	}
	if len(texts) < 20 {
		t.Errorf("only %d texts", len(texts))
	}
	// Icons are defined once and reused.
	if elements["symbol"] == 0 || elements["use"] <= elements["symbol"] {
		t.Errorf("icons: %d symbols, %d uses; want fewer symbols than uses", elements["symbol"], elements["use"])
	}
	plain, err := render.SVG(diagrams.ClusterArchitecture(), render.Options{Lang: spec.ZH, SystemFonts: true})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("@font-face")) || !bytes.Contains(plain, []byte(`"Noto Sans CJK SC"`)) {
		t.Error("SystemFonts: want no @font-face and a fallback family list")
	}
	if len(plain)*3 > len(svg) {
		t.Logf("embedded %d bytes, system fonts %d bytes", len(svg), len(plain))
	}
}

func TestErrors(t *testing.T) {
	d := diagrams.ClusterArchitecture()
	if _, err := render.SVG(d, render.Options{Theme: "sepia"}); err == nil || !strings.Contains(err.Error(), `unknown theme "sepia"`) {
		t.Errorf("unknown theme: got %v", err)
	}
	if _, err := render.SVG(d, render.Options{Lang: "fr"}); err == nil || !strings.Contains(err.Error(), `unknown language "fr"`) {
		t.Errorf("unknown language: got %v", err)
	}
	if _, err := render.SVG(d, render.Options{Canvas: "poster"}); err == nil || !strings.Contains(err.Error(), `unknown canvas "poster"`) {
		t.Errorf("unknown canvas: got %v", err)
	}
	d.Graph.Edges[0].To = "nowhere"
	if _, err := render.PNG(d, render.Options{}); err == nil || !strings.Contains(err.Error(), `diagram "cluster-architecture": edge kubectl->nowhere: to names unknown node "nowhere"`) {
		t.Errorf("bad spec: got %v", err)
	}
}

// TestCatalogDeterministic: every diagram of the catalog renders to the
// same SVG bytes twice in one process (map order differs run to run).
func TestCatalogDeterministic(t *testing.T) {
	for _, d := range diagrams.All() {
		for _, lang := range spec.Langs {
			o := render.Options{Lang: lang, Theme: "dark"}
			a, err := render.SVG(d, o)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := render.SVG(diagrams.ByID(d.ID), o)
			if !bytes.Equal(a, b) {
				t.Errorf("%s (%s): two renders differ", d.ID, lang)
			}
		}
	}
}
