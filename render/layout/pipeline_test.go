package layout

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// testPipeline has what makes pipelines hard: long Chinese descriptions,
// long paths, a badge, stages that cross rows and a branch.
func testPipeline() *spec.Diagram {
	step := func(id, en, zh string, notes ...spec.Note) spec.Step {
		return spec.Step{ID: id, Title: spec.L(id), Desc: spec.T(en, zh), Notes: notes, Role: spec.RoleControl}
	}
	lit := func(s string) spec.Note { return spec.Note{Text: spec.L(s)} }
	d := &spec.Diagram{
		ID:    "test-pipeline",
		Title: spec.T("A pipeline", "流水线"),
		Pipeline: &spec.Pipeline{
			Badges: []spec.Badge{{ID: "new", Label: spec.T("new since the notes", "笔记后新增"), Role: spec.RoleSuccess}},
			Steps: []spec.Step{
				step("preflight", "Pre-flight checks", "引导前检查"),
				step("certs", "Generates the private keys and certificates", "生成私钥以及数字证书，并写入证书目录，供控制平面各组件使用",
					lit("/etc/kubernetes/pki/"), lit("/etc/kubernetes/pki/apiserver-kubelet-client.crt")),
				step("kubeconfig", "Generates the kubeconfig files", "生成控制平面的 kubeconfig 文件",
					lit("admin.conf"), lit("kubelet.conf"), lit("controller-manager.conf"), lit("scheduler.conf")),
				step("control-plane", "Generates the manifests of the control-plane components", "生成控制平面组件的 manifest 文件"),
				step("kubelet-start", "Writes the kubelet configuration and (re)starts the kubelet", "生成 kubelet 配置，启动或重启 kubelet 程序，以便以静态 Pod 运行各组件",
					spec.Note{Text: spec.T("moved: after control-plane since v1.28", "位置变化：v1.28 起位于 control-plane 之后"), Role: spec.RoleWarning}),
				step("upload-config", "Stores the configuration as ConfigMaps", "将 kubeadm 和 kubelet 的配置文件存储为集群上的 ConfigMap 资源对象"),
				step("wait-for-everything-to-become-healthy-please", "A very long title", "很长的标题"),
			},
			Stages: []spec.Stage{
				{ID: "files", Label: spec.T("write files", "生成文件"), Steps: []string{"certs", "kubeconfig", "control-plane", "kubelet-start"}},
			},
			Branches: []spec.Branch{{ID: "worker", From: "certs", Label: spec.T("worker", "工作节点"), Role: spec.RoleWorker,
				Steps: []spec.Step{step("worker-join", "Joins as a worker", "以工作节点加入")}}},
		},
	}
	d.Pipeline.Steps[3].Badge = "new"
	return d
}

// columnsOf counts the distinct x positions of the main-path cards.
func columnsOf(s *scene.Scene, d *spec.Diagram) int {
	xs := map[float64]bool{}
	for _, st := range d.Pipeline.Steps {
		if r := cardRect(s.Items, "step-"+st.ID); r != nil {
			xs[r.X] = true
		}
	}
	return len(xs)
}

// cardRect returns the outline of the card group with the id.
func cardRect(items []scene.Item, id string) *scene.Rect {
	var found *scene.Rect
	scene.Walk(items, func(it *scene.Item) {
		if g := it.Group; g != nil && g.ID == id && found == nil && len(g.Items) > 0 {
			found = g.Items[0].Rect
		}
	})
	return found
}

func mustValidate(t *testing.T, d *spec.Diagram) {
	t.Helper()
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestPipelineGolden lays the same pipeline out at two widths: the wide
// one keeps more steps per row, and both scenes are golden.
func TestPipelineGolden(t *testing.T) {
	d := testPipeline()
	mustValidate(t, d)
	tests := []struct {
		name  string
		width float64
		cols  int
	}{
		{"pipeline-wide.json", 1300, 4},
		{"pipeline-narrow.json", 1000, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light, Width: tc.width})
			if err != nil {
				t.Fatal(err)
			}
			if got := columnsOf(s, d); got != tc.cols {
				t.Errorf("width %g: %d columns, want %d", tc.width, got, tc.cols)
			}
			body := bodyBounds(s)
			if body.W > tc.width {
				t.Errorf("width %g: body is %.1f wide", tc.width, body.W)
			}
			golden(t, tc.name, sceneJSON(t, s))
		})
	}
}

func bodyBounds(s *scene.Scene) scene.Box {
	for _, it := range s.Items {
		if it.Group != nil && it.Group.ID == "body" {
			return scene.ItemBounds(it.Group.Items)
		}
	}
	return scene.Box{}
}

// TestPipelineAspect: with no width given, the chosen layout's picture is
// the candidate closest to the target aspect, and a wider target never
// gets fewer columns.
func TestPipelineAspect(t *testing.T) {
	prev := 0
	for _, aspect := range []float64{0.5, 1, 16.0 / 9, 4} {
		d := testPipeline()
		d.Pipeline.Aspect = aspect
		s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light})
		if err != nil {
			t.Fatal(err)
		}
		cols := columnsOf(s, d)
		if cols < prev {
			t.Errorf("aspect %g: %d columns, fewer than %d for a narrower target", aspect, cols, prev)
		}
		prev = cols
	}
	d := testPipeline()
	d.Pipeline.Columns = 3
	s, _ := Layout(d, Options{Lang: spec.EN, Theme: theme.Light, Width: 5000})
	if got := columnsOf(s, d); got != 3 {
		t.Errorf("Columns: 3 gave %d columns", got)
	}
}

