package icons

import (
	"slices"
	"testing"

	"github.com/kubefig/kubefig/render/spec"
)

// TestSpecIconsExist: every icon a card may name (spec.Icons) is drawn
// here, so a spec that validates never asks layout for a missing icon.
func TestSpecIconsExist(t *testing.T) {
	names := Names()
	for _, n := range spec.Icons {
		if _, found := slices.BinarySearch(names, n); !found {
			t.Errorf("spec.Icons names %q, which render/icons does not draw", n)
		}
	}
}
