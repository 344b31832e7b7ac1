// Package browsertest loads SVG documents in headless Chromium and reports
// what it drew for every <text> element, so that tests can prove a browser
// draws exactly what kubefig measured.
//
// Chromium runs with a generated fontconfig file that shows it one Latin
// font directory and nothing else: the machine's CJK fonts (fonts-noto-cjk)
// cannot stand in for a glyph missing from an SVG's embedded subset, so
// only the embedded glyphs draw at their measured widths. One Latin font
// must stay visible; Chromium with no system font at all draws no text.
package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// FontDir is the only system font directory Chromium is shown: DejaVu,
// Debian's fonts-dejavu-core (which fontconfig itself depends on).
const FontDir = "/usr/share/fonts/truetype/dejavu"

// Browser is a Chromium executable and the font directory it may see.
type Browser struct {
	Path    string
	FontDir string
}

// Find locates Chromium ($KUBEFIG_CHROMIUM, /usr/bin/chromium, or chromium,
// chromium-browser, google-chrome on PATH) and the Latin font directory. Its
// error says what is missing and which Debian package provides it.
func Find() (*Browser, error) {
	path := os.Getenv("KUBEFIG_CHROMIUM")
	if path != "" {
		if fi, err := os.Stat(path); err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return nil, fmt.Errorf("KUBEFIG_CHROMIUM=%s is not an executable file", path)
		}
	} else {
		if _, err := os.Stat("/usr/bin/chromium"); err == nil {
			path = "/usr/bin/chromium"
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path != "" {
			break
		}
		if p, err := exec.LookPath(name); err == nil {
			path = p
		}
	}
	if path == "" {
		return nil, errors.New("no Chromium: neither /usr/bin/chromium nor chromium on PATH (Debian: apt-get install chromium fonts-dejavu-core; or set KUBEFIG_CHROMIUM)")
	}
	fonts, _ := filepath.Glob(filepath.Join(FontDir, "*.ttf"))
	if len(fonts) == 0 {
		return nil, fmt.Errorf("no Latin font in %s for Chromium to fall back on (Debian: apt-get install fonts-dejavu-core)", FontDir)
	}
	return &Browser{Path: path, FontDir: FontDir}, nil
}

// Doc is one SVG document to load, with extra strings to measure in it.
type Doc struct {
	Name   string
	SVG    []byte
	Probes []Probe
	Glyphs []Glyph
}

// Glyph is one character whose ink Chromium measures on a canvas of the
// Doc, with the Doc's fonts: what glyph a font really supplies for it.
type Glyph struct {
	Font string `json:"font"` // a CSS font shorthand, e.g. "700 100px kubefig-sans"
	Text string `json:"text"`
}

// Probe is a string drawn in a Doc after its own texts have been measured:
// a <text> with the given class and/or font-family at a size in px.
type Probe struct {
	Class  string  `json:"class"`  // e.g. "f-sans-regular", a class of the SVG's style sheet
	Family string  `json:"family"` // a font-family attribute, e.g. "Noto Sans CJK SC"
	Size   float64 `json:"size"`
	Text   string  `json:"text"`
}

// Result is what Chromium drew for one Doc.
type Result struct {
	Name   string     `json:"name"`
	Texts  []Text     `json:"texts"`  // every <text>, in document order
	Faces  []FontFace `json:"faces"`  // document.fonts after fonts.ready
	Probes []float64  `json:"probes"` // computed text length of each probe
	Ink    []Ink      `json:"ink"`    // per Glyph, in order
	Error  string     `json:"error"`  // a script error in this document
}

// Text is one drawn <text> element, in its own user units (the scene's
// content coordinates).
type Text struct {
	Text  string  `json:"text"`
	Width float64 `json:"width"` // getComputedTextLength(): the advance width
	Box   Box     `json:"box"`   // getBBox()
}

