package textmeasure

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var sans15 = Style{Face: Face{Family: Sans}, Size: 15}

func TestWidthIsSumOfAdvances(t *testing.T) {
	// Noto Sans CJK: every hanzi is one em; the Mono face's Latin is half.
	tests := []struct {
		s    string
		st   Style
		want float64
	}{
		{"", sans15, 0},
		{"集群架构", sans15, 60},
		{"集群架构", Style{Face: Face{Family: Sans, Bold: true}, Size: 10}, 40},
		{"kubectl", Style{Face: Face{Family: Mono}, Size: 20}, 70},
		{"中", Style{Face: Face{Family: Mono}, Size: 20}, 20},
	}
	for _, tc := range tests {
		if got := Width(tc.s, tc.st); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Width(%q, %v) = %g, want %g", tc.s, tc.st, got, tc.want)
		}
	}
	// Widths add: no kerning, no shaping.
	a, b := Width("kube", sans15), Width("-apiserver", sans15)
	if got := Width("kube-apiserver", sans15); math.Abs(got-(a+b)) > 1e-9 {
		t.Errorf("widths do not add: %g != %g + %g", got, a, b)
	}
	if Width("W", sans15) <= Width("i", sans15) {
		t.Error("sans is proportional: W should be wider than i")
	}
}

func TestCoverage(t *testing.T) {
	must := "①②③④⑤⑥⑦⑧⑨⑩⑳→←↔…—，。、：；（）「」《》“”ABCxyz0189@#&<>é·ü" +
		"集群架构控制平面节点调度器容器运行时名称空间镜像仓库心跳租约驱逐"
	if missing := Uncovered(must); len(missing) > 0 {
		t.Errorf("embedded fonts miss %q", string(missing))
	}
	if got := Uncovered("ok 😀 𠀀"); string(got) != "😀𠀀" {
		t.Errorf("Uncovered = %q, want the emoji and the CJK extension B character", string(got))
	}
	// GB2312 level 1 is 3,755 characters from U+4E00 up; spot-check a few
	// from its first and last rows.
	for _, r := range "啊阿埃挨哎唉哀皑癌蔼座做作坐" {
		if !Covered(r) {
			t.Errorf("GB2312 level-1 character %q missing", r)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		width float64
		want  []string
	}{
		{"fits", "kube-proxy", 200, []string{"kube-proxy"}},
		{"spaces", "watch and bind Pods", 110, []string{"watch and bind", "Pods"}},
		{"cjk breaks anywhere", "生成控制平面组件的清单文件", 75, []string{"生成控制平", "面组件的清", "单文件"}},
		{"no closing punctuation at line start", "生成私钥，数字证书", 75, []string{"生成私钥，", "数字证书"}},
		{"newline", "a\nb", 100, []string{"a", "b"}},
		{"long path breaks after slash", "/etc/kubernetes/manifests", 120, []string{"/etc/kubernetes/", "manifests"}},
		{"a slash that starts a word stays with it", "read /apis/apps/v1 here", 60, []string{"read", "/apis/", "apps/v1", "here"}},
		{"hyphenated names stay whole", "Installs kube-proxy and the control-plane add-ons", 120,
			[]string{"Installs", "kube-proxy and", "the", "control-plane", "add-ons"}},
		{"unbreakable word splits", "abcdefghijklmnopqrstuvwxyz", 60, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Wrap(tc.s, sans15, tc.width)
			if tc.want != nil && strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Wrap(%q, %g) = %q, want %q", tc.s, tc.width, got, tc.want)
			}
			joined := strings.ReplaceAll(strings.Join(got, ""), " ", "")
			if want := strings.ReplaceAll(strings.ReplaceAll(tc.s, "\n", ""), " ", ""); joined != want {
				t.Errorf("wrapping lost text: %q -> %q", tc.s, got)
			}
			for _, l := range got {
				if w := Width(l, sans15); w > tc.width+1e-9 && utf8.RuneCountInString(l) > 1 {
					t.Errorf("line %q is %.1f px, wider than %g", l, w, tc.width)
				}
			}
		})
	}
}

func TestBaselineCentresEmBox(t *testing.T) {
	m := Extents(sans15)
	y := BaselineFor(100, sans15)
	top, bottom := y-m.EmTop, y+m.EmBottom
	if math.Abs((top+bottom)/2-100) > 1e-9 {
		t.Errorf("em box [%g, %g] is not centred on 100", top, bottom)
	}
	if m.EmTop <= 0 || m.EmBottom <= 0 || m.Ascent < m.EmTop {
		t.Errorf("implausible metrics %+v", m)
	}
}
