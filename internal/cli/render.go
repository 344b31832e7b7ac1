package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/kubefig/kubefig/render"
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

// renderJobs renders every job in memory, in parallel, and returns the files
// in job order, or the errors of every failed job.
func renderJobs(jobs []job) ([]file, []error) {
	results := make([][]file, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = renderJob(jobs[i])
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	var files []file
	var failed []error
	seen := map[string]bool{}
	for i := range jobs {
		if errs[i] != nil {
			// One bad spec fails every language and theme: report it once.
			if msg := errs[i].Error(); !seen[msg] {
				seen[msg] = true
				failed = append(failed, errs[i])
			}
			continue
		}
		files = append(files, results[i]...)
	}
	return files, failed
}

func renderJob(j job) ([]file, error) {
	s, err := render.Scene(j.diagram, j.opts)
	if err != nil {
		return nil, err
	}
	var out []file
	for _, f := range j.formats {
		var data []byte
		switch f {
		case render.SVGFormat:
			data, err = render.PaintSVG(s, j.opts)
		case render.PNGFormat:
			data, err = render.PaintPNG(s, j.opts)
		}
		if err != nil {
			return nil, fmt.Errorf("diagram %q (%s, %s): %w", j.diagram.ID, j.opts.Lang, f, err)
		}
		out = append(out, file{FileName(j.diagram.ID, j.opts, f), data})
	}
	return out, nil
}

// renderAll renders everything first and writes only when all succeeded,
// so a bad spec leaves the output directory untouched.
func renderAll(jobs []job, dir string, stdout, stderr io.Writer) int {
	files, errs := renderJobs(jobs)
	if len(errs) > 0 {
		for _, err := range errs {
			fmt.Fprintf(stderr, "kubefig: %v\n", err)
		}
		fmt.Fprintf(stderr, "kubefig: nothing written to %s\n", dir)
		return exitFail
	}
	written, err := writeFiles(dir, files)
	if err != nil {
		fmt.Fprintf(stderr, "kubefig: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "kubefig: %d files in %s (%d changed)\n", len(files), dir, written)
	return exitOK
}
