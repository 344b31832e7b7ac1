package layout

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Wrapping for stack labels and notes: balanced lines, Chinese broken at
// phrases, versions kept with their names.

// balancedWrap wraps a text like wrapText, then narrows the width as far
// as the line count allows, so the last line is not a lone word
// ("filesystem /" rather than "/"). Chinese prose breaks after its
// punctuation (、，；：) when a line would otherwise end between two Han
// characters and that costs at most one more line.
func balancedWrap(t spec.Text, lang spec.Lang, st textmeasure.Style, width float64) []string {
	// Never narrower than the widest word: the wrapper splits a word
	// wider than the line ("Deploymen" / "tcontroller").
	floor := min(unbreakable(t.In(lang), st), width)
	if t.Lit != "" {
		return balance(func(w float64) []string { return wrapCode(t.Lit, st, w) }, width, floor, false)
	}
	s := glueVersions(t.In(lang))
	lines := balance(func(w float64) []string { return textmeasure.Wrap(s, st, w) }, width, floor, false)
	if lang == spec.ZH && breaksInWord(lines) {
		if pl := balance(func(w float64) []string { return phraseWrap(s, st, w) }, width, floor, true); len(pl) <= len(lines)+1 {
			lines = pl
		}
	}
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, nbsp, " ")
	}
	return lines
}

// nbsp is a no-break space: as wide as a space, never a line break.
const nbsp = "\u00a0"

// versionAfterSpace finds a space between a Latin word and a number or
// version ("Docker 20.10", "Kubernetes v1.24"); after a Han character a
// line may break anyway, so those spaces stay.
var versionAfterSpace = regexp.MustCompile(`([A-Za-z0-9)]) (v?[0-9])`)

// glueVersions joins a number or version to the word before it with a
// no-break space, so "Docker 20.10" never splits across lines.
func glueVersions(s string) string {
	return versionAfterSpace.ReplaceAllString(s, "${1}"+nbsp+"${2}")
}

// balance wraps at width, then at the narrowest width, down to floor,
// that keeps the line count (and, with whole, breaks no word that the
// first did not).
func balance(wrap func(float64) []string, width, floor float64, whole bool) []string {
	lines := wrap(width)
	if len(lines) < 2 {
		return lines
	}
	broken := breaksInWord(lines)
	lo, hi := max(width/2, floor), width
	for hi-lo > 2 {
		mid := (lo + hi) / 2
		if l := wrap(mid); len(l) == len(lines) && (!whole || broken || !breaksInWord(l)) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return wrap(hi)
}

// phraseWrap packs the phrases of a Chinese text (each ending in 、，；：
// or at the end) into lines no wider than width; a phrase wider than a
// line on its own wraps as usual.
func phraseWrap(s string, st textmeasure.Style, width float64) []string {
	var phrases []string
	start := 0
	for i, r := range s {
		switch r {
		case '、', '，', '；', '：':
			end := i + len(string(r))
			phrases = append(phrases, s[start:end])
			start = end
		}
	}
	if start < len(s) {
		phrases = append(phrases, s[start:])
	}
	var lines []string
	line := ""
	for _, p := range phrases {
		if line != "" && textmeasure.Width(line+p, st) > width {
			lines = append(lines, line)
			line = ""
		}
		if textmeasure.Width(line+p, st) > width {
			parts := textmeasure.Wrap(line+p, st, width)
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
			continue
		}
		line += p
	}
	return append(lines, line)
}

// breaksInWord reports whether a line ends between two Han characters.
func breaksInWord(lines []string) bool {
	for i := 1; i < len(lines); i++ {
		a, b := []rune(lines[i-1]), []rune(lines[i])
		if len(a) > 0 && len(b) > 0 && unicode.Is(unicode.Han, a[len(a)-1]) && unicode.Is(unicode.Han, b[0]) {
			return true
		}
	}
	return false
}
