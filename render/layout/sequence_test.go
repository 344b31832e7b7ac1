package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// fixtureSequence exercises every part of a sequence: two groups and
// actors outside them, a label far wider than its neighbours' headers, a
// literal label, a detail line, leftward replies, self-messages in the
// middle and on the last lifeline, notes over one actor and across
// several, and two phases.
func fixtureSequence() *spec.Diagram {
	msg := func(from, to string, label spec.Text) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label}}
	}
	reply := func(from, to string, label spec.Text) spec.SequenceStep {
		return spec.SequenceStep{Message: &spec.Message{From: from, To: to, Label: label, Style: spec.Dashed}}
	}
	return &spec.Diagram{
		ID:    "fixture-sequence",
		Title: spec.T("Deploy", "部署"),
		Sequence: &spec.Sequence{
			Numbered: true,
			Groups: []spec.ActorGroup{
				{ID: "cp", Label: spec.T("Control plane", "控制平面"), Role: spec.RoleControl},
				{ID: "node", Label: spec.T("Worker node", "工作节点"), Role: spec.RoleWorker},
			},
			Actors: []spec.Actor{
				{ID: "user", Label: spec.T("User", "用户"), Sublabel: spec.L("kubectl"), Kind: spec.KindCLI, Role: spec.RoleExternal},
				{ID: "api", Label: spec.L("kube-apiserver"), Kind: spec.KindAPIServer, Role: spec.RoleControl, Group: "cp"},
				{ID: "etcd", Label: spec.L("etcd"), Kind: spec.KindStore, Role: spec.RoleStore, Group: "cp"},
				{ID: "rs", Label: spec.T("ReplicaSet controller", "ReplicaSet 控制器"), Sublabel: spec.T("in kube-controller-manager", "位于 kube-controller-manager"), Kind: spec.KindController, Role: spec.RoleControl, Group: "cp"},
				{ID: "kubelet", Label: spec.L("kubelet"), Kind: spec.KindAgent, Role: spec.RoleWorker, Group: "node"},
				{ID: "pod", Label: spec.L("Pod"), Kind: spec.KindPod, Role: spec.RoleWorker, Group: "node"},
				{ID: "client", Label: spec.T("Client", "客户端"), Role: spec.RoleExternal},
			},
			Steps: []spec.SequenceStep{
				{Phase: &spec.Phase{ID: "deploy", Label: spec.T("Deploy", "部署"), Sublabel: spec.T("through the API server", "经由 API server"), Role: spec.RoleControl}},
				{Message: &spec.Message{From: "user", To: "api", Label: spec.T("create a Deployment with three replicas and a Pod template", "创建一个有 3 个副本和一个 Pod 模板的 Deployment"),
					Detail: spec.L("kubectl create deployment web --image=nginx --replicas=3")}},
				msg("api", "etcd", spec.T("store", "保存")),
				reply("api", "user", spec.L("deployment.apps/web created")),
				reply("api", "rs", spec.T("watch: a new ReplicaSet", "watch：新的 ReplicaSet")),
				msg("rs", "rs", spec.T("compare desired and actual replicas", "比较期望与实际副本数")),
				msg("rs", "api", spec.T("create 3 Pods", "创建 3 个 Pod")),
				{Note: &spec.SequenceNote{Over: []string{"rs"}, Text: spec.T("one note over one actor", "一个角色上方的注释")}},
				reply("api", "kubelet", spec.T("watch: a Pod bound to this node", "watch：绑定到本节点的 Pod")),
				msg("kubelet", "pod", spec.T("start the containers of the Pod", "启动 Pod 的容器")),
				{Note: &spec.SequenceNote{ID: "wide", Over: []string{"pod", "api"}, Text: spec.T("a note across four lifelines, with a text long enough to wrap onto a second line", "一条横跨四条生命线的注释，文字长到足以换行到第二行"), Role: spec.RoleInfo}},
				{Phase: &spec.Phase{ID: "access", Label: spec.T("Access", "访问"), Role: spec.RoleAddon}},
				{Message: &spec.Message{From: "client", To: "pod", Label: spec.T("HTTP request", "HTTP 请求"), Style: spec.Dotted}},
				msg("client", "client", spec.T("wait for the answer on the last lifeline", "在最后一条生命线上等待响应")),
				reply("pod", "client", spec.T("response", "响应")),
			},
		},
	}
}

func TestSequenceGolden(t *testing.T) {
	goldenFixture(t, "sequence-fixture", fixtureSequence())
}

