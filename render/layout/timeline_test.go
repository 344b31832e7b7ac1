package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// fixtureTimeline exercises every part of a timeline: two bands, a break,
// periodic events sent and missed, ticks, a diamond, an interval across the
// break, one whose label does not fit, thresholds close together and
// callouts that would overlap if they were not stacked.
func fixtureTimeline() *spec.Diagram {
	return &spec.Diagram{
		ID:    "fixture-timeline",
		Title: spec.T("A heartbeat", "一次心跳"),
		Timeline: &spec.Timeline{
			Axis:  spec.TimeAxis{From: 0, To: 400, Breaks: []spec.AxisBreak{{From: 100, To: 290}}, Label: spec.T("time", "时间")},
			Width: 900,
			Bands: []spec.Band{
				{ID: "one", Label: spec.T("Before", "之前"), Sublabel: spec.T("up to v1.13", "至 v1.13"), Lanes: []spec.Lane{
					{ID: "kubelet", Label: spec.L("kubelet"), Sublabel: spec.T("every 10 s", "每 10 秒"), Role: spec.RoleWorker,
						Periodic: []spec.Periodic{{Every: 10, From: 0, To: 30}, {Every: 10, From: 40, To: 400, Missed: true}}},
					{ID: "controller", Label: spec.T("node controller", "节点控制器"), Role: spec.RoleControl,
						Intervals: []spec.Interval{
							{ID: "ready", From: 0, To: 70, Label: spec.T("Ready", "就绪"), Role: spec.RoleSuccess},
							{ID: "unknown", From: 70, To: 370, Label: spec.T("NotReady", "未就绪"), Role: spec.RoleWarning},
							{ID: "short", From: 370, To: 380, Label: spec.T("a label far too long for ten seconds", "十秒放不下的很长的标签"), Role: spec.RoleDanger},
						},
						Events: []spec.Event{{ID: "evicted", At: 370, Marker: spec.EventDiamond, Role: spec.RoleDanger, Label: spec.T("Pods evicted", "驱逐 Pod")}}},
				}},
				{ID: "two", Label: spec.T("With leases", "有了租约"), Lanes: []spec.Lane{
					{ID: "compute", Label: spec.T("computes", "计算"), Periodic: []spec.Periodic{{Every: 10, From: 0, To: 30, Marker: spec.EventTick}}},
					{ID: "status", Label: spec.T("sends", "上报"), Events: []spec.Event{{ID: "sent", At: 0}, {ID: "due", At: 300, Missed: true}}},
				}},
			},
			Thresholds: []spec.Threshold{
				{ID: "fail", At: 35, Label: spec.T("node fails", "节点故障"), Role: spec.RoleDanger},
				{ID: "grace", At: 70, Label: spec.T("+40 s", "+40 秒"), Sublabel: spec.T("grace period, to v1.31", "宽限期，至 v1.31"), Role: spec.RoleWarning},
				{ID: "grace-today", At: 80, Label: spec.T("+50 s from v1.32", "v1.32 起 +50 秒"), Role: spec.RoleWarning, Style: spec.Dashed},
			},
			Callouts: []spec.Callout{
				{ID: "a", Lane: "controller", At: 70, Text: spec.T("no heartbeat for 40 s: NotReady", "40 秒没有心跳：未就绪")},
				{ID: "b", Lane: "controller", At: 80, Text: spec.T("from v1.32 after 50 s", "v1.32 起为 50 秒")},
				{ID: "c", Lane: "controller", At: 90, Text: spec.T("a third note, close to the others", "第三条注释，紧挨着其他注释")},
				{ID: "d", Lane: "status", At: 300, Text: spec.T("next report due", "下一次上报")},
			},
		},
	}
}

func TestTimelineGolden(t *testing.T) {
	goldenFixture(t, "timeline-fixture", fixtureTimeline())
}

