package workflow

import "testing"

func TestRefusalClass(t *testing.T) {
	tests := []struct{ reason, want string }{
		{"unknown approval token", "unknown_token"},
		{"token was issued to a@x.nl, the reply came from b@y.nl", "wrong_sender"},
		{"the requester cannot approve their own request (four-eyes)", "four_eyes"},
		{"the request is forwarded, not awaiting approval", "not_awaiting_approval"},
		{"token of an earlier approval round", "old_round"},
		{"token already used", "token_used"},
		{"token expired", "token_expired"},
		{"sender not authenticated: dmarc=fail", "not_authenticated"},
		{"no open approval for x@y.nl on this request", "no_open_approval"},
		{"something new", "other"},
		{"", "other"},
	}
	for _, tt := range tests {
		if got := RefusalClass(tt.reason); got != tt.want {
			t.Errorf("RefusalClass(%q) = %q, want %q", tt.reason, got, tt.want)
		}
	}
}
