package theme

import "github.com/kubefig/kubefig/render/scene"

// Dark is for dark slides: deep slate background, lighter accents.
var Dark = register(&Theme{
	Name:       "dark",
	Background: scene.Hex("#0f172a"),
	Title:      scene.Hex("#f8fafc"),
	Text:       scene.Hex("#e2e8f0"),
	Muted:      scene.Hex("#9fb0c6"),
	Line:       scene.Hex("#94a3b8"),
	Surface:    scene.Hex("#1e293b"),
	Border:     scene.Hex("#64748b"),
	Dim:        0.3,
	Roles: map[string]RoleColors{
		"":         {scene.Hex("#94a3b8"), scene.Hex("#172133"), scene.Hex("#cbd5e1")},
		"control":  {scene.Hex("#6b9bff"), scene.Hex("#14254a"), scene.Hex("#a9c4ff")},
		"worker":   {scene.Hex("#4ade80"), scene.Hex("#10301f"), scene.Hex("#98ecb5")},
		"addon":    {scene.Hex("#a78bfa"), scene.Hex("#251c45"), scene.Hex("#cbbcfd")},
		"store":    {scene.Hex("#fb923c"), scene.Hex("#3a2114"), scene.Hex("#fdc08f")},
		"external": {scene.Hex("#94a3b8"), scene.Hex("#172133"), scene.Hex("#cbd5e1")},
		"network":  {scene.Hex("#22d3ee"), scene.Hex("#0d2e38"), scene.Hex("#8ee8f7")},
		"series1":  {scene.Hex("#ff8a3d"), scene.Hex("#3a2213"), scene.Hex("#ffb483")},
		"series2":  {scene.Hex("#4db3ff"), scene.Hex("#0f2a40"), scene.Hex("#94d1ff")},
		"series3":  {scene.Hex("#2fd4a3"), scene.Hex("#0e3329"), scene.Hex("#86ebcc")},
		"series4":  {scene.Hex("#f08cc4"), scene.Hex("#3a1d2e"), scene.Hex("#f7bcdc")},
		"series5":  {scene.Hex("#ffc23d"), scene.Hex("#3a2e10"), scene.Hex("#ffdb8a")},
		"series6":  {scene.Hex("#7fd0ff"), scene.Hex("#12304a"), scene.Hex("#b8e4ff")},
		"success":  {scene.Hex("#4ade80"), scene.Hex("#10301f"), scene.Hex("#98ecb5")},
		"warning":  {scene.Hex("#fbbf24"), scene.Hex("#3a2d0d"), scene.Hex("#fcd97a")},
		"danger":   {scene.Hex("#f87171"), scene.Hex("#3d1719"), scene.Hex("#fcb0b0")},
		"info":     {scene.Hex("#60a5fa"), scene.Hex("#132a4a"), scene.Hex("#a8cdfc")},
		"muted":    {scene.Hex("#64748b"), scene.Hex("#151e2e"), scene.Hex("#94a3b8")},
	},
	Size: defaultSizes,
})
