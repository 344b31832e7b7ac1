package scene

import "fmt"

// Overflow describes a text that does not fit the box it must stay inside.
type Overflow struct {
	Text   string
	Bounds Box // where the text's line is
	Within Box // where it had to be
}

func (o Overflow) String() string {
	return fmt.Sprintf("text %q at %+v is not inside %+v", o.Text, o.Bounds, o.Within)
}

// Overflows lists every text whose measured line box is not inside its
// Within box (eps px of slack). Texts with no Within box are skipped.
func Overflows(items []Item, eps float64) []Overflow {
	var out []Overflow
	Walk(items, func(it *Item) {
		t := it.Text
		if t == nil || t.Within == (Box{}) {
			return
		}
		if b := t.Bounds(); !t.Within.Contains(b, eps) {
			out = append(out, Overflow{t.Text, b, t.Within})
		}
	})
	return out
}
