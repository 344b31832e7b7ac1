package spec

import (
	"errors"
	"strings"
	"testing"
)

// goodTimeline is a small valid timeline; each case below breaks one thing.
func goodTimeline() *Diagram {
	return &Diagram{
		ID:    "beat",
		Title: T("Beat", "心跳"),
		Timeline: &Timeline{
			Axis: TimeAxis{From: 0, To: 400, Breaks: []AxisBreak{{From: 100, To: 290}}},
			Bands: []Band{{
				ID: "b",
				Lanes: []Lane{
					{ID: "kubelet", Label: L("kubelet"),
						Periodic: []Periodic{{Every: 10, From: 0, To: 30}, {Every: 10, From: 40, To: 400, Missed: true}},
						Events:   []Event{{ID: "sent", At: 0}}},
					{ID: "controller", Label: T("node controller", "节点控制器"),
						Intervals: []Interval{{ID: "ready", From: 0, To: 370, Label: T("Ready", "就绪")}}},
				},
			}},
			Thresholds: []Threshold{{ID: "fail", At: 35, Label: T("node fails", "节点故障")}},
			Callouts:   []Callout{{ID: "note", Lane: "controller", At: 70, Text: T("NotReady", "未就绪")}},
		},
	}
}

func TestTimelineValidateGood(t *testing.T) {
	if err := goodTimeline().Validate(); err != nil {
		t.Fatalf("valid timeline rejected:\n%v", err)
	}
	if k := goodTimeline().Kind(); k != "timeline" {
		t.Errorf("Kind() = %q, want timeline", k)
	}
}

