// Package cli is kubefig's command line: flag parsing, the render, list and
// check commands, and safe writing of output files.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/kubefig/kubefig/diagrams"
	"github.com/kubefig/kubefig/render"
	"github.com/kubefig/kubefig/render/spec"
	"github.com/kubefig/kubefig/render/theme"
)

// Version is kubefig's version.
const Version = "0.1.0"

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // a bad spec, a failed render, a stale out/
	exitUsage = 2 // a bad command line
)

const usage = `kubefig draws Kubernetes concepts as diagrams: SVG and PNG, English and
Chinese, light and dark, with embedded fonts (no browser, no system fonts).

Usage:
  kubefig [render] [ID...] [flags]   render diagrams (all when no ID is given)
  kubefig list                       list the catalog: id, kind, title
  kubefig check [--out DIR]          fail if DIR (out/) differs from a fresh render

Output files: DIR/<lang>/<id>[.dark][.slide].<svg|png>

Examples:
  go run .                                   # the whole catalog into out/
  go run . cluster-architecture --lang zh --format png --theme dark
  go run . --canvas slide --out slides       # 1920x1080 slides, scaled to fit
  go run . check                             # in CI: is out/ current?

Flags:
`

type options struct {
	out        string
	langs      []string
	formats    []string
	themes     []string
	scale      float64
	canvas     string
	embedFonts bool
	version    bool
	help       bool
}

// Main runs the command line on the catalog and returns the exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	return Run(args, diagrams.All, stdout, stderr)
}

// Catalog returns the diagrams a command works on, in order.
type Catalog func() []*spec.Diagram

// Run runs the command line on a catalog and returns the exit code.
func Run(args []string, catalog Catalog, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("kubefig", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o options
	fs.StringVarP(&o.out, "out", "o", "out", "output directory")
	fs.StringSliceVar(&o.langs, "lang", []string{"en", "zh"}, "languages: en, zh")
	fs.StringSliceVar(&o.formats, "format", []string{"svg", "png"}, "formats: svg, png")
	fs.StringSliceVar(&o.themes, "theme", theme.Names(), "themes: "+strings.Join(theme.Names(), ", "))
	fs.Float64Var(&o.scale, "scale", 2, "PNG pixels per CSS pixel")
	fs.StringVar(&o.canvas, "canvas", "auto", "auto (diagram bounds + margin) or slide (1920x1080, scaled to fit)")
	fs.BoolVar(&o.embedFonts, "embed-fonts", true, "embed font subsets in SVGs (false: name system font families)")
	fs.BoolVarP(&o.version, "version", "v", false, "print the version")
	fs.BoolVarP(&o.help, "help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "kubefig: %v\nRun 'kubefig --help' for usage.\n", err)
		return exitUsage
	}
	if o.help {
		fmt.Fprint(stdout, usage+fs.FlagUsages())
		return exitOK
	}
	if o.version {
		fmt.Fprintf(stdout, "kubefig %s\n", Version)
		return exitOK
	}
	rest := fs.Args()
	cmd := "render"
	if len(rest) > 0 && (rest[0] == "render" || rest[0] == "list" || rest[0] == "check") {
		cmd, rest = rest[0], rest[1:]
	}
	switch cmd {
	case "list":
		if len(rest) > 0 {
			return usageError(stderr, "list takes no arguments, got %q", rest)
		}
		return list(catalog, stdout)
	case "check":
		if len(rest) > 0 {
			return usageError(stderr, "check takes no diagram ids (it checks the whole catalog), got %q", rest)
		}
		if flagsChangedBesides(fs, "out") {
			return usageError(stderr, "check compares out/ with the default render; only --out may be given")
		}
		return check(catalog, o, stdout, stderr) // every flag but --out is at its default
	}
	jobs, err := plan(catalog, rest, o)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	return renderAll(jobs, o.out, stdout, stderr)
}

func usageError(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "kubefig: "+format+"\nRun 'kubefig --help' for usage.\n", args...)
	return exitUsage
}

func flagsChangedBesides(fs *pflag.FlagSet, allowed string) bool {
	changed := false
	fs.Visit(func(f *pflag.Flag) {
		if f.Name != allowed {
			changed = true
		}
	})
	return changed
}

func list(catalog Catalog, stdout io.Writer) int {
	for _, d := range catalog() {
		fmt.Fprintf(stdout, "%-28s %-9s %s\n", d.ID, d.Kind(), d.Title.In(spec.EN))
	}
	return exitOK
}

// plan turns ids and flags into the list of files to make, checking every
// value first so that a typo is a usage error, not a half-done render.
func plan(catalog Catalog, ids []string, o options) ([]job, error) {
	all := catalog()
	ds := all
	if len(ids) > 0 {
		ds = nil
		for _, id := range ids {
			d := find(all, id)
			if d == nil {
				return nil, fmt.Errorf("unknown diagram %q (see 'kubefig list')", id)
			}
			ds = append(ds, d)
		}
	}
	for _, l := range o.langs {
		if l != string(spec.EN) && l != string(spec.ZH) {
			return nil, fmt.Errorf("unknown language %q (known: en, zh)", l)
		}
	}
	for _, t := range o.themes {
		if _, err := theme.Get(t); err != nil {
			return nil, err
		}
	}
	for _, f := range o.formats {
		if f != string(render.SVGFormat) && f != string(render.PNGFormat) {
			return nil, fmt.Errorf("unknown format %q (known: svg, png)", f)
		}
	}
	canvas := render.Canvas(o.canvas)
	if canvas != render.CanvasAuto && canvas != render.CanvasSlide {
		return nil, fmt.Errorf("unknown canvas %q (known: auto, slide)", o.canvas)
	}
	if o.scale <= 0 || o.scale > 8 {
		return nil, fmt.Errorf("scale %g is out of range (0 < scale <= 8)", o.scale)
	}
	if o.out == "" {
		return nil, errors.New("--out is empty")
	}
	var jobs []job
	for _, d := range ds {
		for _, l := range o.langs {
			for _, t := range o.themes {
				j := job{diagram: d, opts: render.Options{
					Lang: spec.Lang(l), Theme: t, Canvas: canvas, Scale: o.scale, SystemFonts: !o.embedFonts,
				}}
				for _, f := range o.formats {
					j.formats = append(j.formats, render.Format(f))
				}
				jobs = append(jobs, j)
			}
		}
	}
	return jobs, nil
}

func find(ds []*spec.Diagram, id string) *spec.Diagram {
	for _, d := range ds {
		if d.ID == id {
			return d
		}
	}
	return nil
}
