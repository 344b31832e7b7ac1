package theme

import (
	"testing"

	"github.com/kubefig/kubefig/render/spec"
)

// Every theme defines every role a spec may name, and no others.
func TestThemesDefineEveryRole(t *testing.T) {
	for _, name := range Names() {
		th, err := Get(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range spec.Roles {
			if !th.HasRole(r) {
				t.Errorf("theme %s lacks role %q", name, r)
			}
		}
		if len(th.Roles) != len(spec.Roles) {
			t.Errorf("theme %s has %d roles, spec has %d", name, len(th.Roles), len(spec.Roles))
		}
		if th.Size != Light.Size {
			t.Errorf("theme %s changes sizes; themes change colours only, so pictures line up", name)
		}
	}
	if _, err := Get("sepia"); err == nil {
		t.Error("unknown theme accepted")
	}
}

// Text must stay readable: contrast of body text on the background.
func TestContrast(t *testing.T) {
	for _, th := range []*Theme{Light, Dark} {
		if c := contrast(th.Text, th.Background); c < 7 {
			t.Errorf("%s: text contrast %.1f, want at least 7", th.Name, c)
		}
		if c := contrast(th.Muted, th.Background); c < 4.5 {
			t.Errorf("%s: muted text contrast %.1f, want at least 4.5", th.Name, c)
		}
		for name, rc := range th.Roles {
			if c := contrast(rc.Ink, rc.Tint); c < 4.5 {
				t.Errorf("%s: role %q ink on tint contrast %.1f, want at least 4.5", th.Name, name, c)
			}
		}
	}
}
