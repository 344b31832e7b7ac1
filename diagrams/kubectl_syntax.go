package diagrams

import "github.com/kubefig/kubefig/render/spec"

// KubectlSyntax is notes §2.3.2: kubectl [command] [TYPE] [NAME] [flags],
// each part with what it takes, and one real command read the same way.
// Checked against upstream's "Command line tool (kubectl)" overview and
// the kubectl get reference.
func KubectlSyntax() *spec.Diagram {
	sep := func(s string) spec.Part { return spec.Part{Text: s} }
	part := func(id, text, role string, name spec.Text) spec.Part {
		return spec.Part{ID: id, Text: text, Annotation: spec.Annotation{Role: role, Name: name}}
	}
	return &spec.Diagram{
		ID:    "kubectl-syntax",
		Title: spec.T("Anatomy of a kubectl command", "kubectl 命令格式"),
		Subtitle: spec.T("kubectl [command] [TYPE] [NAME] [flags]: what each part takes, and one command read the same way.",
			"kubectl [command] [TYPE] [NAME] [flags]：各部分的含义与取值，并以一条命令为例对照。"),
		Desc: spec.T("The syntax kubectl [command] [TYPE] [NAME] [flags] with each part explained, and the command kubectl get pods web-1 -n default -o yaml split the same way.",
			"kubectl [command] [TYPE] [NAME] [flags] 的各部分说明，以及按同样方式拆分的命令 kubectl get pods web-1 -n default -o yaml。"),
		Notes: []spec.Text{
			spec.T("Notes, section 2.3.2, checked against kubernetes.io/docs/reference/kubectl/ and the kubectl get reference.",
				"笔记第 2.3.2 节，已对照 kubernetes.io/docs/reference/kubectl/ 与 kubectl get 参考文档核实。"),
			spec.T("Where the notes differ: TYPE is case-insensitive (the notes say case-sensitive, as kubectl's overview page once did, e.g. for v1.4); several NAMEs are separated by spaces, commas join TYPEs (the notes say names take commas); the watch flag is -w (--watch), lower-case.",
				"与笔记不同之处：TYPE 不区分大小写（笔记称区分大小写，与 kubectl 概述页早期的说法一致，如 v1.4 文档）；多个 NAME 以空格分隔，逗号用于连接多个 TYPE（笔记称名称以逗号分隔）；监视资源变动的选项是小写的 -w（--watch）。"),
		},
		Anatomy: &spec.Anatomy{
			Columns: 1,
			Rows: []spec.AnatomyRow{
				{
					ID:   "syntax",
					Text: "kubectl [command] [TYPE] [NAME] [flags]",
					Parts: []spec.Part{
						sep("kubectl "),
						{ID: "syntax-command", Text: "[command]", Annotation: spec.Annotation{Role: spec.RoleControl, Name: KubectlCommand,
							Desc:    spec.T("the operation on one or more resources", "对一个或多个资源执行的操作"),
							Example: spec.L("get, describe, create, apply, delete, run")}},
						sep(" "),
						{ID: "syntax-type", Text: "[TYPE]", Annotation: spec.Annotation{Role: spec.RoleSeries1, Name: ResourceType,
							Desc:    spec.T("case-insensitive; singular, plural or short name (pod, pods, po); several: joined by commas", "不区分大小写；单数、复数或简写均可（pod、pods、po）；多个类型以逗号连接"),
							Example: spec.L("kubectl get pods,services")}},
						sep(" "),
						{ID: "syntax-name", Text: "[NAME]", Annotation: spec.Annotation{Role: spec.RoleSeries6, Name: ResourceName, Optional: true,
							Desc:    spec.T("case-sensitive; left out: every resource of TYPE; several: separated by spaces", "区分大小写；省略则指 TYPE 下的所有资源；多个名称以空格分隔"),
							Example: spec.L("web-1 web-2 · pod/web-1 svc/web")}},
						sep(" "),
						{ID: "syntax-flags", Text: "[flags]", Annotation: spec.Annotation{Role: spec.RoleSeries3, Name: KubectlFlags, Optional: true,
							Desc: spec.T("-n, --namespace: the namespace\n-o, --output: yaml, json, wide …\n-l, --selector key=value · -w, --watch\n-s, --server: the API server's address",
								"-n, --namespace：名称空间\n-o, --output：yaml、json、wide 等\n-l, --selector：标签选择器 · -w, --watch：监视变动\n-s, --server：API server 的地址")}},
					},
				},
				{
					ID:    "example",
					Label: spec.T("Example: one Pod, as YAML", "示例：以 YAML 格式输出一个 Pod"),
					Text:  "kubectl get pods web-1 -n default -o yaml",
					Parts: []spec.Part{
						sep("kubectl "),
						part("example-command", "get", spec.RoleControl, KubectlCommand),
						sep(" "),
						part("example-type", "pods", spec.RoleSeries1, ResourceType),
						sep(" "),
						part("example-name", "web-1", spec.RoleSeries6, ResourceName),
						sep(" "),
						part("example-ns", "-n default", spec.RoleSeries4, Namespace),
						sep(" "),
						part("example-output", "-o yaml", spec.RoleSeries3, spec.T("output format", "输出格式")),
					},
					Spans: []spec.Span{{ID: "example-flags", From: "example-ns", To: "example-output",
						Annotation: spec.Annotation{Name: KubectlFlags, Role: spec.RoleSeries3}}},
				},
			},
		},
	}
}
