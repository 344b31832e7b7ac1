// Command dotgen writes a graph diagram of kubefig's catalog as plain
// Graphviz DOT, for bench/run.sh to time Debian's dot against kubefig on
// the same picture: the same nodes (label and sublabel), groups as
// clusters, edges with their labels, arrows and hidden layout edges, the
// same rank constraints and gaps, and the title, subtitle and notes as the
// graph label, at kubefig's font sizes. Graphviz measures and places the
// text itself; there are no icons.
//
//	go run ./bench/dotgen [--lang en|zh] [id] > diagram.dot
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func main() {
	lang := flag.String("lang", "en", "label language: en or zh")
	flag.Parse()
	id := "cluster-architecture"
	if flag.NArg() > 0 {
		id = flag.Arg(0)
	}
	d := diagrams.ByID(id)
	if d == nil {
		fmt.Fprintf(os.Stderr, "dotgen: unknown diagram %q (see 'go run . list')\n", id)
		os.Exit(2)
	}
	if d.Graph == nil {
		fmt.Fprintf(os.Stderr, "dotgen: diagram %q is a %s, not a graph\n", id, d.Kind())
		os.Exit(2)
	}
	l := spec.Lang(*lang)
	if l != spec.EN && l != spec.ZH {
		fmt.Fprintf(os.Stderr, "dotgen: unknown language %q (known: en, zh)\n", *lang)
		os.Exit(2)
	}
	if err := write(os.Stdout, d, l); err != nil {
		fmt.Fprintf(os.Stderr, "dotgen: %v\n", err)
		os.Exit(1)
	}
}

