package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/scene"
	"github.com/kubefig/kubefig/render/spec"
)

// job is one diagram in one language and theme, in one or more formats.
type job struct {
	diagram *spec.Diagram
	opts    render.Options
	formats []render.Format
}

// file is one rendered output, named relative to the output directory.
type file struct {
	name string
	data []byte
}

// FileName is the output path of a rendering relative to the output
// directory: <lang>/<id>[.dark][.slide].<ext>. Ids are validated
// ([a-z0-9-]), so a name never leaves the directory.
func FileName(id string, o render.Options, f render.Format) string {
	name := id
	if o.Theme != "" && o.Theme != "light" {
		name += "." + o.Theme
	}
	if o.Canvas == render.CanvasSlide {
		name += ".slide"
	}
	return filepath.Join(string(o.Lang), name+"."+string(f))
}

// scened is a job laid out and ready to paint.
type scened struct {
	job
	scene *scene.Scene
}

// layoutJobs validates and lays out every job, in parallel. It returns the
// errors of every failed job, each spec problem once.
func layoutJobs(jobs []job) ([]scened, []error) {
	out := make([]scened, len(jobs))
	errs := make([]error, len(jobs))
	parallel(len(jobs), func(i int) {
		s, err := render.Scene(jobs[i].diagram, jobs[i].opts)
		out[i], errs[i] = scened{jobs[i], s}, err
	})
	var failed []error
	seen := map[string]bool{}
	for _, err := range errs {
		// One bad spec fails every language and theme: report it once.
		if err != nil && !seen[err.Error()] {
			seen[err.Error()] = true
			failed = append(failed, err)
		}
	}
	return out, failed
}

// paintJobs paints every laid-out job in parallel and hands each file to
// sink as soon as it is made, so the catalog's bytes are never all held at
// once. Calls of sink are serialized. It returns the first error.
func paintJobs(jobs []scened, sink func(file) error) error {
	var mu sync.Mutex
	var first error
	parallel(len(jobs), func(i int) {
		j := jobs[i]
		for _, f := range j.formats {
			var data []byte
			var err error
			switch f {
			case render.SVGFormat:
				data, err = render.PaintSVG(j.scene, j.opts)
			case render.PNGFormat:
				data, err = render.PaintPNG(j.scene, j.opts)
			}
			if err != nil {
				err = fmt.Errorf("diagram %q (%s, %s): %w", j.diagram.ID, j.opts.Lang, f, err)
			}
			mu.Lock()
			if err == nil {
				err = sink(file{FileName(j.diagram.ID, j.opts, f), data})
			}
			if err != nil && first == nil {
				first = err
			}
			mu.Unlock()
		}
	})
	return first
}

// parallel runs fn(0) ... fn(n-1) on GOMAXPROCS goroutines.
func parallel(n int, fn func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// renderAll validates and lays out every diagram before it paints and
// writes the first file, so a bad spec leaves the output directory
// untouched; each file is then written whole, through a temporary file.
func renderAll(jobs []job, dir string, stdout, stderr io.Writer) int {
	scenes, errs := layoutJobs(jobs)
	if len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintf(stderr, "kubefig: %v\n", err)
		}
		fmt.Fprintf(stderr, "kubefig: nothing written to %s\n", dir)
		return exitFail
	}
	total, changed := 0, 0
	err := paintJobs(scenes, func(f file) error {
		total++
		wrote, err := writeFile(dir, f)
		if wrote {
			changed++
		}
		return err
	})
	if err != nil {
		fmt.Fprintf(stderr, "kubefig: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "kubefig: %d files in %s (%d changed)\n", total, dir, changed)
	return exitOK
}
