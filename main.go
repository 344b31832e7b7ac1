// Command kubefig renders the Kubernetes diagrams of the catalog to SVG and
// PNG. `go run .` renders everything into out/; `go run . check` fails when
// out/ is stale. See `go run . --help`.
package main

import (
	"os"
	"runtime/debug"

	"github.com/kubefig/kubefig/internal/cli"
)

// memoryLimit is a soft limit on the Go heap: rendering the catalog holds a
// multi-megapixel image per core, and without a limit the collector lets
// the heap grow to twice that before it runs. A few percent more GC time
// keeps the whole process under 200 MB. GOMEMLIMIT overrides it.
const memoryLimit = 160 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
