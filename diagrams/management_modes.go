package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ManagementModes is notes §3.2.5: the three ways kubectl manages objects,
// side by side as the columns of a table (commands, what they operate on,
// where to use them, trade-offs), with when-to-use from upstream's
// "Kubernetes Object Management".
func ManagementModes() *spec.Diagram {
	code := func(s string) spec.Note { return spec.Note{Text: spec.L(s)} }
	verbs := func(en, zh, cmds string) spec.Note {
		return spec.Note{Text: spec.T(en+": "+cmds, zh+"："+cmds)}
	}
	column := func(id string, title spec.Text, role string, commands []spec.Note, operates, env, pros, cons spec.Text, writers, curve string) spec.Section {
		card := func(suffix string, t, d spec.Text, notes ...spec.Note) spec.Card {
			return spec.Card{ID: id + "-" + suffix, Title: t, Desc: d, Role: role, Notes: notes}
		}
		return spec.Section{ID: id, Title: title, Role: role, Columns: 1, Cards: []spec.Card{
			card("commands", RowCommands, spec.Text{}, commands...),
			card("operates", RowOperatesOn, operates),
			card("env", RowRecommended, env,
				spec.Note{Text: spec.T("writers: "+writers, "支持的写者："+writers)},
				spec.Note{Text: spec.T("learning curve: "+curve, "学习难度："+learningCurveZh[curve])}),
			card("tradeoffs", RowTradeOffs, spec.Text{},
				spec.Note{Role: spec.RoleSuccess, Text: pros},
				spec.Note{Role: spec.RoleDanger, Text: cons}),
		}}
	}
	return &spec.Diagram{
		ID:    "management-modes",
		Title: spec.T("Three ways to manage objects with kubectl", "资源对象的三种管理方式"),
		Subtitle: spec.T("Manage each object with one technique only: mixing them on one object gives undefined behaviour.",
			"同一个对象只应使用一种管理方式：混用会导致未定义的行为。"),
		Notes: []spec.Text{
			spec.T("Notes, section 3.2.4: kubectl get TYPE/NAME -o yaml --export printed a manifest without the fields the system sets. --export was deprecated in v1.14 and, though announced for removal in v1.18, removed in v1.19; today use -o yaml and delete status and the system-set metadata.",
				"笔记第 3.2.4 节：kubectl get TYPE/NAME -o yaml --export 可输出不含系统生成信息的清单。--export 在 v1.14 弃用、v1.19 移除（原定于 v1.18 移除）；如今请用 -o yaml 并删去 status 与系统设置的元数据。"),
			spec.T("Notes, section 3.2.5. Upstream: kubernetes.io/docs/concepts/overview/working-with-objects/object-management/, the Kubernetes CHANGELOG (v1.14, v1.19) and kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/.",
				"笔记第 3.2.5 节。上游资料：kubernetes.io/docs/concepts/overview/working-with-objects/object-management/、Kubernetes CHANGELOG（v1.14、v1.19）与 kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/。"),
		},
		Cards: &spec.Cards{
			AlignRows: true,
			CardWidth: 370,
			Sections: []spec.Section{
				column("imperative-commands", ModeImperativeCommands, spec.RoleSeries1,
					[]spec.Note{
						verbs("create", "创建", "run, expose, autoscale, create"),
						verbs("update", "更新", "scale, annotate, label, set, edit, patch"),
						verbs("delete", "删除", "delete"),
						verbs("view", "查看", "get, describe, logs"),
						code("kubectl create <type> <subtype> <name>"),
					},
					spec.T("Live objects in the cluster: the operation and its arguments are given on the command line.",
						"集群中的活动对象：操作与参数都在命令行中给出。"),
					spec.T("Development projects; one-off tasks, and the way to get started.",
						"开发项目；一次性任务，以及入门之用。"),
					spec.T("+ one step, one action word: easy to learn",
						"+ 一步完成，一个动作词：易学易记"),
					spec.T("− no change review, no audit trail, no record but the live state, no template for new objects",
						"− 无法纳入变更审查，无审计记录，除活动对象外没有记录，也无法作为新对象的模板"),
					"1+", "lowest"),
				column("imperative-config", ModeImperativeConfig, spec.RoleSeries2,
					[]spec.Note{code("kubectl create -f <file|url>"), code("kubectl replace -f <file|url>"), code("kubectl delete -f <file|url>"), code("kubectl get -f <file|url>")},
					spec.T("Individual files, each a full object definition in YAML or JSON; you name the operation.",
						"单个文件，每个文件是完整的 YAML 或 JSON 对象定义；由用户指定操作。"),
					spec.T("Production projects.", "生产项目。"),
					spec.T("+ files in Git, reviewed before they are pushed; templates for new objects; simpler than apply",
						"+ 配置文件可存入 Git，推送前可审查；可作为新对象的模板；比 apply 简单易懂"),
					spec.T("− replace drops changes made to the live object but not to the file; works on files, not directories",
						"− replace 会丢弃只改在活动对象上、未写入文件的变更；适合文件而非目录"),
					"1", "moderate"),
				column("declarative-config", ModeDeclarativeConfig, spec.RoleSeries3,
					[]spec.Note{code("kubectl apply -f <dir|file|url>"), code("kubectl diff -f <dir>"), code("kubectl apply -k <dir>"),
						{Role: spec.RoleInfo, Text: spec.T("-k: Kustomize, built in since v1.14", "-k：Kustomize，v1.14 起内置")}},
					spec.T("Directories of files; kubectl works out per object whether to create, patch or delete.",
						"文件目录；由 kubectl 按对象自动判断创建、修补或删除。"),
					spec.T("Production projects.", "生产项目。"),
					spec.T("+ keeps changes others made to live objects (it patches, it does not replace); whole directories at once",
						"+ 保留他人直接对活动对象所做的变更（打补丁而非替换）；可一次处理整个目录"),
					spec.T("− harder to debug when results are unexpected; partial updates make complex merges",
						"− 结果出乎意料时较难调试；部分更新会产生复杂的合并"),
					"1+", "highest"),
			},
		},
	}
}

var learningCurveZh = map[string]string{"lowest": "最低", "moderate": "中等", "highest": "最高"}