func TestTimelineValidateBad(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(tl *Timeline)
		// want lists substrings of one problem: the element and what is wrong.
		want []string
	}{
		{"event after the axis", func(tl *Timeline) { tl.Bands[0].Lanes[0].Events[0].At = 500 },
			[]string{`event "sent" (lane "kubelet")`, "at 500 s is outside the axis 0–400 s"}},
		{"event before the axis", func(tl *Timeline) { tl.Bands[0].Lanes[0].Events[0].At = -5 },
			[]string{`event "sent"`, "outside the axis"}},
		{"event in a break", func(tl *Timeline) { tl.Bands[0].Lanes[0].Events[0].At = 200 },
			[]string{`event "sent"`, "inside an axis break"}},
		{"period zero", func(tl *Timeline) { tl.Bands[0].Lanes[0].Periodic[0].Every = 0 },
			[]string{`periodic event 1 of lane "kubelet"`, "period (every) 0 s must be greater than 0"}},
		{"period negative", func(tl *Timeline) { tl.Bands[0].Lanes[0].Periodic[1].Every = -10 },
			[]string{`periodic event 2 of lane "kubelet"`, "must be greater than 0"}},
		{"periodic past the axis", func(tl *Timeline) { tl.Bands[0].Lanes[0].Periodic[1].To = 450 },
			[]string{`periodic event 2 of lane "kubelet"`, "to 450 s is outside the axis"}},
		{"periodic reversed", func(tl *Timeline) { tl.Bands[0].Lanes[0].Periodic[0].From = 50 },
			[]string{`periodic event 1 of lane "kubelet"`, "from 50 s must not be after to 30 s"}},
		{"periodic too dense", func(tl *Timeline) { tl.Bands[0].Lanes[0].Periodic[1].Every = 0.01 },
			[]string{`periodic event 2 of lane "kubelet"`, "more than 2000"}},
		{"callout on an unknown lane", func(tl *Timeline) { tl.Callouts[0].Lane = "kubelt" },
			[]string{`callout "note"`, `lane "kubelt" is unknown`}},
		{"callout naming a band", func(tl *Timeline) { tl.Callouts[0].Lane = "b" },
			[]string{`callout "note"`, `lane "b" is unknown`}},
		{"callout without text", func(tl *Timeline) { tl.Callouts[0].Text = Text{} },
			[]string{`callout "note"`, "text is empty"}},
		{"threshold outside the axis", func(tl *Timeline) { tl.Thresholds[0].At = 401 },
			[]string{`threshold "fail"`, "outside the axis"}},
		{"threshold without label", func(tl *Timeline) { tl.Thresholds[0].Label = Text{} },
			[]string{`threshold "fail"`, "label is empty"}},
		{"interval reversed", func(tl *Timeline) { tl.Bands[0].Lanes[1].Intervals[0].To = 0 },
			[]string{`interval "ready" (lane "controller")`, "from 0 s must be before to 0 s"}},
		{"interval past the axis", func(tl *Timeline) { tl.Bands[0].Lanes[1].Intervals[0].To = 420 },
			[]string{`interval "ready"`, "reaches outside the axis"}},
		{"axis reversed", func(tl *Timeline) { tl.Axis.From = 400 },
			[]string{"timeline axis", "from 400 s must be before to 400 s"}},
		{"break outside the axis", func(tl *Timeline) { tl.Axis.Breaks[0].To = 400 },
			[]string{"axis break 1 (100–400 s)", "strictly inside the axis"}},
		{"breaks out of order", func(tl *Timeline) {
			tl.Axis.Breaks = []AxisBreak{{From: 150, To: 290}, {From: 100, To: 120}}
		}, []string{"axis break 2 (100–120 s)", "out of order"}},
		{"duplicate lane id", func(tl *Timeline) { tl.Bands[0].Lanes[1].ID = "kubelet" },
			[]string{`lane "kubelet"`, "duplicate id"}},
		{"empty lane", func(tl *Timeline) { tl.Bands[0].Lanes[1].Intervals = nil },
			[]string{`lane "controller"`, "is empty"}},
		{"unknown marker", func(tl *Timeline) { tl.Bands[0].Lanes[0].Events[0].Marker = "star" },
			[]string{`event "sent"`, `marker "star"`}},
		{"unlabelled band among two", func(tl *Timeline) {
			tl.Bands = append(tl.Bands, Band{ID: "c", Label: T("C", "丙"), Lanes: []Lane{{ID: "x", Label: L("x"), Events: []Event{{ID: "e", At: 1}}}}})
		}, []string{`band "b"`, "label is empty"}},
		{"no bands", func(tl *Timeline) { tl.Bands = nil }, []string{"timeline", "has no bands"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := goodTimeline()
			tc.break_(d.Timeline)
			err := d.Validate()
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("Validate() = %v, want a *ValidationError", err)
			}
			for _, p := range verr.Problems {
				if p.Diagram != "beat" {
					t.Errorf("problem %q names diagram %q, want beat", p, p.Diagram)
				}
				if containsAll(p.String(), tc.want) {
					return
				}
			}
			t.Errorf("no problem mentions all of %q; got:\n%v", tc.want, err)
		})
	}
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

func TestPeriodicOccurrences(t *testing.T) {
	tests := []struct {
		p    Periodic
		want []float64
	}{
		{Periodic{Every: 10, From: 0, To: 30}, []float64{0, 10, 20, 30}},
		{Periodic{Every: 10, From: 40, To: 65}, []float64{40, 50, 60}},
		{Periodic{Every: 0.1, From: 0, To: 0.3}, []float64{0, 0.1, 0.2, 0.30000000000000004}},
		{Periodic{Every: 0, From: 0, To: 30}, nil},
		{Periodic{Every: 10, From: 30, To: 0}, nil},
	}
	for _, tc := range tests {
		got := tc.p.Occurrences()
		if len(got) != len(tc.want) {
			t.Errorf("%+v: %v, want %v", tc.p, got, tc.want)
			continue
		}
		for i := range got {
			if d := got[i] - tc.want[i]; d > 1e-9 || d < -1e-9 {
				t.Errorf("%+v: %v, want %v", tc.p, got, tc.want)
				break
			}
		}
	}
}
