package spec

// Graph is components in nested groups joined by labelled edges, laid out by
// Graphviz dot.
type Graph struct {
	Direction Direction `json:"direction,omitempty"`
	Nodes     []Node    `json:"nodes,omitempty"` // nodes outside every group
	Groups    []Group   `json:"groups,omitempty"`
	Edges     []Edge    `json:"edges,omitempty"`
	// SameRank lists sets of node ids that must share a rank (a row in
	// top-to-bottom graphs, a column in left-to-right ones).
	SameRank [][]string `json:"sameRank,omitempty"`
	// NodeSep and RankSep are the gaps between nodes of a rank and between
	// ranks, in px; zero picks a default.
	NodeSep float64 `json:"nodeSep,omitempty"`
	RankSep float64 `json:"rankSep,omitempty"`
	// EdgeLabelWidth is the widest an edge label grows before it wraps,
	// in px; zero picks a default (150).
	EdgeLabelWidth float64 `json:"edgeLabelWidth,omitempty"`
	// Paths are numbered routes through the graph (the ①-④ of a
	// walk-through): each colours its edges, marks them with its number
	// and, when labelled, adds an entry to the legend.
	Paths []Path `json:"paths,omitempty"`
}

// Path is a numbered, coloured route through a graph. Its edges are drawn
// in the path's colour (an edge in several paths takes the first one's,
// an edge with its own Role keeps it; in a focused view, an edge on the
// focused path takes that path's) and carry its number in a badge before
// their label. A Focus naming the path keeps every member.
type Path struct {
	ID     string `json:"id"`
	Number int    `json:"number"` // 1-20, unique among the paths
	Role   string `json:"role"`   // its colour, e.g. RoleSeries1
	// Label is the path's legend entry; optional (no entry when empty).
	Label Text `json:"label"`
	// Members are the ids of the nodes, groups and edges on the path. A
	// group stands for everything inside it.
	Members []string `json:"members"`
}

// Direction is the main flow of a graph.
type Direction string

const (
	TopToBottom Direction = ""
	LeftToRight Direction = "LR"
)

// Node is one box: a component, a store, a person.
type Node struct {
	ID       string   `json:"id"`
	Label    Text     `json:"label"`
	Sublabel Text     `json:"sublabel"` // optional second line, smaller
	Kind     NodeKind `json:"kind,omitempty"`
	Role     string   `json:"role,omitempty"`
	// Style Dashed draws the outline dashed: something virtual, such as a
	// Service's ClusterIP that lives on no interface.
	Style LineStyle `json:"style,omitempty"`
	// MinWidth widens the box to at least this many px, to line boxes up.
	MinWidth float64 `json:"minWidth,omitempty"`
}

// NodeKind picks a node's icon.
type NodeKind string

// The node kinds. Each has an icon of the same name in render/icons.
const (
	KindComponent  NodeKind = ""           // a generic component: no icon
	KindAPIServer  NodeKind = "api"        // an API endpoint
	KindStore      NodeKind = "store"      // a key-value store such as etcd
	KindController NodeKind = "controller" // a control loop
	KindScheduler  NodeKind = "scheduler"
	KindAgent      NodeKind = "agent"   // a node agent: kubelet
	KindRuntime    NodeKind = "runtime" // a container runtime
	KindProxy      NodeKind = "proxy"   // kube-proxy, iptables/ipvs
	KindPod        NodeKind = "pod"
	KindContainer  NodeKind = "container"
	KindService    NodeKind = "service"
	KindIngress    NodeKind = "ingress"
	KindDNS        NodeKind = "dns"
	KindDashboard  NodeKind = "dashboard"
	KindMonitoring NodeKind = "monitoring"
	KindLogging    NodeKind = "logging"
	KindNetwork    NodeKind = "network" // a network plugin, a bridge
	KindCLI        NodeKind = "cli"     // kubectl
	KindUser       NodeKind = "user"    // a person or an outside client
	KindServer     NodeKind = "server"  // a machine, a load balancer
	KindFile       NodeKind = "file"    // a file or a manifest
)

// NodeKinds lists every kind.
var NodeKinds = []NodeKind{
	KindComponent, KindAPIServer, KindStore, KindController, KindScheduler,
	KindAgent, KindRuntime, KindProxy, KindPod, KindContainer, KindService,
	KindIngress, KindDNS, KindDashboard, KindMonitoring, KindLogging,
	KindNetwork, KindCLI, KindUser, KindServer, KindFile,
}

// Group is a titled box around nodes and further groups.
type Group struct {
	ID     string    `json:"id"`
	Label  Text      `json:"label"`
	Role   string    `json:"role,omitempty"`
	Style  LineStyle `json:"style,omitempty"`
	Nodes  []Node    `json:"nodes,omitempty"`
	Groups []Group   `json:"groups,omitempty"`
}

// Edge joins two nodes. An end may also name a group: the edge then stops
// at the group's box.
type Edge struct {
	// ID is optional; set it when something else refers to the edge.
	ID    string    `json:"id,omitempty"`
	From  string    `json:"from"`
	To    string    `json:"to"`
	Label Text      `json:"label"` // optional
	Style LineStyle `json:"style,omitempty"`
	Arrow Arrow     `json:"arrow,omitempty"`
	Role  string    `json:"role,omitempty"`

	// Layout hints, passed to Graphviz. Weight pulls the ends into line
	// (default 1); Loose keeps the edge from ranking its ends; MinLen is
	// the least number of ranks between the ends; Hidden edges only shape
	// the layout and are not drawn.
	Weight int  `json:"weight,omitempty"`
	Loose  bool `json:"loose,omitempty"`
	MinLen int  `json:"minLen,omitempty"`
	Hidden bool `json:"hidden,omitempty"`
	// Reverse ranks the edge as if it ran from To to From, so From comes
	// after To in the flow (below it, top to bottom) while the arrows still
	// point as the edge says: "kubelet -> kube-apiserver" with the kubelet
	// drawn under the control plane.
	Reverse bool `json:"reverse,omitempty"`
	// FromSide and ToSide pin an end to a side of its box: n, s, e, w,
	// ne, nw, se, sw.
	FromSide string `json:"fromSide,omitempty"`
	ToSide   string `json:"toSide,omitempty"`
}

// Arrow says which ends of an edge carry arrow heads.
type Arrow string

const (
	ArrowForward Arrow = ""     // at To
	ArrowBack    Arrow = "back" // at From
	ArrowBoth    Arrow = "both"
	ArrowNone    Arrow = "none"
)

// Walk calls fn for every node of the graph with the id of its innermost
// group ("" for top-level nodes), groups before their children, in spec
// order.
func (g *Graph) Walk(fnNode func(n *Node, group string), fnGroup func(gr *Group, parent string)) {
	for i := range g.Nodes {
		if fnNode != nil {
			fnNode(&g.Nodes[i], "")
		}
	}
	var walk func(gs []Group, parent string)
	walk = func(gs []Group, parent string) {
		for i := range gs {
			gr := &gs[i]
			if fnGroup != nil {
				fnGroup(gr, parent)
			}
			for j := range gr.Nodes {
				if fnNode != nil {
					fnNode(&gr.Nodes[j], gr.ID)
				}
			}
			walk(gr.Groups, gr.ID)
		}
	}
	walk(g.Groups, "")
}
