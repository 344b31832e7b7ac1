package diagrams_test

import (
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/spec"
)

// cardsOf returns the diagram's cards by id, with the id of their section.
func cardsOf(t *testing.T, id string) (map[string]spec.Card, map[string]string) {
	t.Helper()
	d := diagrams.ByID(id)
	if d == nil || d.Cards == nil {
		t.Fatalf("%s is not a card grid of the catalog", id)
	}
	cards, section := map[string]spec.Card{}, map[string]string{}
	for _, s := range d.Cards.Sections {
		for _, c := range s.Cards {
			cards[c.ID], section[c.ID] = c, s.ID
		}
	}
	return cards, section
}

// allText joins every visible string of a diagram's notes, subtitle and
// cards in one language, to look facts up in.
func allText(d *spec.Diagram, lang spec.Lang) string {
	var b strings.Builder
	add := func(t spec.Text) { b.WriteString(t.In(lang) + "\n") }
	add(d.Title)
	add(d.Subtitle)
	for _, n := range d.Notes {
		add(n)
	}
	if d.Cards != nil {
		for _, s := range d.Cards.Sections {
			add(s.Title)
			add(s.Note)
			for _, c := range s.Cards {
				add(c.Title)
				add(c.Desc)
				for _, n := range c.Notes {
					add(n.Text)
				}
			}
		}
	}
	return b.String()
}

// TestCardFacts pins the facts these card grids were checked for against
// upstream, so that an edit cannot quietly undo them.
func TestCardFacts(t *testing.T) {
	t.Run("resource-categories: five groups, RBAC scopes right", func(t *testing.T) {
		cards, section := cardsOf(t, "resource-categories")
		if n := len(diagrams.ByID("resource-categories").Cards.Sections); n != 5 {
			t.Errorf("%d groups, want the five of the v1.18 API reference", n)
		}
		for id, badge := range map[string]string{
			"role": "namespaced", "role-binding": "namespaced",
			"cluster-role": "cluster-scoped", "cluster-role-binding": "cluster-scoped",
			"namespace": "cluster-scoped", "node": "cluster-scoped",
			"cron-job": "added", "ingress": "added", "pvc": "added", "pod-template": "added",
		} {
			if got := cards[id].Badge; got != badge {
				t.Errorf("%s carries badge %q, want %q", id, got, badge)
			}
		}
		for id, sec := range map[string]string{"cron-job": "workloads", "ingress": "discovery", "pvc": "config-storage", "pod-template": "metadata", "hpa": "metadata"} {
			if section[id] != sec {
				t.Errorf("%s is in %q, want %q (its group in the v1.18 reference)", id, section[id], sec)
			}
		}
	})
	t.Run("object-anatomy: who sets what", func(t *testing.T) {
		cards, _ := cardsOf(t, "object-anatomy")
		for id, badge := range map[string]string{
			"name": "you", "namespace": "you", "labels": "you", "annotations": "you", "spec-fields": "you",
			"uid": "system", "resource-version": "system", "generation": "system",
			"creation-timestamp": "system", "deletion-timestamp": "system", "status-fields": "system",
		} {
			if got := cards[id].Badge; got != badge {
				t.Errorf("%s is set by %q, want %q", id, got, badge)
			}
		}
	})
	t.Run("namespaces: four initial ones, fix in three steps", func(t *testing.T) {
		cards, section := cardsOf(t, "namespaces")
		for _, ns := range []string{"default", "kube-public", "kube-system", "kube-node-lease"} {
			if section["ns-"+ns] != "initial" {
				t.Errorf("namespace %s is missing from the initial four", ns)
			}
		}
		var steps []string
		for _, s := range diagrams.ByID("namespaces").Cards.Sections {
			if s.Steps {
				for _, c := range s.Cards {
					steps = append(steps, c.ID)
				}
			}
		}
		if strings.Join(steps, " ") != "save empty finalize" {
			t.Errorf("fix steps = %v, want save, empty, finalize", steps)
		}
		if !strings.Contains(cards["finalize"].Notes[0].Text.Lit, `replace --raw "/api/v1/namespaces/NS/finalize"`) {
			t.Errorf("finalize step does not show the finalize subresource: %q", cards["finalize"].Notes[0].Text.Lit)
		}
	})
	for _, tc := range []struct {
		id string
		en []string // must appear, in English
	}{
		{"management-modes", []string{"deprecated in v1.14", "removed in v1.19"}},
		{"ecosystem", []string{"Weaveworks closed in 2024", "2 March 2026", "Grafana Alloy", "archived it in 2025"}},
		{"k8s-features", []string{"bin packing", "Batch execution"}},
		{"docker-network-modes", []string{"pause (sandbox) container", "overlay network", "routing network"}},
	} {
		t.Run(tc.id+": upstream facts", func(t *testing.T) {
			text := allText(diagrams.ByID(tc.id), spec.EN)
			for _, s := range tc.en {
				if !strings.Contains(text, s) {
					t.Errorf("%s does not say %q", tc.id, s)
				}
			}
		})
	}
	// The notes' typos stay out of every diagram in both languages.
	for _, d := range diagrams.All() {
		for _, lang := range spec.Langs {
			text := allText(d, lang)
			for _, typo := range []string{"opertor", "Grafna", "Kepton", "kubelete", "生命是对象配置", "命令时对象配置", "kubectl delte", "LoadBlancer", "deploymnets"} {
				if strings.Contains(text, typo) {
					t.Errorf("%s (%s) copies the notes' typo %q", d.ID, lang, typo)
				}
			}
		}
	}
}
