package diagrams

import "github.com/kubefig/kubefig/render/spec"

// APIURL is notes §3.1.2: the REST path of a namespaced resource, for a
// named group (/apis/apps/v1/...) and for the core group (/api/v1/...),
// beside the apiVersion a manifest gives for each. Checked against
// upstream's "Kubernetes API Concepts" and "API Overview › API groups".
func APIURL() *spec.Diagram {
	sep := func(s string) spec.Part { return spec.Part{Text: s} }
	part := func(id, text, role string) spec.Part {
		return spec.Part{ID: id, Text: text, Annotation: spec.Annotation{Role: role}}
	}
	named := func(id, text, role string, name, desc spec.Text) spec.Part {
		return spec.Part{ID: id, Text: text, Annotation: spec.Annotation{Role: role, Name: name, Desc: desc}}
	}
	return &spec.Diagram{
		ID:    "api-url",
		Title: spec.T("Anatomy of a resource's API path", "资源在 API 中的 URL 路径"),
		Subtitle: spec.T("Named groups live under /apis, the core group under /api; a manifest's apiVersion is the group/version part of the path.",
			"命名的群组以 /apis 为根路径，核心群组以 /api 为根路径；资源清单中的 apiVersion 即路径中的“群组/版本”部分。"),
		Desc: spec.T("The path /apis/apps/v1/namespaces/default/deployments split into API root, group, version, namespace and resource type, beside the core group's /api/v1/namespaces/default/pods, and the apiVersion values apps/v1 and v1 that name the same group and version in a manifest.",
			"将路径 /apis/apps/v1/namespaces/default/deployments 拆分为 API 根路径、群组、版本、名称空间与资源类型，并与核心群组的 /api/v1/namespaces/default/pods 对照；资源清单中的 apiVersion（apps/v1 与 v1）对应同样的群组与版本。"),
		Notes: []spec.Text{
			spec.T("Notes, section 3.1.2, checked against upstream: \"Kubernetes API Concepts\" (kubernetes.io/docs/reference/using-api/api-concepts/) and \"API Overview › API groups\" (kubernetes.io/docs/reference/using-api/).",
				"笔记第 3.1.2 节，已对照上游核实：“Kubernetes API 概念”（kubernetes.io/docs/reference/using-api/api-concepts/）与“API 概述 › API 组”（kubernetes.io/docs/reference/using-api/）。"),
			spec.T("Add /<name> for one object: /apis/apps/v1/namespaces/default/deployments/web. Deployments are served as apps/v1 since v1.9; extensions/v1beta1, apps/v1beta1 and apps/v1beta2 stopped serving them in v1.16. kubectl api-versions lists the group/versions a cluster serves.",
				"末尾加 /<名称> 即指向单个对象：/apis/apps/v1/namespaces/default/deployments/web。Deployment 自 v1.9 起以 apps/v1 提供；extensions/v1beta1、apps/v1beta1 与 apps/v1beta2 自 v1.16 起不再提供。kubectl api-versions 可列出集群支持的群组/版本。"),
		},
		Anatomy: &spec.Anatomy{
			Columns: 2,
			Rows: []spec.AnatomyRow{
				{
					ID:    "named",
					Label: spec.T("Named group: every Deployment in namespace default", "命名的群组：default 名称空间中的所有 Deployment"),
					Text:  "/apis/apps/v1/namespaces/default/deployments",
					Parts: []spec.Part{
						named("named-root", "/apis", spec.RoleSeries5, APIRoot,
							spec.T("/apis for every named group", "命名的群组均以 /apis 为根")),
						sep("/"),
						{ID: "named-group", Text: "apps", Annotation: spec.Annotation{Role: spec.RoleSeries2, Name: APIGroup,
							Desc:    spec.T("related resources, enabled or disabled as a unit", "一组相关的资源，可整体启用或禁用"),
							Example: spec.L("apps, batch, networking.k8s.io")}},
						sep("/"),
						{ID: "named-version", Text: "v1", Annotation: spec.Annotation{Role: spec.RoleSeries3, Name: APIVersion,
							Desc:    spec.T("each group has its own versions", "每个群组有各自的版本"),
							Example: spec.L("v1, v1beta1, v2")}},
						sep("/"),
						{ID: "named-ns", Text: "namespaces/default", Annotation: spec.Annotation{Role: spec.RoleSeries4, Name: Namespace, Optional: true,
							Desc: spec.T("only for namespaced types; leave it out to list them across all namespaces",
								"仅用于名称空间级的资源类型；省略则跨所有名称空间列出")}},
						sep("/"),
						{ID: "named-resource", Text: "deployments", Annotation: spec.Annotation{Role: spec.RoleSeries1, Name: ResourceTypePlural,
							Desc: spec.T("lower-case plural; its kind is Deployment", "小写复数形式；其 kind 为 Deployment")}},
					},
				},
				{
					ID:    "named-manifest",
					Label: InTheManifest,
					Text:  "apiVersion: apps/v1",
					Parts: []spec.Part{
						sep("apiVersion: "),
						part("named-mf-group", "apps", spec.RoleSeries2),
						sep("/"),
						part("named-mf-version", "v1", spec.RoleSeries3),
					},
					Spans: []spec.Span{{ID: "named-gv", From: "named-mf-group", To: "named-mf-version",
						Annotation: spec.Annotation{Name: spec.L("GROUP/VERSION"),
							Desc: spec.T("the group and version of the path, without /apis", "即路径中的群组与版本，不含 /apis")}}},
				},
				{
					ID:    "core",
					Label: spec.T("Core group: every Pod in namespace default", "核心群组：default 名称空间中的所有 Pod"),
					Text:  "/api/v1/namespaces/default/pods",
					Parts: []spec.Part{
						named("core-root", "/api", spec.RoleSeries5, APIRoot,
							spec.T("/api for the core (legacy) group, which has no name: no group segment",
								"核心（legacy）群组以 /api 为根；它没有名称，路径中没有群组一段")),
						sep("/"),
						part("core-version", "v1", spec.RoleSeries3),
						sep("/"),
						{ID: "core-ns", Text: "namespaces/default", Annotation: spec.Annotation{Role: spec.RoleSeries4, Optional: true}},
						sep("/"),
						named("core-resource", "pods", spec.RoleSeries1, ResourceTypePlural,
							spec.T("kind Pod; also services, configmaps, nodes …", "kind 为 Pod；又如 services、configmaps、nodes 等")),
					},
				},
				{
					ID:    "core-manifest",
					Label: InTheManifest,
					Text:  "apiVersion: v1",
					Parts: []spec.Part{
						sep("apiVersion: "),
						{ID: "core-mf-version", Text: "v1", Annotation: spec.Annotation{Role: spec.RoleSeries3, Name: spec.T("version only", "仅有版本"),
							Desc: spec.T("the core group has no name", "核心群组没有名称")}},
					},
				},
			},
		},
	}
}
