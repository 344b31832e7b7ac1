// Package textmeasure holds kubefig's embedded fonts and the one text
// measurer that layout and both painters share.
//
// Widths are float sums of glyph advances read with x/image/font/sfnt, with
// no kerning, ligatures or CJK/Latin autospacing: exactly what the SVG
// painter's CSS asks a browser to draw and what the PNG painter draws.
package textmeasure

import (
	_ "embed" // the fonts
	"fmt"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The fonts, embedded as byte slices rather than an embed.FS: ReadFile
// would copy 4.6 MB at every start, faulting in every page; a slice is read
// in place, only the pages sfnt.Parse and the glyphs drawn touch.
var (
	//go:embed fonts/sans-regular.ttf
	sansRegular []byte
	//go:embed fonts/sans-bold.ttf
	sansBold []byte
	//go:embed fonts/mono-regular.ttf
	monoRegular []byte
	//go:embed fonts/mono-bold.ttf
	monoBold []byte
)

// fontData returns the embedded TrueType file of a face.
func fontData(f Face) []byte {
	switch f {
	case Face{Sans, false}:
		return sansRegular
	case Face{Sans, true}:
		return sansBold
	case Face{Mono, false}:
		return monoRegular
	case Face{Mono, true}:
		return monoBold
	}
	return nil
}

// Family is a typeface family: proportional sans or monospace.
type Family uint8

const (
	Sans Family = iota
	Mono
)

// MarshalJSON writes the family by name.
func (f Family) MarshalJSON() ([]byte, error) { return []byte(`"` + f.String() + `"`), nil }

func (f Family) String() string {
	if f == Mono {
		return "mono"
	}
	return "sans"
}

// Face names one of the four embedded fonts.
type Face struct {
	Family Family `json:"family"`
	Bold   bool   `json:"bold,omitempty"`
}

// Faces lists every embedded face in a fixed order.
var Faces = []Face{{Sans, false}, {Sans, true}, {Mono, false}, {Mono, true}}

// Name is a short stable name such as "sans-bold", used for file names and CSS.
func (f Face) Name() string {
	w := "regular"
	if f.Bold {
		w = "bold"
	}
	return f.Family.String() + "-" + w
}

// Style is a face at a size in CSS pixels.
type Style struct {
	Face
	Size float64 `json:"size"`
}

// Font is one parsed embedded font with its advance table.
type Font struct {
	Face  Face
	Bytes []byte // the TrueType file as embedded; shared, never change it
	SFNT  *sfnt.Font

	unitsPerEm float64
	// Vertical metrics in em units (positive up).
	ascent, descent, typoAscent, typoDescent float64
	glyphs                                   map[rune]glyph
}

type glyph struct {
	index   sfnt.GlyphIndex
	advance float64 // in em units
}

var (
	loadOnce sync.Once
	fonts    map[Face]*Font
	loadErr  error
)

// Load returns the embedded font for a face. The fonts are parsed once;
// after that Load is safe for concurrent use and cheap.
func Load(f Face) *Font {
	loadOnce.Do(func() { fonts, loadErr = loadAll() })
	if loadErr != nil {
		// The fonts are compiled into the binary: failing to parse them
		// is a build defect, not a runtime condition.
		panic(loadErr)
	}
	return fonts[f]
}

func loadAll() (map[Face]*Font, error) {
	out := make(map[Face]*Font, len(Faces))
	for _, face := range Faces {
		b := fontData(face)
		if len(b) == 0 {
			return nil, fmt.Errorf("textmeasure: embedded font %s is missing", face.Name())
		}
		f, err := parse(face, b)
		if err != nil {
			return nil, fmt.Errorf("textmeasure: embedded font %s: %w", face.Name(), err)
		}
		out[face] = f
	}
	return out, nil
}

func parse(face Face, b []byte) (*Font, error) {
	sf, err := sfnt.Parse(b)
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	upem := float64(sf.UnitsPerEm())
	ppem := fixed.Int26_6(sf.UnitsPerEm()) << 6 // one unit is 1/64 px: exact
	m, err := sf.Metrics(&buf, ppem, 0)
	if err != nil {
		return nil, err
	}
	f := &Font{
		Face: face, Bytes: b, SFNT: sf, unitsPerEm: upem,
		ascent:  float64(m.Ascent) / 64 / upem,
		descent: float64(m.Descent) / 64 / upem,
		glyphs:  make(map[rune]glyph, 5000),
	}
	f.typoAscent, f.typoDescent = typoMetrics(b, upem)
	// Walk the cmap once: every rune the font maps gets its advance.
	for r := rune(0x20); r <= 0xFFFF; r++ {
		gi, err := sf.GlyphIndex(&buf, r)
		if err != nil || gi == 0 {
			continue
		}
		adv, err := sf.GlyphAdvance(&buf, gi, ppem, 0)
		if err != nil {
			return nil, err
		}
		f.glyphs[r] = glyph{index: gi, advance: float64(adv) / 64 / upem}
	}
	return f, nil
}

// typoMetrics reads sTypoAscender and sTypoDescender from the OS/2 table:
// the ideographic em box of a CJK font, which is what looks centred.
func typoMetrics(b []byte, upem float64) (asc, desc float64) {
	numTables := int(b[4])<<8 | int(b[5])
	for i := 0; i < numTables; i++ {
		rec := b[12+16*i:]
		if string(rec[:4]) != "OS/2" {
			continue
		}
		off := int(rec[8])<<24 | int(rec[9])<<16 | int(rec[10])<<8 | int(rec[11])
		a := int16(uint16(b[off+68])<<8 | uint16(b[off+69]))
		d := int16(uint16(b[off+70])<<8 | uint16(b[off+71]))
		return float64(a) / upem, float64(-d) / upem
	}
	return 0.88, 0.12
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool {
	_, ok := f.glyphs[r]
	return ok
}

// GlyphIndex returns the glyph for r, or 0 (.notdef) when there is none.
func (f *Font) GlyphIndex(r rune) sfnt.GlyphIndex {
	return f.glyphs[r].index
}

// Width is the advance width of s at size px: the sum of glyph advances.
// A rune the font lacks counts as the .notdef advance (one em); Missing
// reports such runes, and validation refuses them before layout.
func Width(s string, st Style) float64 {
	f := Load(st.Face)
	w := 0.0
	for _, r := range s {
		if g, ok := f.glyphs[r]; ok {
			w += g.advance
		} else {
			w += 1
		}
	}
	return w * st.Size
}

// Metrics are vertical measures of a style in px, positive numbers.
type Metrics struct {
	Ascent, Descent float64 // hhea: the font's line box
	// EmTop, EmBottom bound the ideographic em box around the baseline
	// (OS/2 typo metrics); centring that box centres mixed CJK/Latin text.
	EmTop, EmBottom float64
}

// Extents returns the vertical metrics of a style.
func Extents(st Style) Metrics {
	f := Load(st.Face)
	return Metrics{
		Ascent: f.ascent * st.Size, Descent: f.descent * st.Size,
		EmTop: f.typoAscent * st.Size, EmBottom: f.typoDescent * st.Size,
	}
}

// BaselineFor returns the baseline y that centres one line of text of this
// style on centreY.
func BaselineFor(centreY float64, st Style) float64 {
	m := Extents(st)
	return centreY + (m.EmTop-m.EmBottom)/2
}

// Missing returns the distinct runes of s, in order of first appearance,
// that the face has no glyph for.
func Missing(s string, face Face) []rune {
	f := Load(face)
	var out []rune
	for _, r := range s {
		if r == '\n' || f.Has(r) || containsRune(out, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// ValidUTF8 reports whether s is valid UTF-8; invalid bytes cannot be drawn.
func ValidUTF8(s string) bool { return utf8.ValidString(s) }

// Covered reports whether every embedded face has a glyph for r, so r draws
// the same whatever style a layout gives it.
func Covered(r rune) bool {
	for _, f := range Faces {
		if !Load(f).Has(r) {
			return false
		}
	}
	return true
}

// Uncovered returns the distinct runes of s, in order of first appearance,
// that some embedded face cannot draw. Newlines are allowed.
func Uncovered(s string) []rune {
	var out []rune
	for _, r := range s {
		if r == '\n' || Covered(r) || containsRune(out, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}
