package diagrams

import "github.com/kubefig/kubefig/render/spec"

// ObjectAnatomy is notes §3.2: the top-level fields of a manifest, drawn
// as a YAML listing of cards (type metadata, object metadata, spec,
// status), each field marked by who sets it: you, or the system. The
// notes list uid as a required field; the API server sets it.
func ObjectAnatomy() *spec.Diagram {
	you := func(id, title string, desc spec.Text, notes ...spec.Note) spec.Card {
		return spec.Card{ID: id, Title: spec.L(title), Desc: desc, Role: spec.RoleInfo, Badge: "you", Notes: notes}
	}
	sys := func(id, title string, desc spec.Text, notes ...spec.Note) spec.Card {
		return spec.Card{ID: id, Title: spec.L(title), Desc: desc, Role: spec.RoleSeries1, Badge: "system", Notes: notes}
	}
	code := func(s string) spec.Note { return spec.Note{Text: spec.L(s)} }
	return &spec.Diagram{
		ID:    "object-anatomy",
		Title: spec.T("Anatomy of an object manifest", "资源对象配置清单的结构"),
		Subtitle: spec.T("A Deployment as YAML, field by field: you declare the desired state; the system fills in identity, bookkeeping and the observed state.",
			"以一个 Deployment 的 YAML 为例：用户声明期望状态；系统填写标识、版本信息与观测到的实际状态。"),
		Notes: []spec.Text{
			spec.T("The notes list name, namespace and uid as required: you give name (or generateName), and namespace for namespaced kinds (default when left out); the API server sets uid. Fields a manifest leaves out are filled by the API server's defaulting and admission, not by finalizers as the notes say: finalizers (metadata.finalizers) hold back deletion until their cleanup is done.",
				"笔记将 name、namespace 与 uid 列为必选字段：用户给出 name（或 generateName），名称空间级资源另给 namespace（省略时为 default）；uid 由 API server 设置。清单中未定义的字段由 API server 的默认值设置与准入控制填充，而不是笔记所说的 finalizer：终结器（metadata.finalizers）用于在清理完成前阻止删除。"),
			spec.T("kubectl explain pod.spec documents any field. Notes, section 3.2. Upstream: kubernetes.io/docs/concepts/overview/working-with-objects/ and the ObjectMeta reference (kubernetes.io/docs/reference/kubernetes-api/definitions/object-meta-v1-meta/).",
				"kubectl explain pod.spec 可查看任意字段的说明。笔记第 3.2 节。上游资料：kubernetes.io/docs/concepts/overview/working-with-objects/ 与 ObjectMeta 参考（kubernetes.io/docs/reference/kubernetes-api/definitions/object-meta-v1-meta/）。"),
		},
		Cards: &spec.Cards{
			CardWidth: 300,
			Badges: []spec.Badge{
				{ID: "you", Label: SetByYou, Role: spec.RoleInfo,
					Legend: spec.T("set by you in the manifest", "由用户在配置清单中设置")},
				{ID: "system", Label: SetBySystem, Role: spec.RoleSeries1,
					Legend: spec.T("set by the system: read-only for you", "由系统设置：用户只读")},
			},
			Sections: []spec.Section{
				{ID: "type-meta", Title: spec.T("Type metadata: which kind of object", "类型元数据：对象的类型"), Role: spec.RoleInfo, Columns: 1,
					Cards: []spec.Card{
						you("api-version", "apiVersion: apps/v1", spec.T("Group and version; the core group is just v1.", "API 群组与版本；核心群组只写版本 v1。")),
						you("kind", "kind: Deployment", spec.T("The type of the object.", "资源对象所属的类型。")),
					},
					Note: spec.T("Together they pick the schema all other fields follow; kubectl api-resources lists every kind and its group.",
						"二者共同决定其余字段遵循的结构；kubectl api-resources 列出所有类型及其群组。")},
				{ID: "metadata", Title: spec.T("metadata: object metadata", "metadata：对象元数据"), Role: spec.RoleNeutral, Columns: 3,
					Cards: []spec.Card{
						you("name", "name: web", spec.T("Required (or generateName); unique for the kind in its namespace.", "必选（或 generateName）；同一名称空间内同类对象中唯一。")),
						you("namespace", "namespace: default", spec.T("Namespaced kinds only; default if left out.", "用于名称空间级资源；省略时为 default。")),
						sys("uid", "uid: 5c1e9a4d-8f7b-...", spec.T("Unique over the cluster's lifetime; the notes call it required, but the API server sets it.", "在集群整个生命周期内唯一。笔记称其为必选字段：实由 API server 设置。")),
						you("labels", "labels: {app: web}", spec.T("Identifying key/value pairs for selectors.", "用于标识的键值对，供选择器匹配。")),
						you("annotations", "annotations: {owner: team-a}", spec.T("Non-identifying data for tools and people.", "供工具与人阅读的非标识性数据。")),
						sys("resource-version", `resourceVersion: "81342"`, spec.T("Changes on every write: optimistic concurrency and watches.", "每次写入都会变化：用于乐观并发控制与 watch。")),
						sys("generation", "generation: 3", spec.T("Counts changes to the desired state (spec).", "期望状态（spec）每变更一次加一。")),
						sys("creation-timestamp", "creationTimestamp: 2024-05-01T08:00:00Z", spec.T("When the object was created.", "对象的创建时间。")),
						sys("deletion-timestamp", "deletionTimestamp:", spec.T("Absent until deletion is requested; the object stays while finalizers remain.", "请求删除时才设置；finalizer 未清空前对象仍然存在。")),
					}},
				{ID: "spec", Title: spec.T("spec: the desired state", "spec：期望状态"), Role: spec.RoleInfo, Columns: 1,
					Cards: []spec.Card{
						you("spec-fields", "spec:", spec.T("What you want, declared by you.", "用户声明、由用户负责定义的期望状态。"),
							code("replicas: 3"), code("selector"), code("template")),
					}},
				{ID: "status", Title: spec.T("status: the observed state", "status：实际观测到的状态"), Role: spec.RoleSeries1, Columns: 1,
					Cards: []spec.Card{
						sys("status-fields", "status:", spec.T("What is, written by controllers and the kubelet; you do not edit it.", "由控制器与 kubelet 写入的实际状态，不支持用户手动修改。"),
							code("readyReplicas: 3"), code("conditions")),
					}},
			},
		},
	}
}