// TestTimelineCatalogGolden goldens the catalog's node-heartbeat diagram,
// so a change to it reads as a diff. (node-heartbeat-lease, with its 240
// markers, would add a 360 KB golden for little more; the overlap tests
// cover it.)
func TestTimelineCatalogGolden(t *testing.T) {
	for _, tc := range []struct {
		id    string
		lang  spec.Lang
		theme *theme.Theme
	}{{"node-heartbeat", spec.EN, theme.Light}} {
		name := fmt.Sprintf("%s.%s.%s.json", tc.id, tc.lang, tc.theme.Name)
		t.Run(name, func(t *testing.T) {
			d := diagrams.ByID(tc.id)
			if d == nil {
				t.Fatalf("no diagram %q in the catalog", tc.id)
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			s, err := Layout(d, Options{Lang: tc.lang, Theme: tc.theme})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, sceneJSON(t, s))
		})
	}
}

// timelineScenes lays out the fixture and the catalog's timelines in
// every language and theme.
func timelineScenes(t *testing.T) map[string]*scene.Scene {
	return scenesOfKind(t, "timeline", 3, fixtureTimeline())
}

// TestTimelineLabelsDoNotOverlap checks that no two texts of a timeline
// overlap, that every text stays in its box, and that callouts and
// threshold labels neither overlap each other nor sit on another's leader.
func TestTimelineLabelsDoNotOverlap(t *testing.T) {
	for name, s := range timelineScenes(t) {
		t.Run(name, func(t *testing.T) {
			for _, o := range scene.Overflows(s.Items, 0.5) {
				t.Errorf("overflow: %v", o)
			}
			var texts []*scene.Text
			scene.Walk(s.Items, func(it *scene.Item) {
				if it.Text != nil {
					texts = append(texts, it.Text)
				}
			})
			for i := range texts {
				for j := i + 1; j < len(texts); j++ {
					if texts[i].Bounds().Intersects(texts[j].Bounds(), 0.5) {
						t.Errorf("texts overlap: %q at %+v and %q at %+v", texts[i].Text, texts[i].Bounds(), texts[j].Text, texts[j].Bounds())
					}
				}
			}
			labels := stackedLabels(s)
			for i, a := range labels {
				for j, b := range labels {
					if i == j {
						continue
					}
					if i < j && a.box.Intersects(b.box, 0.5) {
						t.Errorf("%s and %s overlap: %+v, %+v", a.id, b.id, a.box, b.box)
					}
					// a's leader must not pass through b's box.
					if a.leader.X > b.box.X+0.5 && a.leader.X < b.box.X+b.box.W-0.5 &&
						a.leader.Y < b.box.Y+b.box.H && a.leaderTo > b.box.Y {
						t.Errorf("the leader of %s (x=%.1f, y %.1f–%.1f) crosses %s at %+v", a.id, a.leader.X, a.leader.Y, a.leaderTo, b.id, b.box)
					}
				}
			}
		})
	}
}

// stackedLabel is a callout or threshold label found in a scene: its box
// and its leader, a vertical line from leader to leaderTo.
type stackedLabel struct {
	id       string
	box      scene.Box
	leader   scene.Point
	leaderTo float64
}

// stackedLabels finds the callouts (a leader and a box) and the threshold
// labels (a line and texts) of a laid-out timeline. A threshold's line is
// its leader only where it runs beside other labels, above the bands; in
// the lanes callout boxes may cover it.
func stackedLabels(s *scene.Scene) []stackedLabel {
	var out []stackedLabel
	scene.Walk(s.Items, func(it *scene.Item) {
		g := it.Group
		if g == nil {
			return
		}
		switch {
		case strings.HasPrefix(g.ID, "callout-"):
			var l stackedLabel
			l.id = g.ID
			for _, c := range g.Items {
				switch {
				case c.Rect != nil:
					l.box = c.Rect.Box
				case c.Path != nil:
					p := c.Path.Segments
					l.leader, l.leaderTo = p[0].Pts[0], p[1].Pts[0].Y-0.5
				}
			}
			out = append(out, l)
		case strings.HasPrefix(g.ID, "threshold-"):
			var l stackedLabel
			l.id = g.ID
			for _, c := range g.Items {
				switch {
				case c.Text != nil:
					l.box = l.box.Union(c.Text.Bounds())
				case c.Path != nil:
					l.leader = c.Path.Segments[0].Pts[0]
				}
			}
			// Above the bands: from the label's top down to the strip's
			// bottom, which is the top of the first band.
			l.leaderTo = firstBandTop(s)
			out = append(out, l)
		}
	})
	return out
}

