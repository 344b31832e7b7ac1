package textmeasure

import (
	"strings"
	"unicode"
)

// Wrap breaks s into lines no wider than maxWidth at style st. It breaks at
// spaces, between CJK characters, after '/' (paths), and at explicit
// newlines, never inside a hyphenated name such as kube-proxy; it keeps CJK closing punctuation off the start of
// a line and opening punctuation off the end. A unit wider than maxWidth on
// its own is split by character, so no line is ever wider than maxWidth
// unless a single character is.
func Wrap(s string, st Style, maxWidth float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapParagraph(para, st, maxWidth)...)
	}
	return lines
}

// MaxWidth returns the width of the widest line.
func MaxWidth(lines []string, st Style) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, Width(l, st))
	}
	return w
}

func wrapParagraph(s string, st Style, maxWidth float64) []string {
	units := breakUnits(s)
	var lines []string
	line := ""
	for _, u := range units {
		candidate := line + u
		if line == "" || Width(strings.TrimRight(candidate, " "), st) <= maxWidth {
			line = candidate
			if Width(strings.TrimRight(line, " "), st) > maxWidth {
				// A unit too wide on its own: split it by character.
				parts := splitByWidth(strings.TrimRight(line, " "), st, maxWidth)
				lines = append(lines, parts[:len(parts)-1]...)
				line = parts[len(parts)-1]
			}
			continue
		}
		lines = append(lines, strings.TrimRight(line, " "))
		line = strings.TrimLeft(u, " ")
		if Width(strings.TrimRight(line, " "), st) > maxWidth {
			parts := splitByWidth(strings.TrimRight(line, " "), st, maxWidth)
			lines = append(lines, parts[:len(parts)-1]...)
			line = parts[len(parts)-1]
		}
	}
	return append(lines, strings.TrimRight(line, " "))
}

func splitByWidth(s string, st Style, maxWidth float64) []string {
	var out []string
	cur := ""
	for _, r := range s {
		if cur != "" && Width(cur+string(r), st) > maxWidth {
			out = append(out, cur)
			cur = ""
		}
		cur += string(r)
	}
	return append(out, cur)
}

// breakUnits splits s into the pieces between break opportunities; each
// piece keeps its trailing spaces.
func breakUnits(s string) []string {
	rs := []rune(s)
	var units []string
	start := 0
	for i := 1; i < len(rs); i++ {
		if canBreakBetween(rs, i) {
			units = append(units, string(rs[start:i]))
			start = i
		}
	}
	if start < len(rs) {
		units = append(units, string(rs[start:]))
	}
	return units
}

// canBreakBetween reports whether a line may break between rs[i-1] and rs[i].
func canBreakBetween(rs []rune, i int) bool {
	prev, next := rs[i-1], rs[i]
	switch {
	case next == ' ':
		return false // spaces stay with the unit before them
	case isClosing(next) || isOpening(prev):
		return false
	case prev == ' ':
		return true
	case isCJK(prev) || isCJK(next):
		return true
	case prev == '/' && next != '/':
		// /etc/kubernetes/pki may break after an inner slash, never after
		// one that starts a word (/apis).
		return i >= 2 && rs[i-2] != ' ' && !isCJK(rs[i-2])
	}
	return false
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

func isClosing(r rune) bool {
	return strings.ContainsRune("，。、：；！？）」』》〉】〕”’,.:;!?)]}%", r)
}

func isOpening(r rune) bool {
	return strings.ContainsRune("（「『《〈【〔“‘([{", r)
}