// Box is a rectangle in px.
type Box struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Ink is the ink box of a glyph drawn at the origin, from canvas
// TextMetrics: distances in px from the origin, positive to the left, to the
// right, up and down. A glyph with no ink (a space, an empty .notdef) has
// all four zero.
type Ink struct {
	Advance float64 `json:"advance"`
	Left    float64 `json:"left"`
	Right   float64 `json:"right"`
	Ascent  float64 `json:"ascent"`
	Descent float64 `json:"descent"`
}

// FontFace is one entry of an SVG document's FontFaceSet.
type FontFace struct {
	Family string `json:"family"`
	Weight string `json:"weight"`
	Status string `json:"status"` // "loaded" when an embedded face was used
}

// Measure loads the documents, each in its own iframe of one page, in one
// Chromium run, and returns a Result per document in the same order.
// ctx bounds the run: a hung browser is killed.
func (b *Browser) Measure(ctx context.Context, docs []Doc) ([]Result, error) {
	tmp, err := os.MkdirTemp("", "kubefig-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	fontsConf := filepath.Join(tmp, "fonts.conf")
	if err := os.WriteFile(fontsConf, []byte(fontconfig(b.FontDir, filepath.Join(tmp, "fc-cache"))), 0o644); err != nil {
		return nil, err
	}
	page, err := pageHTML(docs)
	if err != nil {
		return nil, err
	}
	srv := httptest.NewServer(handler(page, docs))
	defer srv.Close()

	cmd := exec.CommandContext(ctx, b.Path,
		"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions",
		"--disable-dev-shm-usage", // containers often have a tiny /dev/shm
		"--user-data-dir="+filepath.Join(tmp, "profile"),
		// Virtual time runs as fast as the page lets it: the budget ends
		// the run once fonts.ready has resolved and the script is done.
		"--virtual-time-budget=60000",
		"--dump-dom", srv.URL+"/index.html")
	cmd.Env = append(os.Environ(), "FONTCONFIG_FILE="+fontsConf, "HOME="+tmp)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	ownProcessGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	killProcessGroup(cmd) // helpers Chromium left behind, if any
	if ctx.Err() != nil {
		return nil, fmt.Errorf("chromium: %w (stderr: %s)", ctx.Err(), tail(stderr.String()))
	}
	if runErr != nil {
		return nil, fmt.Errorf("chromium: %w (stderr: %s)", runErr, tail(stderr.String()))
	}
	return parseResults(stdout.String(), docs, stderr.String())
}

// fontconfig is a fonts.conf that shows Chromium a single font directory.
func fontconfig(dir, cache string) string {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n<dir>")
	_ = xml.EscapeText(&b, []byte(dir))
	b.WriteString("</dir>\n<cachedir>")
	_ = xml.EscapeText(&b, []byte(cache))
	b.WriteString("</cachedir>\n")
	// No hinting: canvas metrics (and PNG-like rasterising) then follow the
	// outlines, as our measurer does.
	b.WriteString(`<match target="pattern"><edit name="hinting" mode="assign"><bool>false</bool></edit><edit name="hintstyle" mode="assign"><const>hintnone</const></edit></match>` + "\n")
	b.WriteString("</fontconfig>\n")
	return b.String()
}

func handler(page []byte, docs []Doc) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/index.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/doc/", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/doc/"), ".svg"))
		if err != nil || i < 0 || i >= len(docs) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "image/svg+xml")
		w.Write(docs[i].SVG)
	})
	return mux
}

// pageHTML is a page with one iframe per document and a script that, once
// everything has loaded and every document's fonts are ready, measures
// every <text> and writes the results as JSON into #kubefig-result.
func pageHTML(docs []Doc) ([]byte, error) {
	type extra struct {
		Probes []Probe `json:"probes"`
		Glyphs []Glyph `json:"glyphs"`
	}
	extras := make([]extra, len(docs))
	for i, d := range docs {
		extras[i] = extra{d.Probes, d.Glyphs}
	}
	extraJSON, err := json.Marshal(extras)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>kubefig browser test</title></head><body>\n")
	for i := range docs {
		fmt.Fprintf(&b, "<iframe src=\"/doc/%d.svg\" width=\"64\" height=\"64\"></iframe>\n", i)
	}
	b.WriteString("<pre id=\"kubefig-result\"></pre>\n<script>\nconst extras = ")
	// JSON inside <script>: </script> cannot occur, json.Marshal escapes < > &.
	b.Write(extraJSON)
	b.WriteString(";\n" + measureJS + "</script>\n</body></html>\n")
	return b.Bytes(), nil
}

