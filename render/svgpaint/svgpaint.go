// Package svgpaint paints a scene as SVG with github.com/ajstarks/svgo.
//
// It makes no layout decisions: every position comes from the scene. Text
// goes through svgo's escaping text methods; everything written raw into
// attributes is a typed number, a scene.Color (which prints only as hex) or
// an id checked against [a-z0-9-] by scene.Check.
package svgpaint

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"

	svg "github.com/ajstarks/svgo/float"

	"github.com/kubefig/kubefig/render/scene"
)

// Options control SVG output.
type Options struct {
	// EmbedFonts writes an @font-face subset of the embedded fonts, so every
	// browser draws exactly the measured glyphs. Without it the SVG names
	// the font families with fallbacks and stays small.
	EmbedFonts bool
}

// Paint returns the scene as an SVG document.
func Paint(s *scene.Scene, o Options) ([]byte, error) {
	if err := s.Check(); err != nil {
		return nil, fmt.Errorf("svg: %w", err)
	}
	css, err := fontCSS(s, o.EmbedFonts)
	if err != nil {
		return nil, fmt.Errorf("svg %s: %w", s.ID, err)
	}
	var buf bytes.Buffer // svgo drops write errors; a buffer has none
	p := &painter{c: svg.New(&buf), id: s.ID}
	p.c.Decimals = 2
	p.c.Start(s.Width, s.Height,
		fmt.Sprintf(`viewBox="0 0 %s %s"`, num(s.Width), num(s.Height)),
		`role="img"`,
		fmt.Sprintf(`aria-labelledby="%s %s"`, p.ref("title"), p.ref("desc")),
		fmt.Sprintf(`lang="%s"`, langAttr(s.Lang)))
	p.titled("title", s.Title)
	p.titled("desc", s.Desc)
	p.c.Def()
	p.c.Style("text/css", css)
	p.symbols(s.Items)
	p.c.DefEnd()
	p.c.Rect(0, 0, s.Width, s.Height, "fill="+quote(s.Background.RGBHex()))
	t := s.Content
	if t != scene.Identity {
		p.c.Group(fmt.Sprintf(`transform="translate(%s %s) scale(%s)"`, num(t.DX), num(t.DY), strconv.FormatFloat(t.Scale, 'f', 6, 64)))
	}
	p.items(s.Items)
	if t != scene.Identity {
		p.c.Gend()
	}
	p.c.End()
	return buf.Bytes(), nil
}

type painter struct {
	c         *svg.SVG
	id        string            // prefix for every id, so several SVGs can share one page
	symbolIDs map[string]string // iconKey -> symbol id
}

// ref returns a document-unique id for a local name.
func (p *painter) ref(name string) string {
	if p.id == "" {
		return name
	}
	return p.id + "-" + name
}

func (p *painter) titled(tag, text string) {
	// svgo's Title/Desc escape the text but write no id; write the element
	// ourselves with the same escaping.
	var b bytes.Buffer
	b.WriteString("<" + tag + ` id="` + p.ref(tag) + `">`)
	xml.EscapeText(&b, []byte(text))
	b.WriteString("</" + tag + ">\n")
	p.c.Writer.Write(b.Bytes())
}

// symbols defines every distinct icon once, for <use>. One name drawn in
// different colours (a pod icon in two roles) is several symbols:
// icon-pod, icon-pod-2, ... in order of first appearance.
func (p *painter) symbols(items []scene.Item) {
	p.symbolIDs = map[string]string{}
	count := map[string]int{}
	scene.Walk(items, func(it *scene.Item) {
		ic := it.Icon
		if ic == nil {
			return
		}
		key := iconKey(ic)
		if _, ok := p.symbolIDs[key]; ok {
			return
		}
		count[ic.Name]++
		id := "icon-" + ic.Name
		if n := count[ic.Name]; n > 1 {
			id += "-" + strconv.Itoa(n)
		}
		p.symbolIDs[key] = id
		fmt.Fprintf(p.c.Writer, "<symbol id=\"%s\" viewBox=\"0 0 24 24\">\n", p.ref(id))
		for _, sh := range ic.Shapes {
			p.c.Path(pathData(sh.Segments), fillAttrs(sh.Fill, sh.Stroke)...)
		}
		fmt.Fprint(p.c.Writer, "</symbol>\n")
	})
}

// iconKey identifies an icon's picture: its name and its colours.
func iconKey(ic *scene.Icon) string {
	var b strings.Builder
	b.WriteString(ic.Name)
	for _, sh := range ic.Shapes {
		b.WriteString("|" + sh.Fill.String() + "|" + sh.Stroke.Color.String())
	}
	return b.String()
}