func write(w io.Writer, d *spec.Diagram, l spec.Lang) error {
	g := d.Graph
	sz := theme.Light.Size
	font := "sans-serif"
	if l == spec.ZH {
		font = "Noto Sans CJK SC"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", q(d.ID))
	rankdir := "TB"
	if g.Direction == spec.LeftToRight {
		rankdir = "LR"
	}
	label := d.Title.In(l)
	if s := d.Subtitle.In(l); s != "" {
		label += "\n" + s
	}
	for _, n := range d.Notes {
		label += "\n" + wrap(n.In(l), 110)
	}
	fmt.Fprintf(&b, "  graph [label=%s labelloc=t labeljust=l fontname=%s fontsize=%s rankdir=%s compound=true newrank=true nodesep=%s ranksep=%s pad=0.4];\n",
		qLeft(label), q(font), num(sz.Subtitle), rankdir, inch(orDefault(g.NodeSep, 28)), inch(orDefault(g.RankSep, 46)))
	fmt.Fprintf(&b, "  node [shape=box style=\"rounded,filled\" fillcolor=white fontname=%s fontsize=%s margin=\"0.14,0.1\"];\n", q(font), num(sz.NodeLabel))
	fmt.Fprintf(&b, "  edge [fontname=%s fontsize=%s];\n", q(font), num(sz.EdgeLabel))
	for _, n := range g.Nodes {
		node(&b, "  ", n, l)
	}
	for _, gr := range g.Groups {
		cluster(&b, "  ", gr, l, sz.GroupLabel)
	}
	groups := map[string]*spec.Group{}
	var index func(gs []spec.Group)
	index = func(gs []spec.Group) {
		for i := range gs {
			groups[gs[i].ID] = &gs[i]
			index(gs[i].Groups)
		}
	}
	index(g.Groups)
	for _, e := range g.Edges {
		edge(&b, e, l, groups)
	}
	for _, set := range g.SameRank {
		b.WriteString("  {rank=same;")
		for _, id := range set {
			b.WriteString(" " + q(id) + ";")
		}
		b.WriteString("}\n")
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func node(b *strings.Builder, indent string, n spec.Node, l spec.Lang) {
	label := n.Label.In(l)
	if s := n.Sublabel.In(l); s != "" {
		label += "\n" + s
	}
	attrs := "label=" + q(label)
	if n.Style != spec.Solid {
		attrs += ` style="rounded,filled,` + string(n.Style) + `"`
	}
	fmt.Fprintf(b, "%s%s [%s];\n", indent, q(n.ID), attrs)
}

func cluster(b *strings.Builder, indent string, gr spec.Group, l spec.Lang, size float64) {
	fmt.Fprintf(b, "%ssubgraph %s {\n", indent, q("cluster_"+gr.ID))
	fmt.Fprintf(b, "%s  graph [label=%s labeljust=l fontsize=%s style=rounded];\n", indent, q(gr.Label.In(l)), num(size))
	for _, n := range gr.Nodes {
		node(b, indent+"  ", n, l)
	}
	for _, c := range gr.Groups {
		cluster(b, indent+"  ", c, l, size)
	}
	fmt.Fprintf(b, "%s}\n", indent)
}

// edge writes an edge; an end that names a group is attached to the
// group's first node and clipped at the cluster (lhead/ltail), and a
// Reverse edge is written To -> From with its arrows turned, as kubefig
// ranks it.
func edge(b *strings.Builder, e spec.Edge, l spec.Lang, groups map[string]*spec.Group) {
	tail, head := e.From, e.To
	var attrs []string
	if gr, ok := groups[tail]; ok {
		tail = firstNode(gr)
		attrs = append(attrs, "ltail="+q("cluster_"+e.From))
	}
	if gr, ok := groups[head]; ok {
		head = firstNode(gr)
		attrs = append(attrs, "lhead="+q("cluster_"+e.To))
	}
	dir := map[spec.Arrow]string{spec.ArrowForward: "forward", spec.ArrowBack: "back", spec.ArrowBoth: "both", spec.ArrowNone: "none"}[e.Arrow]
	if e.Reverse {
		tail, head = head, tail
		for i, a := range attrs {
			switch {
			case strings.HasPrefix(a, "ltail="):
				attrs[i] = "lhead=" + strings.TrimPrefix(a, "ltail=")
			case strings.HasPrefix(a, "lhead="):
				attrs[i] = "ltail=" + strings.TrimPrefix(a, "lhead=")
			}
		}
		dir = map[string]string{"forward": "back", "back": "forward", "both": "both", "none": "none"}[dir]
	}
	if dir != "forward" {
		attrs = append(attrs, "dir="+dir)
	}
	if s := e.Label.In(l); s != "" {
		attrs = append(attrs, "label="+q(s))
	}
	if e.Hidden {
		attrs = append(attrs, "style=invis")
	} else if e.Style != spec.Solid {
		attrs = append(attrs, "style="+string(e.Style))
	}
	if e.Weight > 0 {
		attrs = append(attrs, "weight="+strconv.Itoa(e.Weight))
	}
	if e.MinLen > 0 {
		attrs = append(attrs, "minlen="+strconv.Itoa(e.MinLen))
	}
	if e.Loose {
		attrs = append(attrs, "constraint=false")
	}
	fmt.Fprintf(b, "  %s -> %s", q(tail), q(head))
	if len(attrs) > 0 {
		fmt.Fprintf(b, " [%s]", strings.Join(attrs, " "))
	}
	b.WriteString(";\n")
}

func firstNode(gr *spec.Group) string {
	if len(gr.Nodes) > 0 {
		return gr.Nodes[0].ID
	}
	return firstNode(&gr.Groups[0])
}

// q quotes a DOT string: backslash and double quote escaped, newlines as
// DOT's centred line break.
func q(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	return `"` + s + `"`
}

// qLeft quotes a DOT string whose lines are left-justified.
func qLeft(s string) string {
	s = strings.TrimSuffix(q(s), `"`)
	return strings.ReplaceAll(s, `\n`, `\l`) + `\l"`
}

// wrap breaks s into lines of at most n runes at spaces (CJK text, which
// has none, is broken anywhere).
func wrap(s string, n int) string {
	var lines []string
	var line []rune
	for _, r := range s {
		line = append(line, r)
		if len(line) < n {
			continue
		}
		cut := len(line)
		for i := len(line) - 1; i > n/2; i-- {
			if line[i] == ' ' {
				cut = i
				break
			}
		}
		lines = append(lines, strings.TrimSpace(string(line[:cut])))
		line = append([]rune(nil), line[cut:]...)
	}
	lines = append(lines, strings.TrimSpace(string(line)))
	return strings.Join(lines, "\n")
}

func orDefault(v, d float64) float64 {
	if v > 0 {
		return v
	}
	return d
}

func inch(px float64) string { return strconv.FormatFloat(px/72, 'f', 3, 64) }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