const measureJS = `
const SVGNS = 'http://www.w3.org/2000/svg';
async function measure(frame, extra) {
  const doc = frame.contentDocument;
  if (!doc || !doc.documentElement) return {error: 'document did not load'};
  const texts = Array.from(doc.querySelectorAll('text'));
  texts.forEach(t => t.getBBox()); // lay out, so every used face starts loading
  await doc.fonts.ready;
  const out = {texts: [], faces: [], probes: [], ink: []};
  for (const t of texts) {
    const b = t.getBBox();
    out.texts.push({text: t.textContent, width: t.getComputedTextLength(),
      box: {x: b.x, y: b.y, w: b.width, h: b.height}});
  }
  doc.fonts.forEach(f => out.faces.push({family: f.family.replace(/^"|"$/g, ''), weight: String(f.weight), status: f.status}));
  for (const p of (extra.probes || [])) {
    const t = doc.createElementNS(SVGNS, 'text');
    if (p.class) t.setAttribute('class', p.class);
    if (p.family) t.setAttribute('font-family', p.family);
    t.setAttribute('font-size', String(p.size));
    t.setAttribute('y', '-1000');
    t.textContent = p.text;
    doc.documentElement.appendChild(t);
    t.getBBox();
    await doc.fonts.ready;
    out.probes.push(t.getComputedTextLength());
    t.remove();
  }
  const ctx = doc.createElementNS('http://www.w3.org/1999/xhtml', 'canvas').getContext('2d');
  for (const g of (extra.glyphs || [])) {
    ctx.font = g.font;
    const m = ctx.measureText(g.text);
    out.ink.push({advance: m.width, left: m.actualBoundingBoxLeft, right: m.actualBoundingBoxRight,
      ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent});
  }
  return out;
}
window.addEventListener('load', async () => {
  const frames = Array.from(document.querySelectorAll('iframe'));
  const results = [];
  for (let i = 0; i < frames.length; i++) {
    try {
      results.push(await measure(frames[i], extras[i]));
    } catch (e) {
      results.push({error: String(e && e.stack || e)});
    }
  }
  document.getElementById('kubefig-result').textContent = JSON.stringify(results);
});
`

const resultOpen, resultClose = `<pre id="kubefig-result">`, `</pre>`

func parseResults(dom string, docs []Doc, stderr string) ([]Result, error) {
	i := strings.Index(dom, resultOpen)
	if i < 0 {
		return nil, fmt.Errorf("chromium printed no page (stderr: %s)", tail(stderr))
	}
	rest := dom[i+len(resultOpen):]
	j := strings.Index(rest, resultClose)
	if j < 0 {
		return nil, errors.New("chromium: result element not closed in the dumped DOM")
	}
	raw := html.UnescapeString(rest[:j])
	if strings.TrimSpace(raw) == "" {
		return nil, fmt.Errorf("chromium: the page script wrote no result: it did not finish within the virtual time budget, or failed (stderr: %s)", tail(stderr))
	}
	var results []Result
	if err := json.Unmarshal([]byte(raw), &results); err != nil {
		return nil, fmt.Errorf("chromium: bad result JSON: %w", err)
	}
	if len(results) != len(docs) {
		return nil, fmt.Errorf("chromium: %d results for %d documents", len(results), len(docs))
	}
	for k := range results {
		results[k].Name = docs[k].Name
	}
	return results, nil
}

// tail keeps the end of Chromium's stderr for an error message.
func tail(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 800 {
		s = "..." + s[len(s)-800:]
	}
	if s == "" {
		return "empty"
	}
	return s
}
