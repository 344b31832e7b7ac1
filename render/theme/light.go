package theme

import "github.com/kubefig/kubefig/render/scene"

// Light is the default theme: white slide, saturated accents, pale tints.
var Light = register(&Theme{
	Name:       "light",
	Background: scene.Hex("#ffffff"),
	Title:      scene.Hex("#0f172a"),
	Text:       scene.Hex("#1e293b"),
	Muted:      scene.Hex("#55657a"),
	Line:       scene.Hex("#64748b"),
	Surface:    scene.Hex("#ffffff"),
	Border:     scene.Hex("#94a3b8"),
	Dim:        0.3,
	Roles: map[string]RoleColors{
		"":         {scene.Hex("#475569"), scene.Hex("#f1f5f9"), scene.Hex("#334155")},
		"control":  {scene.Hex("#326ce5"), scene.Hex("#eaf1fd"), scene.Hex("#1d4ed8")},
		"worker":   {scene.Hex("#15803d"), scene.Hex("#ecf8ef"), scene.Hex("#166534")},
		"addon":    {scene.Hex("#7c3aed"), scene.Hex("#f3effd"), scene.Hex("#6d28d9")},
		"store":    {scene.Hex("#c2410c"), scene.Hex("#fdf1e8"), scene.Hex("#9a3412")},
		"external": {scene.Hex("#475569"), scene.Hex("#f1f5f9"), scene.Hex("#334155")},
		"network":  {scene.Hex("#0e7490"), scene.Hex("#e8f6f9"), scene.Hex("#155e75")},
		"series1":  {scene.Hex("#d55e00"), scene.Hex("#fcefe5"), scene.Hex("#a94a00")},
		"series2":  {scene.Hex("#0072b2"), scene.Hex("#e5f1f8"), scene.Hex("#005a8c")},
		"series3":  {scene.Hex("#009e73"), scene.Hex("#e5f5f1"), scene.Hex("#007a59")},
		"series4":  {scene.Hex("#cc79a7"), scene.Hex("#f9eef4"), scene.Hex("#a14f7d")},
		"series5":  {scene.Hex("#e69f00"), scene.Hex("#fdf5e5"), scene.Hex("#8a5f00")},
		"series6":  {scene.Hex("#56b4e9"), scene.Hex("#eef7fd"), scene.Hex("#1a6d9c")},
		"success":  {scene.Hex("#16a34a"), scene.Hex("#eaf7ee"), scene.Hex("#15803d")},
		"warning":  {scene.Hex("#d97706"), scene.Hex("#fdf4e6"), scene.Hex("#b45309")},
		"danger":   {scene.Hex("#dc2626"), scene.Hex("#fdecec"), scene.Hex("#b91c1c")},
		"info":     {scene.Hex("#2563eb"), scene.Hex("#eaf0fd"), scene.Hex("#1d4ed8")},
		"muted":    {scene.Hex("#94a3b8"), scene.Hex("#f8fafc"), scene.Hex("#64748b")},
	},
	Size: defaultSizes,
})
