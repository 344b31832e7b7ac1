// Package icons: placeholder until the icons branch lands.
package icons

import "github.com/kubefig/kubefig/render/scene"

// Get returns the shapes of the named icon in a 24×24 design box.
func Get(name string, accent, tint scene.Color) ([]scene.IconShape, bool) {
	if name == "" {
		return nil, false
	}
	return []scene.IconShape{{Segments: scene.RoundedBox(scene.Box{X: 3, Y: 3, W: 18, H: 18}, 4), Fill: tint, Stroke: scene.Stroke{Color: accent, Width: 1.8}}}, true
}

// Names lists every icon name, sorted.
func Names() []string { return nil }
