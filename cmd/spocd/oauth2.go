package main

import (
	"context"

	"github.com/spocd/spocd/config"
	"github.com/spocd/spocd/oauth2tok"
)

// oauth2Token is the token func for imapin/smtpout when auth is "xoauth2" ([oauth2],
// client-credentials flow with a token cache), nil otherwise.
func oauth2Token(cfg *config.Config, auth string) func(context.Context) (string, error) {
	if auth != "xoauth2" {
		return nil
	}
	o := cfg.OAuth2
	src, err := oauth2tok.New(oauth2tok.Config{TokenURL: o.TokenURL, ClientID: o.ClientID, ClientSecret: o.ClientSecret, Scopes: o.Scopes})
	if err != nil {
		return func(context.Context) (string, error) { return "", err }
	}
	return src.Token
}
