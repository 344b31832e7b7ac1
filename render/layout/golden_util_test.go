package layout

import (
	"math"
	"strconv"
	"strings"
)

func formatFloat(v float64) string {
	r := math.Round(v*100) / 100
	s := strconv.FormatFloat(r, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}
