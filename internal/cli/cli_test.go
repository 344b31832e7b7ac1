package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/spec"
)

// small is a catalog of one real diagram, to keep tests quick.
func small() []*spec.Diagram { return []*spec.Diagram{diagrams.ClusterArchitecture()} }

func run(t *testing.T, catalog Catalog, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, catalog, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"no-such-diagram"}, `unknown diagram "no-such-diagram"`},
		{[]string{"--bogus"}, "unknown flag: --bogus"},
		{[]string{"--theme", "sepia"}, `unknown theme "sepia"`},
		{[]string{"--canvas", "poster"}, `unknown canvas "poster"`},
		{[]string{"--format", "gif"}, `unknown format "gif"`},
		{[]string{"--lang", "fr"}, `unknown language "fr"`},
		{[]string{"--scale", "0"}, "scale 0 is out of range"},
		{[]string{"list", "extra"}, "list takes no arguments"},
		{[]string{"check", "--theme", "dark"}, "only --out may be given"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			dir := t.TempDir()
			code, _, stderr := run(t, small, append(tc.args, "--out", dir)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not say %q", stderr, tc.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) > 0 {
				t.Errorf("a usage error wrote %d entries", len(entries))
			}
		})
	}
}

func TestHelpVersionList(t *testing.T) {
	code, out, _ := run(t, small, "--help")
	if code != 0 || !strings.Contains(out, "Usage:") || !strings.Contains(out, "--canvas") || !strings.Contains(out, "Examples:") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
	code, out, _ = run(t, small, "--version")
	if code != 0 || out != "kubefig "+Version+"\n" {
		t.Errorf("--version: exit %d, output %q", code, out)
	}
	code, out, _ = run(t, diagrams.All, "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	all := diagrams.All()
	if code != 0 || len(lines) != len(all) {
		t.Fatalf("list: exit %d, %d lines for %d diagrams:\n%s", code, len(lines), len(all), out)
	}
	for i, d := range all {
		if f := strings.Fields(lines[i]); len(f) < 3 || f[0] != d.ID || f[1] != d.Kind() {
			t.Errorf("list line %d is %q, want id %s, kind %s, title", i+1, lines[i], d.ID, d.Kind())
		}
	}
}

func TestRenderThenCheck(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run(t, small, "--out", dir); code != 0 {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	got := listFiles(t, dir)
	want := []string{
		"en/cluster-architecture.dark.png", "en/cluster-architecture.dark.svg",
		"en/cluster-architecture.png", "en/cluster-architecture.svg",
		"zh/cluster-architecture.dark.png", "zh/cluster-architecture.dark.svg",
		"zh/cluster-architecture.png", "zh/cluster-architecture.svg",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("files:\n%v\nwant:\n%v", got, want)
	}
	if code, out, stderr := run(t, small, "check", "--out", dir); code != 0 {
		t.Fatalf("check after render: exit %d: %s %s", code, out, stderr)
	}

	// Stale, missing and extra files each fail check, and are named.
	svg := filepath.Join(dir, "en/cluster-architecture.svg")
	b, _ := os.ReadFile(svg)
	os.WriteFile(svg, bytes.Replace(b, []byte("kubelet"), []byte("kubelat"), 1), 0o644)
	os.Remove(filepath.Join(dir, "zh/cluster-architecture.png"))
	os.WriteFile(filepath.Join(dir, "en/old.svg"), []byte("<svg/>"), 0o644)
	code, _, stderr := run(t, small, "check", "--out", dir)
	if code != exitFail {
		t.Errorf("check on a stale dir: exit %d, want %d", code, exitFail)
	}
	for _, want := range []string{"stale", "en/cluster-architecture.svg", "missing", "zh/cluster-architecture.png", "extra", "en/old.svg"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("check output lacks %q:\n%s", want, stderr)
		}
	}
}

func TestRenderSubset(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := run(t, small, "cluster-architecture", "--out", dir, "--lang", "zh", "--format", "svg", "--theme", "dark", "--canvas", "slide", "--embed-fonts=false")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := listFiles(t, dir)
	if len(got) != 1 || got[0] != "zh/cluster-architecture.dark.slide.svg" {
		t.Fatalf("files %v", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, got[0]))
	if !bytes.Contains(b, []byte(`width="1920.00" height="1080.00"`)) || bytes.Contains(b, []byte("@font-face")) {
		t.Errorf("want a 1920x1080 SVG without embedded fonts")
	}
}

// TestBadSpecLeavesOutputUntouched: one bad diagram fails the whole run
// with exit 1, names diagram and element, and writes nothing.
func TestBadSpecLeavesOutputUntouched(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := run(t, small, "--out", dir); code != 0 {
		t.Fatalf("render: %s", stderr)
	}
	before := snapshot(t, dir)
	bad := func() []*spec.Diagram {
		d := diagrams.ClusterArchitecture()
		d.Graph.Edges[0].To = "ghost"
		d.Title = spec.T("Changed title", "改过的标题")
		return []*spec.Diagram{d}
	}
	code, _, stderr := run(t, bad, "--out", dir)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	if !strings.Contains(stderr, `diagram "cluster-architecture": edge kubectl->ghost: to names unknown node "ghost"`) {
		t.Errorf("stderr does not name diagram and element:\n%s", stderr)
	}
	if strings.Count(stderr, "ghost\"") != 1 {
		t.Errorf("the same problem is reported more than once:\n%s", stderr)
	}
	if after := snapshot(t, dir); after != before {
		t.Error("a failed run changed the output directory")
	}
}

func TestFileNameStaysInside(t *testing.T) {
	for _, d := range diagrams.All() {
		name := FileName(d.ID, renderOptions("en", "dark"), "svg")
		if strings.Contains(name, "..") || filepath.IsAbs(name) || strings.Count(filepath.ToSlash(name), "/") != 1 {
			t.Errorf("file name %q may leave the output directory", name)
		}
	}
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, f := range listFiles(t, dir) {
		data, _ := os.ReadFile(filepath.Join(dir, f))
		b.WriteString(f + ":" + string(data) + "\n")
	}
	return b.String()
}

func renderOptions(lang, theme string) render.Options {
	return render.Options{Lang: spec.Lang(lang), Theme: theme}
}
