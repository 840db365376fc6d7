package treaties

import (
	"reflect"
	"slices"
	"sync"
	"testing"
)

// TestStatusKept checks that the statuses Status keeps are the ones it
// works out, and that a caller changing its Status, from any goroutine,
// changes no other caller's.
func TestStatusKept(t *testing.T) {
	r := BuiltinRecords()
	var states []State
	for _, name := range []string{"Kazakhstan", "Türkiye", "Czechia", "Russian Federation", "United States of America", "Uzbekistan"} {
		st, ok := r.State(name)
		if !ok {
			t.Fatalf("State(%q): not found", name)
		}
		states = append(states, st)
	}
	treaties := append(r.Keys(), "cat", "iccpr", "refugee-convention", "no-such-treaty")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, st := range states {
				for _, tr := range treaties {
					want := r.status(st, tr, r.RecordKey(tr))
					if r.RecordKey(tr) == "" {
						want = Status{State: st, Treaty: tr}
					}
					got := r.Status(st, tr)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("Status(%q, %q) = %+v, want %+v", st.Name, tr, got, want)
					}
					// What a letter does with its copy.
					got.Mechanisms = slices.DeleteFunc(got.Mechanisms, func(Event) bool { return true })
					got.Reservations = append(got.Reservations[:0], Event{Text: "changed"})
					got.History = slices.DeleteFunc(got.History, func(Event) bool { return true })
					if got.Bound != nil {
						got.Bound.Text = "changed"
					}
				}
			}
		})
	}
	wg.Wait()
}
