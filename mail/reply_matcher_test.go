package mail

import (
	"sync"
	"testing"
	"time"
)

// The matcher of a keyword set is built once and shared; a different keyword set gets
// its own, and custom keywords still decide.
func TestMatcherCache(t *testing.T) {
	def := newMatcher(Keywords{})
	if newMatcher(Keywords{}) != def {
		t.Fatal("the default keyword set built a second matcher")
	}
	custom := Keywords{Approve: []string{"zwaluwstaart"}, Reject: []string{"kraaienpoot"}}
	mc := newMatcher(custom)
	if mc == def {
		t.Fatal("a custom keyword set got the default matcher")
	}
	// Same lists, other slices: the same matcher.
	if newMatcher(Keywords{Approve: []string{"zwaluwstaart"}, Reject: []string{"kraaienpoot"}}) != mc {
		t.Fatal("an equal keyword set built a second matcher")
	}
	// Items are not run together: {"a b"} and {"a", "b"} are different sets.
	if keywordsKey(Keywords{Approve: []string{"ja akkoord"}}) == keywordsKey(Keywords{Approve: []string{"ja", "akkoord"}}) {
		t.Fatal("two keyword sets share a key")
	}
	if keywordsKey(Keywords{Approve: []string{"x"}}) == keywordsKey(Keywords{Reject: []string{"x"}}) {
		t.Fatal("a keyword moved to another list keeps its key")
	}

	ref := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	if got := ReadReplyAt("Zwaluwstaart.", "", custom, ref).Decision; got != DecisionApprove {
		t.Errorf("custom approve keyword: got %s", got)
	}
	if got := ReadReplyAt("Kraaienpoot.", "", custom, ref).Decision; got != DecisionReject {
		t.Errorf("custom reject keyword: got %s", got)
	}
	if got := ReadReplyAt("Zwaluwstaart.", "", Keywords{}, ref).Decision; got == DecisionApprove {
		t.Errorf("the default keywords approved a custom keyword")
	}
}

// Many keyword sets (hostile or generated) do not grow the cache without bound, and
// concurrent readers share matchers safely (run with -race).
func TestMatcherCacheBoundedAndConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				kw := Keywords{Approve: []string{string(rune('a'+g)) + string(rune('a'+i%26)) + "zwaluwstaart"}}
				if newMatcher(kw) == nil {
					t.Error("nil matcher")
				}
				newMatcher(Keywords{})
			}
		}(g)
	}
	wg.Wait()
	matchersMu.Lock()
	n := len(matchers)
	matchersMu.Unlock()
	if n > maxCachedMatchers {
		t.Fatalf("cache holds %d matchers, bound is %d", n, maxCachedMatchers)
	}
}
