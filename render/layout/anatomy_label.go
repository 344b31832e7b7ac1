package layout

import (
	"math"

	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/textmeasure"
)

// Anatomy labels: a name, an optional pill, a description and examples,
// measured at a label width and at narrower ones.

// anLabelKey names an annotation's labels at a label width.
type anLabelKey struct {
	a      *spec.Annotation
	labelW float64
}

// anLabel is a measured label: its lines and the size of its text block.
type anLabel struct {
	name, desc, example  []string
	nameSt, descSt, exSt textmeasure.Style
	pill                 string
	pillW                float64
	pillOwnLine          bool
	namePad              float64 // above the name, to centre a one-line name on its pill
	nameH, descH, exH    float64
	w, h                 float64
}

// labelVariants measures a label wrapped at the label width and at
// narrower widths, each 70 % of the last, down to 110 px, keeping those
// that come out narrower: a narrow label may leave room for a neighbour's
// leader.
func labelVariants(ap *spec.Annotation, an *spec.Anatomy, st anStyles, o Options) []anLabel {
	key := anLabelKey{ap, st.labelW}
	if ls, ok := st.labels[key]; ok {
		return ls
	}
	a := *ap
	out := []anLabel{measureAnLabel(a, an, st, o, true)}
	nst := st
	for {
		nst.labelW = math.Round(nst.labelW * 0.7)
		if nst.labelW < 110 {
			break
		}
		l := measureAnLabel(a, an, nst, o, false)
		if l.w < out[len(out)-1].w-1 {
			out = append(out, l)
		}
	}
	if st.labels != nil {
		st.labels[key] = out
	}
	return out
}

// measureAnLabel wraps a label's texts at the label width.
func measureAnLabel(a spec.Annotation, an *spec.Anatomy, st anStyles, o Options, codeSlack bool) anLabel {
	th := o.Theme
	lh := th.Size.LineHeight
	l := anLabel{nameSt: st.name, descSt: st.desc, exSt: st.example}
	if a.Name.Lit != "" {
		l.nameSt.Family = textmeasure.Mono
	}
	if a.Desc.Lit != "" {
		l.descSt = mono(st.desc.Size - 0.5)
	}
	if a.Example.Lit == "" {
		l.exSt = sans(st.desc.Size)
	}
	l.name = wrapText(a.Name, o.Lang, l.nameSt, st.labelW)
	l.nameH = TextBlockHeight(len(l.name), l.nameSt, lh)
	l.w = textmeasure.MaxWidth(l.name, l.nameSt)
	if a.Optional {
		l.pill = an.Tag().In(o.Lang)
		l.pillW = textmeasure.Width(l.pill, st.pill) + 2*anPillPadX
		last := textmeasure.Width(l.name[len(l.name)-1], l.nameSt)
		if last+anPillGap+l.pillW <= st.labelW {
			// The pill is centred on the last line; where it is taller
			// than the line it pushes the block's edges out.
			l.w = max(l.w, last+anPillGap+l.pillW)
			extra := max(0, (anPillH-TextBlockHeight(1, l.nameSt, lh))/2)
			if len(l.name) == 1 {
				l.namePad = extra
				l.nameH += extra
			}
			l.nameH += extra
		} else {
			l.pillOwnLine = true
			l.nameH += anBlockGap + anPillH
			l.w = max(l.w, l.pillW)
		}
	}
	l.h = l.nameH
	if d := a.Desc.In(o.Lang); d != "" {
		l.desc = wrapText(a.Desc, o.Lang, l.descSt, st.labelW)
		l.descH = TextBlockHeight(len(l.desc), l.descSt, lh)
		l.w = max(l.w, textmeasure.MaxWidth(l.desc, l.descSt))
		l.h += anBlockGap + l.descH
	}
	if e := a.Example.In(o.Lang); e != "" {
		// Code breaks badly: with codeSlack a literal example may take
		// up to a quarter as wide again as the label's other text rather
		// than wrap.
		exW := st.labelW
		if a.Example.Lit != "" && codeSlack {
			exW = max(exW, min(textmeasure.Width(e, l.exSt), 1.25*st.labelW))
		}
		l.example = wrapText(a.Example, o.Lang, l.exSt, exW)
		l.exH = TextBlockHeight(len(l.example), l.exSt, lh)
		l.w = max(l.w, textmeasure.MaxWidth(l.example, l.exSt))
		l.h += anBlockGap + l.exH
	}
	return l
}