func firstBandTop(s *scene.Scene) float64 {
	top := math.Inf(1)
	scene.Walk(s.Items, func(it *scene.Item) {
		if g := it.Group; g != nil && strings.HasPrefix(g.ID, "band-") && g.Items[0].Rect != nil {
			top = min(top, g.Items[0].Rect.Y)
		}
	})
	return top
}

// TestTimelineCalloutsStack gives one lane callouts at nearly the same
// moment: they must take different rows or sides, never overlap, and make
// the lane taller than a lane with one callout.
func TestTimelineCalloutsStack(t *testing.T) {
	lay := func(n int) *scene.Scene {
		d := fixtureTimeline()
		d.Timeline.Callouts = nil
		for i := range n {
			d.Timeline.Callouts = append(d.Timeline.Callouts, spec.Callout{
				ID: fmt.Sprintf("c%d", i), Lane: "kubelet", At: float64(10 + 2*i),
				Text: spec.T(fmt.Sprintf("callout number %d with some words", i), fmt.Sprintf("第 %d 条注释", i)),
			})
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	one, four := lay(1), lay(4)
	labels := stackedLabels(four)
	var boxes []scene.Box
	for _, l := range labels {
		if strings.HasPrefix(l.id, "callout-kubelet-") {
			boxes = append(boxes, l.box)
		}
	}
	if len(boxes) != 4 {
		t.Fatalf("found %d callouts on lane kubelet, want 4", len(boxes))
	}
	rows := map[float64]bool{}
	for i := range boxes {
		rows[boxes[i].Y] = true
		for j := i + 1; j < len(boxes); j++ {
			if boxes[i].Intersects(boxes[j], 0) {
				t.Errorf("callouts %d and %d overlap: %+v, %+v", i, j, boxes[i], boxes[j])
			}
		}
	}
	if len(rows) < 2 {
		t.Errorf("four callouts 2 s apart share one row: %+v", boxes)
	}
	if four.Height <= one.Height {
		t.Errorf("stacking did not make room: height %.1f with four callouts, %.1f with one", four.Height, one.Height)
	}
}

func TestStackRows(t *testing.T) {
	right := func(a, w float64) stackItem { return stackItem{anchor: a, cands: []stackBox{{x: a, w: w}}} }
	tests := []struct {
		name  string
		items []stackItem
		want  []int // rows
	}{
		{"apart", []stackItem{right(0, 50), right(100, 50)}, []int{0, 0}},
		{"overlapping", []stackItem{right(0, 80), right(50, 80)}, []int{1, 0}},
		// Each box covers the leader of the item to its right, so each
		// must sit farther out than that item: a staircase.
		{"three in a row", []stackItem{right(0, 80), right(50, 80), right(100, 80)}, []int{2, 1, 0}},
		{"flip left when right is taken", []stackItem{
			{anchor: 100, cands: []stackBox{{x: 100, w: 60}, {x: 40, w: 60}}},
			right(110, 60),
		}, []int{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := stackRows(tc.items, 10)
			for i, p := range got {
				if p.row != tc.want[i] {
					t.Errorf("rows = %v, want %v", rowsOf(got), tc.want)
					break
				}
			}
		})
	}
}

func rowsOf(ps []placement) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p.row
	}
	return out
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		t      float64
		en, zh string
	}{
		{0, "0 s", "0 秒"},
		{10, "10 s", "10 秒"},
		{60, "1 min", "1 分钟"},
		{100, "1 min 40 s", "1 分 40 秒"},
		{300, "5 min", "5 分钟"},
		{370, "6 min 10 s", "6 分 10 秒"},
		{0.5, "0.5 s", "0.5 秒"},
		{-30, "−30 s", "−30 秒"},
	}
	for _, tc := range tests {
		if got := formatDuration(tc.t, spec.EN); got != tc.en {
			t.Errorf("formatDuration(%g, en) = %q, want %q", tc.t, got, tc.en)
		}
		if got := formatDuration(tc.t, spec.ZH); got != tc.zh {
			t.Errorf("formatDuration(%g, zh) = %q, want %q", tc.t, got, tc.zh)
		}
	}
}

