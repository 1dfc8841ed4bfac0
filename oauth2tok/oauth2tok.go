// Package oauth2tok fetches OAuth2 access tokens with the client-credentials flow for IMAP
// and SMTP XOAUTH2 (Microsoft 365, Google Workspace) and caches them until shortly before
// they expire.
package oauth2tok

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Config names the token endpoint and the client.
type Config struct {
	TokenURL     string
	ClientID     string
	ClientSecret string
	Scopes       []string
	// HTTPClient is used for the token endpoint; a client with a 30-second timeout when nil.
	HTTPClient *http.Client
	// Now is the clock (tests); time.Now when nil.
	Now func() time.Time
}

// Source hands out access tokens; it is safe for concurrent use.
type Source struct {
	cc     clientcredentials.Config
	client *http.Client
	now    func() time.Time

	mu  sync.Mutex
	tok *oauth2.Token
}

// ErrConfig means the config lacks what the flow needs.
var ErrConfig = errors.New("oauth2: token_url, client_id and a client secret are required")

// New returns a token source.
func New(c Config) (*Source, error) {
	if c.TokenURL == "" || c.ClientID == "" || c.ClientSecret == "" {
		return nil, ErrConfig
	}
	s := &Source{cc: clientcredentials.Config{ClientID: c.ClientID, ClientSecret: c.ClientSecret, TokenURL: c.TokenURL,
		Scopes: c.Scopes, AuthStyle: oauth2.AuthStyleInParams}, client: c.HTTPClient, now: c.Now}
	if s.client == nil {
		s.client = &http.Client{Timeout: 30 * time.Second}
	}
	if s.now == nil {
		s.now = time.Now
	}
	return s, nil
}

// expiryMargin: a token this close to its expiry is renewed (a login can take a while).
const expiryMargin = 2 * time.Minute

// Token returns a valid access token, fetching a new one when the cached one is missing or
// about to expire. A failed fetch is not cached: the next call tries again.
func (s *Source) Token(ctx context.Context) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tok != nil && (s.tok.Expiry.IsZero() || s.now().Add(expiryMargin).Before(s.tok.Expiry)) {
		return s.tok.AccessToken, nil
	}
	tok, err := s.cc.Token(context.WithValue(ctx, oauth2.HTTPClient, s.client))
	if err != nil {
		return "", fmt.Errorf("oauth2 token from %s: %w", s.cc.TokenURL, err)
	}
	if tok.AccessToken == "" {
		return "", fmt.Errorf("oauth2 token from %s: empty access token", s.cc.TokenURL)
	}
	s.tok = tok
	return tok.AccessToken, nil
}

// Invalidate drops the cached token (after the server refused it).
func (s *Source) Invalidate() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tok = nil
}