// TestSequenceCatalogGolden goldens the catalog's deploy-and-access
// diagram, so a change to it reads as a diff.
func TestSequenceCatalogGolden(t *testing.T) {
	d := diagrams.ByID("deploy-and-access")
	if d == nil {
		t.Fatal("deploy-and-access is not in the catalog")
	}
	s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "deploy-and-access.en.light.json", sceneJSON(t, s))
}

// seqParts are the pieces of a laid-out sequence the geometry tests look
// at, in document order.
type seqParts struct {
	headers   []scene.Box
	lifelines [][]scene.Point
	// labels holds the texts of each message, note and phase, by group.
	labels   [][]*scene.Text
	labelIDs []string
	arrowYs  []float64 // each message's first point, in document order
}

func sequenceParts(s *scene.Scene) seqParts {
	var p seqParts
	scene.Walk(s.Items, func(it *scene.Item) {
		g := it.Group
		if g == nil {
			return
		}
		switch {
		case strings.HasPrefix(g.ID, "actor-"):
			p.headers = append(p.headers, g.Items[0].Rect.Box)
		case g.ID == "lifelines":
			for _, l := range g.Items {
				p.lifelines = append(p.lifelines, scene.Flatten(l.Path.Segments))
			}
		case strings.HasPrefix(g.ID, "message-"), strings.HasPrefix(g.ID, "note-"), strings.HasPrefix(g.ID, "phase-"):
			var texts []*scene.Text
			for _, c := range g.Items {
				if c.Text != nil {
					texts = append(texts, c.Text)
				}
			}
			p.labels = append(p.labels, texts)
			p.labelIDs = append(p.labelIDs, g.ID)
			if strings.HasPrefix(g.ID, "message-") {
				p.arrowYs = append(p.arrowYs, g.Items[0].Path.Segments[0].Pts[0].Y)
			}
		}
	})
	return p
}

// TestSequenceLabelsClear: in the fixture and in the catalog's sequence,
// in both languages, no message label overlaps another label, none
// reaches into an actor's header, no lifeline runs through one, and
// messages come in document order top to bottom.
func TestSequenceLabelsClear(t *testing.T) {
	cases := []*spec.Diagram{fixtureSequence(), diagrams.ByID("deploy-and-access")}
	for _, d := range cases {
		for _, lang := range spec.Langs {
			t.Run(d.ID+"/"+string(lang), func(t *testing.T) {
				s, err := Layout(d, Options{Lang: lang, Theme: theme.Light})
				if err != nil {
					t.Fatal(err)
				}
				p := sequenceParts(s)
				if len(p.headers) != len(d.Sequence.Actors) {
					t.Fatalf("%d headers for %d actors", len(p.headers), len(d.Sequence.Actors))
				}
				for i, texts := range p.labels {
					for _, tx := range texts {
						b := tx.Bounds()
						for j := i; j < len(p.labels); j++ {
							for _, other := range p.labels[j] {
								if other != tx && b.Intersects(other.Bounds(), 0.5) {
									t.Errorf("%s %q overlaps %s %q", p.labelIDs[i], tx.Text, p.labelIDs[j], other.Text)
								}
							}
						}
						for k, h := range p.headers {
							if b.Intersects(h, 0) {
								t.Errorf("%s %q reaches into the header of actor %d", p.labelIDs[i], tx.Text, k+1)
							}
						}
						if tx.Within.W < 30 { // a number badge sits by its label, on no lifeline
							continue
						}
						for _, l := range p.lifelines {
							if hit, at := crossesBox(l, b); hit {
								t.Errorf("a lifeline runs through %s %q at (%.0f, %.0f)", p.labelIDs[i], tx.Text, at.X, at.Y)
							}
						}
					}
				}
				for i := 1; i < len(p.arrowYs); i++ {
					if p.arrowYs[i] <= p.arrowYs[i-1] {
						t.Errorf("message %d is drawn at y %.1f, above message %d at %.1f", i+1, p.arrowYs[i], i, p.arrowYs[i-1])
					}
				}
			})
		}
	}
}

// lifelineXs returns the x of every lifeline, left to right, from the
// header boxes.
func lifelineXs(s *scene.Scene) []float64 {
	var xs []float64
	for _, h := range sequenceParts(s).headers {
		xs = append(xs, h.X+h.W/2)
	}
	return xs
}

