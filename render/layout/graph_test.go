package layout

import (
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func TestGraphGolden(t *testing.T) {
	for _, lang := range spec.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s, err := Layout(diagrams.ClusterArchitecture(), Options{Lang: lang, Theme: theme.Light})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "cluster-architecture."+string(lang)+".json", sceneJSON(t, s))
		})
	}
}

// TestEdgeEndsSpread: edges into one side of kube-apiserver meet it at
// distinct points at least minEndGap apart.
func TestEdgeEndsSpread(t *testing.T) {
	d := diagrams.ClusterArchitecture()
	s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	api := groupBox(t, s, "node-kube-apiserver")
	var ends []scene.Point
	scene.Walk(s.Items, func(it *scene.Item) {
		g := it.Group
		if g == nil || len(g.ID) < 5 || g.ID[:5] != "edge-" {
			return
		}
		for _, sub := range g.Items {
			if sub.Path != nil && sub.Path.Fill.IsVisible() { // an arrow head
				tip := sub.Path.Segments[0].Pts[0]
				if api.Inset(-1).Contains(scene.Box{X: tip.X, Y: tip.Y}, 0) {
					ends = append(ends, tip)
				}
			}
		}
	})
	if len(ends) < 6 {
		t.Fatalf("found %d arrow tips on kube-apiserver, want at least 6", len(ends))
	}
	for i := range ends {
		for j := i + 1; j < len(ends); j++ {
			if dist(ends[i], ends[j]) < minEndGap-1 {
				t.Errorf("edge ends %v and %v on kube-apiserver are %.1f px apart", ends[i], ends[j], dist(ends[i], ends[j]))
			}
		}
	}
}

func groupBox(t *testing.T, s *scene.Scene, id string) scene.Box {
	t.Helper()
	var box scene.Box
	scene.Walk(s.Items, func(it *scene.Item) {
		if it.Group != nil && it.Group.ID == id {
			box = it.Group.Items[0].Rect.Box
		}
	})
	if box == (scene.Box{}) {
		t.Fatalf("no group %q", id)
	}
	return box
}
