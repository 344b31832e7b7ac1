package layout

import (
	"math"
	"unicode"

	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// seqWrapper wraps the texts of one sequence in one language, and
// remembers: the shape search lays a sequence out some twenty times, and
// wraps the same labels at the same widths each time.
type seqWrapper struct {
	lang spec.Lang
	memo map[seqWrapKey][]string
}

type seqWrapKey struct {
	text  spec.Text
	style textmeasure.Style
	width float64
}

func newSeqWrapper(lang spec.Lang) *seqWrapper {
	return &seqWrapper{lang: lang, memo: map[seqWrapKey][]string{}}
}

// balanced wraps a text to at most width w (or its widest word, if wider)
// with balancedWrap (stack_wrap.go): as few lines as wrapping at w gives,
// as even as they can be, Chinese broken at its punctuation. Widths count
// in quarter pixels.
func (sw *seqWrapper) balanced(t spec.Text, st textmeasure.Style, w float64) []string {
	w = math.Round(w*4) / 4
	key := seqWrapKey{t, st, w}
	if lines, ok := sw.memo[key]; ok {
		return lines
	}
	// Never split a name such as kube-controller-manager: wrap at least
	// as wide as the widest word.
	lines := balancedWrap(t, sw.lang, st, max(w, unbreakable(t.In(sw.lang), st)))
	sw.memo[key] = lines
	return lines
}

// unbreakable is the width of the widest run of text the wrapper may not
// break: a word, or a name such as kube-controller-manager. Chinese
// characters and punctuation break anywhere; a slash ends a run.
func unbreakable(s string, st textmeasure.Style) float64 {
	w := 0.0
	var run []rune
	flush := func() {
		if len(run) > 0 {
			w = max(w, textmeasure.Width(string(run), st))
			run = run[:0]
		}
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\n' || unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef:
			flush()
		case r == '/':
			run = append(run, r)
			flush()
		default:
			run = append(run, r)
		}
	}
	flush()
	return w
}
