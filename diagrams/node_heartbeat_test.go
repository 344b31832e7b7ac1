package diagrams_test

import (
	"regexp"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render/spec"
)

// TestHeartbeatNumbersNameTheirSetting: in the heartbeat diagrams every
// lane's rhythm and every threshold with a sublabel names the setting it
// comes from, as upstream spells it (a --flag or a camelCase field), and
// the versions it holds for, in both languages.
func TestHeartbeatNumbersNameTheirSetting(t *testing.T) {
	setting := regexp.MustCompile(`--[a-z]+(-[a-z]+)+|\b[a-z]+[A-Z][A-Za-z]+\b`)
	version := regexp.MustCompile(`v1\.\d+|all versions|各版本相同`)
	number := regexp.MustCompile(`\d`)
	check := func(id, elem string, txt spec.Text) {
		for _, lang := range spec.Langs {
			s := txt.In(lang)
			if !number.MatchString(s) {
				continue
			}
			if !setting.MatchString(s) {
				t.Errorf("%s: %s (%s) %q has a number but names no setting", id, elem, lang, s)
			}
			if !version.MatchString(s) {
				t.Errorf("%s: %s (%s) %q has a number but no version", id, elem, lang, s)
			}
		}
	}
	for _, id := range []string{"node-heartbeat", "node-heartbeat-lease"} {
		d := diagrams.ByID(id)
		if d == nil || d.Timeline == nil {
			t.Fatalf("%s: not in the catalog as a timeline", id)
		}
		for _, b := range d.Timeline.Bands {
			for _, l := range b.Lanes {
				check(id, "lane "+l.ID, l.Sublabel)
			}
		}
		for _, th := range d.Timeline.Thresholds {
			if !th.Sublabel.IsZero() && th.ID != "fail" {
				check(id, "threshold "+th.ID, spec.T(th.Label.En+" "+th.Sublabel.En, th.Label.Zh+" "+th.Sublabel.Zh))
			}
		}
	}
}
