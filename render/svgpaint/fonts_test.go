package svgpaint

import (
	"bytes"
	"testing"

	"github.com/kubefig/kubefig/render/textmeasure"
)

// TestCachedSubset checks that a cached subset is the subset, that a
// repeated request is served from the cache, and that other runes or
// another face make another subset.
func TestCachedSubset(t *testing.T) {
	sans, bold := textmeasure.Faces[0], textmeasure.Faces[1]
	runes := []rune("Kube集群")
	want, err := subsetWOFF2(sans, runes)
	if err != nil {
		t.Fatal(err)
	}
	first, err := cachedSubset(sans, runes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, want) {
		t.Fatal("cached subset differs from a fresh one")
	}
	again, _ := cachedSubset(sans, runes)
	if &again[0] != &first[0] {
		t.Error("a repeated request made the subset again instead of using the cache")
	}
	other, _ := cachedSubset(sans, []rune("Kube集"))
	boldSub, _ := cachedSubset(bold, runes)
	if bytes.Equal(other, first) || bytes.Equal(boldSub, first) {
		t.Error("other runes or another face gave the same subset")
	}
}
