package cli

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// check re-renders in memory what `kubefig` with no flags writes (o holds
// the flag defaults and the output directory), and
// compares it with dir: SVGs byte for byte, PNGs by decoded pixels within a
// small tolerance (compress/flate and floating point may differ across Go
// releases and architectures).
func check(catalog Catalog, o options, stdout, stderr io.Writer) int {
	dir := o.out
	jobs, err := plan(catalog, nil, o)
	if err != nil {
		fmt.Fprintf(stderr, "kubefig: %v\n", err)
		return exitFail
	}
	scenes, errs := layoutJobs(jobs)
	if len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintf(stderr, "kubefig: %v\n", err)
		}
		return exitFail
	}
	want := map[string]bool{}
	var stale, missing, extra []string
	err = paintJobs(scenes, func(f file) error {
		want[filepath.ToSlash(f.name)] = true
		got, err := os.ReadFile(filepath.Join(dir, f.name))
		switch {
		case os.IsNotExist(err):
			missing = append(missing, f.name)
		case err != nil:
			return err
		case !same(f.name, got, f.data):
			stale = append(stale, f.name)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "kubefig: %v\n", err)
		return exitFail
	}
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if !want[filepath.ToSlash(rel)] {
			extra = append(extra, rel)
		}
		return nil
	})
	sort.Strings(stale)
	sort.Strings(missing)
	sort.Strings(extra)
	if len(stale)+len(missing)+len(extra) == 0 {
		fmt.Fprintf(stdout, "kubefig: %s is current (%d files)\n", dir, len(want))
		return exitOK
	}
	report := func(what string, names []string) {
		for _, n := range names {
			fmt.Fprintf(stderr, "%-8s %s\n", what, filepath.Join(dir, n))
		}
	}
	report("stale", stale)
	report("missing", missing)
	report("extra", extra)
	fmt.Fprintf(stderr, "kubefig: %s is not current: %d stale, %d missing, %d extra; run 'go run .' and commit %s\n",
		dir, len(stale), len(missing), len(extra), dir)
	return exitFail
}

// same compares two renderings of one file.
func same(name string, a, b []byte) bool {
	if bytes.Equal(a, b) {
		return true
	}
	if !strings.HasSuffix(name, ".png") {
		return false
	}
	ia, err1 := png.Decode(bytes.NewReader(a))
	ib, err2 := png.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil {
		return false
	}
	return PixelsClose(ia, ib)
}

// PixelsClose reports whether two images have the same size and differ
// only by anti-aliasing noise: at most 0.05 % of pixels (and at least 16
// allowed) may differ by more than 8 in any channel.
func PixelsClose(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	r := a.Bounds()
	allowed := max(16, r.Dx()*r.Dy()/2000)
	off := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if far(r1, r2) || far(g1, g2) || far(b1, b2) || far(a1, a2) {
				off++
				if off > allowed {
					return false
				}
			}
		}
	}
	return true
}

func far(a, b uint32) bool {
	d := int(a>>8) - int(b>>8)
	return d > 8 || d < -8
}