func TestTimeScaleBreaks(t *testing.T) {
	ax := spec.TimeAxis{From: 0, To: 400, Breaks: []spec.AxisBreak{{From: 100, To: 290}}}
	s := newTimeScale(ax, 50, 1000)
	if x := s.X(0); x != 50 {
		t.Errorf("X(0) = %g, want 50", x)
	}
	if x := s.X(400); math.Abs(x-1050) > 1e-9 {
		t.Errorf("X(400) = %g, want 1050", x)
	}
	if gap := s.X(290) - s.X(100); math.Abs(gap-breakGap) > 1e-9 {
		t.Errorf("the break is %g px wide, want %d", gap, breakGap)
	}
	// 10 s take the same px on both sides of the break.
	if a, b := s.X(20)-s.X(10), s.X(310)-s.X(300); math.Abs(a-b) > 1e-9 {
		t.Errorf("10 s is %g px before the break and %g px after it", a, b)
	}
	prev := math.Inf(-1)
	for tt := 0.0; tt <= 400; tt += 5 {
		if x := s.X(tt); x < prev {
			t.Fatalf("X is not monotonic at %g s", tt)
		} else {
			prev = x
		}
	}
}

// TestTicksReadable checks the axes of the catalog's timelines at their
// own size: labelled ticks leave room between their labels, stay out of
// breaks, and 10 s ticks appear where heartbeats are 10 s apart.
func TestTicksReadable(t *testing.T) {
	for _, d := range diagrams.All() {
		if d.Timeline == nil {
			continue
		}
		for _, lang := range spec.Langs {
			l := newTimelineLayout(d.Timeline, Options{Lang: lang, Theme: theme.Light})
			ticks := chooseTicks(l.sc, lang, l.tickSt)
			if l.tickSt.Size < 14 {
				t.Errorf("%s: tick labels at %g px are too small for a slide", d.ID, l.tickSt.Size)
			}
			labelled, prevRight := 0, math.Inf(-1)
			has10 := false
			for i, tk := range ticks {
				if i > 0 && math.Abs(tk.t-ticks[i-1].t-10) < 1e-9 {
					has10 = true
				}
				if tk.label == "" {
					continue
				}
				labelled++
				w := TextItem(tk.x, 0, scene.Middle, tk.label, l.tickSt, scene.Color{}, scene.Box{}).Text.Width
				if tk.x-w/2 < prevRight+minTickGap-1e-9 {
					t.Errorf("%s (%s): tick label %q is too close to the one before", d.ID, lang, tk.label)
				}
				prevRight = tk.x + w/2
				if !clearsBreaks(l.sc, tk.x-w/2, tk.x+w/2) {
					t.Errorf("%s (%s): tick label %q runs into a break", d.ID, lang, tk.label)
				}
			}
			if labelled < 6 {
				t.Errorf("%s (%s): only %d labelled ticks", d.ID, lang, labelled)
			}
			if !has10 {
				t.Errorf("%s (%s): no ticks 10 s apart", d.ID, lang)
			}
		}
	}
}
