package svgpaint

import (
	"encoding/base64"
	"fmt"
	"sort"
	"strings"
	"sync"

	tdfont "github.com/tdewolff/font"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Family names written into the SVG. With embedded fonts the first name is
// ours and resolves to the @font-face subset; the rest are fallbacks for
// --embed-fonts=false and for tools that ignore @font-face.
const (
	sansStack = `kubefig-sans, "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`
	monoStack = `kubefig-mono, "Noto Sans Mono CJK SC", "Sarasa Mono SC", "Noto Sans Mono", monospace`
)

// textCSS turns off everything a browser could do to text that our
// measurer does not: kerning, ligatures, CJK/Latin autospacing, synthetic
// bold.
const textCSS = `text{font-kerning:none;font-variant-ligatures:none;font-feature-settings:"kern" 0,"liga" 0,"calt" 0;text-autospace:no-autospace;font-synthesis:none;text-rendering:geometricPrecision;white-space:pre}`

// fontCSS returns the style sheet: a class per face used, and with embed an
// @font-face per face holding exactly the glyphs the scene draws.
func fontCSS(s *scene.Scene, embed bool) (string, error) {
	used := runesByFace(s)
	var b strings.Builder
	for _, face := range textmeasure.Faces {
		runes, ok := used[face]
		if !ok {
			continue
		}
		family, weight := familyOf(face)
		if embed {
			woff2, err := cachedSubset(face, runes)
			if err != nil {
				return "", fmt.Errorf("subset font %s: %w", face.Name(), err)
			}
			fmt.Fprintf(&b, "@font-face{font-family:%s;font-weight:%d;src:url(data:font/woff2;base64,%s) format(\"woff2\")}\n",
				family, weight, base64.StdEncoding.EncodeToString(woff2))
		}
		stack := sansStack
		if face.Family == textmeasure.Mono {
			stack = monoStack
		}
		fmt.Fprintf(&b, ".%s{font-family:%s;font-weight:%d}\n", className(face), stack, weight)
	}
	b.WriteString(textCSS)
	return b.String(), nil
}

func familyOf(f textmeasure.Face) (string, int) {
	family := "kubefig-sans"
	if f.Family == textmeasure.Mono {
		family = "kubefig-mono"
	}
	if f.Bold {
		return family, 700
	}
	return family, 400
}

func className(f textmeasure.Face) string { return "f-" + f.Name() }

// runesByFace collects, for each face, the distinct runes drawn with it.
func runesByFace(s *scene.Scene) map[textmeasure.Face][]rune {
	sets := map[textmeasure.Face]map[rune]bool{}
	scene.Walk(s.Items, func(it *scene.Item) {
		if it.Text == nil {
			return
		}
		set := sets[it.Text.Style.Face]
		if set == nil {
			set = map[rune]bool{}
			sets[it.Text.Style.Face] = set
		}
		for _, r := range it.Text.Text {
			set[r] = true
		}
	})
	out := make(map[textmeasure.Face][]rune, len(sets))
	for f, set := range sets {
		rs := make([]rune, 0, len(set))
		for r := range set {
			rs = append(rs, r)
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		out[f] = rs
	}
	return out
}

// Subsets are kept by face and runes: the light and dark (and slide)
// renderings of a diagram draw the same characters, and making a WOFF2
// subset costs milliseconds, mostly Brotli setting up a 4 MB window.
var (
	subsetsMu sync.Mutex
	subsets   = map[subsetKey][]byte{}
)

type subsetKey struct {
	face  textmeasure.Face
	runes string
}

// maxSubsets bounds the cache for long-running processes; the catalog
// needs a few hundred.
const maxSubsets = 1024

// cachedSubset is subsetWOFF2 through the cache. The bytes it returns are
// shared: read them, never change them.
func cachedSubset(face textmeasure.Face, runes []rune) ([]byte, error) {
	key := subsetKey{face, string(runes)}
	subsetsMu.Lock()
	woff2, ok := subsets[key]
	subsetsMu.Unlock()
	if ok {
		return woff2, nil
	}
	woff2, err := subsetWOFF2(face, runes)
	if err != nil {
		return nil, err
	}
	subsetsMu.Lock()
	if len(subsets) >= maxSubsets {
		clear(subsets)
	}
	subsets[key] = woff2
	subsetsMu.Unlock()
	return woff2, nil
}

// subsetWOFF2 returns a WOFF2 font holding .notdef and the glyphs of runes.
// tdewolff/font writes WOFF2 deterministically (its TrueType writer stamps
// the time into head, so we never use that).
func subsetWOFF2(face textmeasure.Face, runes []rune) ([]byte, error) {
	// A fresh parse per subset (0.2 ms): tdewolff/font's Subset writes
	// into the parsed font it is given (its maxp table), so a shared one
	// would be corrupted and raced on.
	sf, err := tdfont.ParseSFNT(textmeasure.Load(face).Bytes, 0)
	if err != nil {
		return nil, err
	}
	ids := []uint16{0}
	seen := map[uint16]bool{0: true}
	for _, r := range runes {
		id := sf.GlyphIndex(r)
		if id == 0 {
			return nil, fmt.Errorf("no glyph for %q (U+%04X)", r, r)
		}
		if !seen[id] { // each glyph once: duplicates break the cmap
			seen[id] = true
			ids = append(ids, id)
		}
	}
	sub, err := sf.Subset(ids, tdfont.SubsetOptions{Tables: tdfont.KeepMinTables})
	if err != nil {
		return nil, err
	}
	return sub.WriteWOFF2()
}