// TestSequenceColumnsFromLabels: columns come from measured labels, not a
// grid. A longer label between two actors moves them apart by about the
// difference in its width, and leaves the other gaps as they were.
func TestSequenceColumnsFromLabels(t *testing.T) {
	mk := func(label string) *spec.Diagram {
		return &spec.Diagram{ID: "cols", Title: spec.L("Columns"), Sequence: &spec.Sequence{
			Actors: []spec.Actor{
				{ID: "a", Label: spec.L("a")}, {ID: "b", Label: spec.L("b")}, {ID: "c", Label: spec.L("c")},
			},
			Steps: []spec.SequenceStep{
				{Message: &spec.Message{From: "a", To: "b", Label: spec.L(label)}},
				{Message: &spec.Message{From: "b", To: "c", Label: spec.L("x")}},
			},
		}}
	}
	o := Options{Lang: spec.EN, Theme: theme.Light, Width: 4000}
	short, err := Layout(mk("ok"), o)
	if err != nil {
		t.Fatal(err)
	}
	long, err := Layout(mk("a label that is much longer"), o)
	if err != nil {
		t.Fatal(err)
	}
	xs, xl := lifelineXs(short), lifelineXs(long)
	gapS, gapL := xs[1]-xs[0], xl[1]-xl[0]
	var labelW float64
	scene.Walk(long.Items, func(it *scene.Item) {
		if it.Text != nil && it.Text.Text == "a label that is much longer" {
			labelW = it.Text.Width
		}
	})
	if labelW == 0 {
		t.Fatal("the long label is not drawn on one line")
	}
	if gapL < labelW+2*seqLabelPad-0.5 {
		t.Errorf("the lifelines stand %.1f apart, less than the label (%.1f) and its padding", gapL, labelW)
	}
	if gapL <= gapS+labelW/2 {
		t.Errorf("a longer label widened its gap from %.1f only to %.1f", gapS, gapL)
	}
	if d := (xl[2] - xl[1]) - (xs[2] - xs[1]); d > 0.01 || d < -0.01 {
		t.Errorf("the other gap changed by %.2f", d)
	}
}

// TestSequenceShape: on the auto canvas, a long flow among few actors, a
// short one among many and one in between all come out between 4:3 and
// 2:1, with every text inside its box.
func TestSequenceShape(t *testing.T) {
	mk := func(actors, messages int) *spec.Diagram {
		sq := &spec.Sequence{Numbered: true}
		for i := 0; i < actors; i++ {
			sq.Actors = append(sq.Actors, spec.Actor{ID: fmt.Sprintf("a%d", i), Label: spec.T(fmt.Sprintf("Actor %d", i), fmt.Sprintf("角色 %d", i)), Kind: spec.KindComponent})
		}
		for i := 0; i < messages; i++ {
			from, to := i%actors, (i*3+1)%actors
			sq.Steps = append(sq.Steps, spec.SequenceStep{Message: &spec.Message{
				From: sq.Actors[from].ID, To: sq.Actors[to].ID,
				Label: spec.T(fmt.Sprintf("message %d with a few words", i+1), fmt.Sprintf("第 %d 条消息，有几个字", i+1)),
			}})
		}
		return &spec.Diagram{ID: "shape", Title: spec.T("Shape", "形状"), Sequence: sq}
	}
	for _, tc := range []struct{ actors, messages int }{{3, 40}, {12, 3}, {6, 15}, {2, 1}} {
		for _, lang := range spec.Langs {
			t.Run(fmt.Sprintf("%d actors, %d messages, %s", tc.actors, tc.messages, lang), func(t *testing.T) {
				d := mk(tc.actors, tc.messages)
				if err := d.Validate(); err != nil {
					t.Fatal(err)
				}
				s, err := Layout(d, Options{Lang: lang, Theme: theme.Light})
				if err != nil {
					t.Fatal(err)
				}
				if a := s.Width / s.Height; a < 4.0/3-0.01 || a > 2+0.01 {
					t.Errorf("%.0fx%.0f is %.2f:1; want between 4:3 and 2:1", s.Width, s.Height, a)
				}
				for _, o := range scene.Overflows(s.Items, 0.01) {
					t.Errorf("%v", o)
				}
			})
		}
	}
}

// TestSequenceGroupOfOne: a group around a single actor is as wide as its
// label, and its label stays inside its band.
func TestSequenceGroupOfOne(t *testing.T) {
	d := &spec.Diagram{ID: "one", Title: spec.L("One"), Sequence: &spec.Sequence{
		Groups: []spec.ActorGroup{{ID: "g", Label: spec.T("A group with a long label around one actor", "一个只围住一个角色、标签很长的分组")}},
		Actors: []spec.Actor{{ID: "a", Label: spec.L("a"), Group: "g"}, {ID: "b", Label: spec.L("b")}},
		Steps:  []spec.SequenceStep{{Message: &spec.Message{From: "a", To: "b", Label: spec.L("x")}}},
	}}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, lang := range spec.Langs {
		s, err := Layout(d, Options{Lang: lang, Theme: theme.Light})
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range scene.Overflows(s.Items, 0.01) {
			t.Errorf("%s: %v", lang, o)
		}
	}
}