// TestCardTextInsideCard checks, in both languages, both themes and at
// several widths, that every text of every card lies inside the card's
// outline, and that no text anywhere leaves its box.
func TestCardTextInsideCard(t *testing.T) {
	for _, d := range []*spec.Diagram{testPipeline(), testCards()} {
		mustValidate(t, d)
		for _, lang := range spec.Langs {
			for _, th := range []*theme.Theme{theme.Light, theme.Dark} {
				for _, w := range []float64{0, 500, 900, 1600} {
					name := fmt.Sprintf("%s/%s/%s/%g", d.ID, lang, th.Name, w)
					s, err := Layout(d, Options{Lang: lang, Theme: th, Width: w})
					if err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					for _, o := range scene.Overflows(s.Items, 0.01) {
						t.Errorf("%s: %v", name, o)
					}
					checkCards(t, name, s.Items)
				}
			}
		}
	}
}

// checkCards checks every step and card group: texts and chips inside the
// outline.
func checkCards(t *testing.T, name string, items []scene.Item) {
	t.Helper()
	scene.Walk(items, func(it *scene.Item) {
		g := it.Group
		if g == nil || !(strings.HasPrefix(g.ID, "step-") || strings.HasPrefix(g.ID, "card-")) {
			return
		}
		card := g.Items[0].Rect
		if card == nil {
			t.Errorf("%s: %s has no outline first", name, g.ID)
			return
		}
		n := 0
		scene.Walk(g.Items[1:], func(c *scene.Item) {
			switch {
			case c.Text != nil:
				n++
				if b := c.Text.Bounds(); !card.Box.Contains(b, 0.01) {
					t.Errorf("%s: %s: text %q at %+v is outside the card %+v", name, g.ID, c.Text.Text, b, card.Box)
				}
			case c.Rect != nil:
				if !card.Box.Contains(c.Rect.Box, 0.01) {
					t.Errorf("%s: %s: chip at %+v is outside the card %+v", name, g.ID, c.Rect.Box, card.Box)
				}
			}
		})
		if n == 0 {
			t.Errorf("%s: %s has no text", name, g.ID)
		}
	})
}

// TestPipelineDocumentOrder: the SVG's document order is the step order
// (a branch right after the step it leaves), so screen readers and text
// extraction read the steps in order.
func TestPipelineDocumentOrder(t *testing.T) {
	d := testPipeline()
	for _, w := range []float64{700, 1300} {
		s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light, Width: w})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		scene.Walk(s.Items, func(it *scene.Item) {
			if it.Group != nil && strings.HasPrefix(it.Group.ID, "step-") {
				got = append(got, strings.TrimPrefix(it.Group.ID, "step-"))
			}
		})
		want := []string{"preflight", "certs", "worker-join", "kubeconfig", "control-plane", "kubelet-start", "upload-config", "wait-for-everything-to-become-healthy-please"}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("width %g: document order %v, want %v", w, got, want)
		}
		// Number badges read 1..n in document order too.
		var nums []string
		scene.Walk(s.Items, func(it *scene.Item) {
			if it.Text != nil && it.Text.Style.Size == 12 && it.Text.Style.Bold && it.Text.Anchor == scene.Middle {
				nums = append(nums, it.Text.Text)
			}
		})
		if strings.Join(nums, ",") != "1,2,3,4,5,6,7" {
			t.Errorf("width %g: numbers read %v", w, nums)
		}
	}
}

// TestPipelineLegend: the badges in use, and only those, join the legend.
func TestPipelineLegend(t *testing.T) {
	d := testPipeline()
	d.Pipeline.Badges = append(d.Pipeline.Badges, spec.Badge{ID: "unused", Label: spec.T("unused", "未用"), Role: spec.RoleDanger})
	body, err := Pipeline(d, Options{Lang: spec.EN, Theme: theme.Light})
	if err != nil {
		t.Fatal(err)
	}
	if len(body.Legend) != 1 || body.Legend[0].Marker != spec.MarkerBadge || body.Legend[0].Role != spec.RoleSuccess {
		t.Fatalf("legend = %+v, want the one used badge", body.Legend)
	}
	s, _ := Layout(d, Options{Lang: spec.ZH, Theme: theme.Light})
	var texts []string
	scene.Walk(s.Items, func(it *scene.Item) {
		if it.Text != nil {
			texts = append(texts, it.Text.Text)
		}
	})
	sort.Strings(texts)
	if i := sort.SearchStrings(texts, "笔记后新增"); i == len(texts) || texts[i] != "笔记后新增" {
		t.Errorf("the badge label is missing from the zh picture")
	}
}

// TestWrapCodeKeepsNames: code never breaks at a hyphen (prose is
// textmeasure's TestWrap).
func TestWrapCodeKeepsNames(t *testing.T) {
	o := Options{Lang: spec.EN, Theme: theme.Light}
	for _, w := range []float64{90, 120, 200} {
		for _, l := range wrapCode("/etc/kubernetes/manifests/kube-controller-manager.yaml", o.noteStyle(spec.L("x")), w+80) {
			if strings.HasSuffix(l, "-") {
				t.Errorf("width %g: code broke at a hyphen: %q", w, l)
			}
		}
	}
}
