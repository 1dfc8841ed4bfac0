package workflow

import (
	"math"

	"github.com/spocd/spocd/config"
)

// Classification is what the rules say about a new request.
type Classification struct {
	Rule          string
	Category      string
	ExtraWork     bool
	EstimateCents *int64
	NeedsApproval bool
}

// Classify applies the first matching rule. Without a match a request is extra work that
// needs approval: nothing is forwarded at cost without someone with signing authority.
func Classify(rules []config.Rule, from, subject, text string) Classification {
	c := Classification{Rule: "(default)", ExtraWork: true, NeedsApproval: true}
	for _, r := range rules {
		if r.SubjectRE == nil && r.FromRE == nil && r.TextRE == nil {
			continue
		}
		if (r.SubjectRE != nil && !r.SubjectRE.MatchString(subject)) ||
			(r.FromRE != nil && !r.FromRE.MatchString(from)) ||
			(r.TextRE != nil && !r.TextRE.MatchString(text)) {
			continue
		}
		c.Rule = r.Name
		c.Category = r.Category
		if r.ExtraWork != nil {
			c.ExtraWork = *r.ExtraWork
		}
		c.NeedsApproval = c.ExtraWork
		if r.NeedsApproval != nil {
			c.NeedsApproval = *r.NeedsApproval
		}
		if r.EstimateEUR != nil {
			v := int64(math.Round(*r.EstimateEUR * 100))
			c.EstimateCents = &v
		}
		return c
	}
	return c
}