func (p *painter) items(items []scene.Item) {
	for _, it := range items {
		switch {
		case it.Group != nil:
			p.group(it.Group)
		case it.Rect != nil:
			r := it.Rect
			attrs := fillAttrs(r.Fill, r.Stroke)
			x, y, w, h := round2(r.X), round2(r.Y), round2(r.W), round2(r.H)
			if r.Radius > 0 {
				p.c.Roundrect(x, y, w, h, round2(r.Radius), round2(r.Radius), attrs...)
			} else {
				p.c.Rect(x, y, w, h, attrs...)
			}
		case it.Path != nil:
			p.c.Path(pathData(it.Path.Segments), fillAttrs(it.Path.Fill, it.Path.Stroke)...)
		case it.Text != nil:
			p.text(it.Text)
		case it.Icon != nil:
			b := it.Icon.Box
			p.c.Use(round2(b.X), round2(b.Y), "#"+p.ref(p.symbolIDs[iconKey(it.Icon)]),
				"width="+quote(num(b.W)), "height="+quote(num(b.H)))
		}
	}
}

func (p *painter) group(g *scene.Group) {
	var attrs []string
	if g.ID != "" {
		attrs = append(attrs, "id="+quote(p.ref(g.ID)))
	}
	if g.Opacity > 0 && g.Opacity < 1 {
		attrs = append(attrs, "opacity="+quote(strconv.FormatFloat(g.Opacity, 'f', 3, 64)))
	}
	if len(attrs) == 0 {
		attrs = append(attrs, `class="g"`)
	}
	p.c.Group(attrs...)
	if g.Title != "" {
		var b bytes.Buffer
		b.WriteString("<title>")
		xml.EscapeText(&b, []byte(g.Title))
		b.WriteString("</title>\n")
		p.c.Writer.Write(b.Bytes())
	}
	p.items(g.Items)
	p.c.Gend()
}

func (p *painter) text(t *scene.Text) {
	attrs := []string{
		`class="` + className(t.Style.Face) + `"`,
		"font-size=" + quote(num(t.Style.Size)),
		"fill=" + quote(t.Color.RGBHex()),
	}
	if t.Color.A < 255 {
		attrs = append(attrs, "fill-opacity="+quote(opacity(t.Color)))
	}
	if t.Anchor != scene.Start {
		attrs = append(attrs, `text-anchor="`+t.Anchor.String()+`"`)
	}
	p.c.Text(round2(t.X), round2(t.Y), t.Text, attrs...)
}

// fillAttrs are the paint attributes of a fill and a stroke.
func fillAttrs(fill scene.Color, st scene.Stroke) []string {
	var a []string
	if fill.IsVisible() {
		a = append(a, "fill="+quote(fill.RGBHex()))
		if fill.A < 255 {
			a = append(a, "fill-opacity="+quote(opacity(fill)))
		}
	} else {
		a = append(a, `fill="none"`)
	}
	if st.Width > 0 && st.Color.IsVisible() {
		a = append(a, "stroke="+quote(st.Color.RGBHex()), "stroke-width="+quote(num(st.Width)))
		if st.Color.A < 255 {
			a = append(a, "stroke-opacity="+quote(opacity(st.Color)))
		}
		if len(st.Dash) > 0 {
			parts := make([]string, len(st.Dash))
			for i, d := range st.Dash {
				parts[i] = num(d)
			}
			a = append(a, "stroke-dasharray="+quote(strings.Join(parts, " ")))
		}
		a = append(a, `stroke-linejoin="round"`, `stroke-linecap="round"`)
	}
	return a
}

// pathData writes segments as SVG path data with two decimals.
func pathData(segs []scene.Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(byte(s.Op))
		for i, pt := range s.Pts {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(num(pt.X))
			b.WriteByte(',')
			b.WriteString(num(pt.Y))
		}
	}
	return b.String()
}

// num prints a coordinate at the fixed precision of two decimals, trimmed,
// without "-0": the same bytes on every machine.
func num(v float64) string {
	s := strconv.FormatFloat(round2(v), 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func round2(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0 // no negative zero
	}
	return r
}

func opacity(c scene.Color) string { return strconv.FormatFloat(c.Opacity(), 'f', 3, 64) }

func quote(s string) string { return `"` + s + `"` }

// langAttr keeps the lang attribute to the safe alphabet.
func langAttr(l string) string {
	if scene.ValidID(l) {
		return l
	}
	return "und"
}
