package layout

import (
	"testing"

	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

func testCards() *spec.Diagram {
	card := func(id, en, zh string) spec.Card {
		return spec.Card{ID: id, Title: spec.L(id), Desc: spec.T(en, zh)}
	}
	return &spec.Diagram{
		ID:    "test-cards",
		Title: spec.T("Cards", "卡片"),
		Cards: &spec.Cards{
			Badges: []spec.Badge{{ID: "default", Label: spec.T("default", "默认"), Role: spec.RoleSuccess}},
			Sections: []spec.Section{
				{ID: "commands", Title: spec.T("Subcommands", "子命令"), Role: spec.RoleControl, Columns: 4, Cards: []spec.Card{
					card("init", "Creates a new control plane", "创建新的控制平面"),
					card("join", "Joins a node to the control plane", "将节点加入指定的控制平面"),
					card("reset", "Resets the node", "重置回初始状态"),
					card("token", "Manages the bootstrap tokens", "管理节点加入集群时使用的认证令牌"),
				}, Note: spec.T("Also: upgrade, certs.", "另有 upgrade、certs。")},
				{ID: "modes", Title: spec.T("Run modes", "运行模式"), Role: spec.RoleWorker, Columns: 2, Cards: []spec.Card{
					{ID: "static", Title: spec.T("Static Pods", "静态 Pod 模式"), Badge: "default",
						Desc:  spec.T("Control-plane components run as static Pods", "控制平面各组件以静态 Pod 形式运行在 Master 主机之上"),
						Notes: []spec.Note{{Text: spec.L("/etc/kubernetes/manifests/")}}},
					card("self-hosted", "Runs on the cluster", "运行在集群之上"),
					card("standalone", "Daemons on the hosts", "守护进程"),
				}},
			},
		},
	}
}

// TestCardsGolden lays the same grid out at two widths: wide, the two
// sections share a row; narrow, they stack.
func TestCardsGolden(t *testing.T) {
	d := testCards()
	mustValidate(t, d)
	for _, tc := range []struct {
		name    string
		width   float64
		sameRow bool
	}{
		{"cards-wide.json", 2000, true},
		{"cards-narrow.json", 1100, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Layout(d, Options{Lang: spec.EN, Theme: theme.Light, Width: tc.width})
			if err != nil {
				t.Fatal(err)
			}
			a, b := cardRect(s.Items, "card-init"), cardRect(s.Items, "card-static")
			if a == nil || b == nil {
				t.Fatal("cards missing")
			}
			if same := a.Y == b.Y; same != tc.sameRow {
				t.Errorf("width %g: sections in one row = %v, want %v", tc.width, same, tc.sameRow)
			}
			if w := bodyBounds(s).W; w > tc.width {
				t.Errorf("width %g: body is %.1f wide", tc.width, w)
			}
			golden(t, tc.name, sceneJSON(t, s))
		})
	}
}

// TestPartitions: every way to cut n sections into rows, in order.
func TestPartitions(t *testing.T) {
	for n, want := range map[int]int{1: 1, 2: 2, 3: 4, 4: 8} {
		if got := len(partitions(n)); got != want {
			t.Errorf("partitions(%d) has %d cuts, want %d", n, got, want)
		}
	}
}
