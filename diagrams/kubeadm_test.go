package diagrams_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
)

var kubeadmIDs = []string{"kubeadm-init", "kubeadm-init-today", "kubeadm-join", "kubeadm-overview"}

// TestKubeadmDiagrams: each kubeadm diagram validates and lays out in
// both languages and themes with every text inside its box.
func TestKubeadmDiagrams(t *testing.T) {
	for _, id := range kubeadmIDs {
		d := diagrams.ByID(id)
		if d == nil {
			t.Fatalf("%s is not in the catalog", id)
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		for _, lang := range spec.Langs {
			for _, th := range []string{"light", "dark"} {
				s, err := render.Scene(d, render.Options{Lang: lang, Theme: th})
				if err != nil {
					t.Fatalf("%s %s %s: %v", id, lang, th, err)
				}
				for _, o := range scene.Overflows(s.Items, 0.01) {
					t.Errorf("%s %s %s: %v", id, lang, th, o)
				}
				if a := s.Width / s.Height; a < 1.2 || a > 2.6 {
					t.Errorf("%s %s %s: aspect %.2f is not slide-friendly", id, lang, th, a)
				}
			}
		}
	}
}

func stepIDs(steps []spec.Step) string {
	var ids []string
	for _, s := range steps {
		ids = append(ids, s.Title.Lit)
	}
	return strings.Join(ids, " ")
}

// TestKubeadmInitPhases pins the two phase lists: the notes' eleven, and
// the fourteen of the kubeadm v1.35 reference.
func TestKubeadmInitPhases(t *testing.T) {
	notes := "preflight kubelet-start certs kubeconfig control-plane etcd upload-config upload-certs mark-control-plane bootstrap-token addon"
	if got := stepIDs(diagrams.KubeadmInit().Pipeline.Steps); got != notes {
		t.Errorf("kubeadm-init phases:\n got %s\nwant %s", got, notes)
	}
	today := "preflight certs kubeconfig etcd control-plane kubelet-start wait-control-plane upload-config upload-certs mark-control-plane bootstrap-token kubelet-finalize addon show-join-command"
	if got := stepIDs(diagrams.KubeadmInitToday().Pipeline.Steps); got != today {
		t.Errorf("kubeadm-init-today phases:\n got %s\nwant %s", got, today)
	}
}

// TestNoNotesTypos: the notes' typos are not copied.
func TestNoNotesTypos(t *testing.T) {
	for _, id := range kubeadmIDs {
		b, err := json.Marshal(diagrams.ByID(id))
		if err != nil {
			t.Fatal(err)
		}
		for _, typo := range []string{"porxy", "kubelete", "features-gates", "selfHosting", "LoadBlancer", "deploymnets", "闭并", "4中"} {
			if strings.Contains(string(b), typo) {
				t.Errorf("%s copies the notes' typo %q", id, typo)
			}
		}
	}
}
