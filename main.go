// Command kubefig renders the Kubernetes diagrams of the catalog to SVG and
// PNG. `go run .` renders everything into out/; `go run . check` fails when
// out/ is stale. See `go run . --help`.
package main

import (
	"os"

	"github.com/kubefig/kubefig/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
